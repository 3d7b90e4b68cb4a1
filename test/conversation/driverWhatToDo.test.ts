/**
 * "What does he need to do?" after naming the driver (owner liability): what can be done now (pay as the
 * owner, or the driver appeals with a machtiging within 6 weeks), asked of him or her in every language,
 * not the list of what the assistant can do.
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

const MACHTIGING = /machtiging/;
const SIX_WEEKS = /6 weeks|6 weken|6 Wochen|6 tygodni/;
const CAPABILITIES = /I can help you with|Ik kan u helpen met|Ich kann Ihnen helfen bei|Mogę pomóc w/;

describe('what the driver needs to do', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['en-GB', 'I was not the driver', 'it was my brother', 'what does he need to do?'],
    ['nl-NL', 'ik was niet de bestuurder', 'mijn broer reed', 'wat moet hij doen?'],
    ['de-DE', 'Ich bin nicht gefahren', 'mein Bruder ist gefahren', 'was muss er tun?'],
    ['pl-PL', 'nie ja prowadziłem', 'prowadził mój brat', 'co on musi zrobić?'],
  ])('%s: "%s", "%s", "%s"', async (locale, first, second, third) => {
    const [, , answer] = await answersTo(assistant, locale, first, second, third);
    expect(answer).toMatch(MACHTIGING);
    expect(answer).toMatch(SIX_WEEKS);
    expect(answer).not.toMatch(CAPABILITIES);
  });
});
