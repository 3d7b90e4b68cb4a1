/**
 * Asked for the CJIB number, a citizen without the number or the letter ("I don't have it", "nie mam
 * listu") hears what can be done without it (the Digitaal Loket with DigiD, else a person), in their
 * language, instead of "that does not look like a CJIB number" again and again.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

const NOT_A_NUMBER =
  /does not look like a CJIB number|sieht nicht wie eine CJIB-Nummer|nie wygląda na numer CJIB|lijkt geen CJIB-nummer/;

describe('asked for the number, without it', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['en-GB', 'look up my fine', "I don't have it", /member of staff/],
    ['de-DE', 'Bußgeld nachsehen', 'ich weiss die Nummer nicht', /Mitarbeiter/],
    ['pl-PL', 'sprawdź mój mandat', 'nie mam listu', /pracownik/],
    ['pl-PL', 'sprawdź mój mandat', 'nie znam numeru', /pracownik/],
    ['nl-NL', 'boete opzoeken', 'ik heb die brief niet meer', /medewerker|contact op met het CJIB/],
  ])('%s: "%s", then "%s"', async (locale, start, without, person) => {
    const c = await assistant.open({ locale });
    await c.say(start);
    const reply = textOf(await c.say(without));
    expect(reply).toMatch(person);
    expect(reply).toMatch(/DigiD/);
    expect(reply).not.toMatch(NOT_A_NUMBER);
  });

  it('en: asking for a person next is the person', async () => {
    const c = await assistant.open({ locale: 'en-GB' });
    await c.say('look up my fine');
    await c.say("I don't have it");
    expect(textOf(await c.say('member of staff'))).toMatch(/queue|call you back/);
  });
});
