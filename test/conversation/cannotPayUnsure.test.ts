/**
 * "Ik heb echt geen geld meer en nu weer een aanmaning": the recogniser hesitates between not being able
 * to pay and the increase, but the citizen says they cannot pay, so that answer (with a person offered)
 * follows, not "not sure what you mean" with a menu.
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

const NOT_SURE =
  /niet zeker wat u bedoelt|not sure what you mean|nicht sicher, was Sie meinen|nie jestem pewien/i;
const WAY_OUT = /noodstop|medewerker|member of (CJIB )?staff|Mitarbeiter|pracownik/i;

describe('cannot pay, said beside a reminder', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'ik heb echt geen geld meer en nu weer een aanmaning ik weet het niet meer'],
    ['en-GB', 'no money at all and now another reminder, i dont know anymore'],
    ['de-DE', 'ich habe kein Geld mehr und jetzt noch eine Mahnung'],
    ['pl-PL', 'nie mam już pieniędzy a teraz jeszcze upomnienie'],
  ])('%s: "%s"', async (locale, message) => {
    const [answer] = await answersTo(assistant, locale, message);
    expect(answer).not.toMatch(NOT_SURE);
    expect(answer).toMatch(WAY_OUT);
  });
});
