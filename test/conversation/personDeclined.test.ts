/**
 * "I don't want to talk to anyone", "ik wil geen medewerker, gewoon een antwoord", "nie chcę
 * rozmawiać z pracownikiem": a person turned down is never a request for one (no queue, no call
 * back); the assistant says what it can do itself.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

const PERSON_ARRANGED = /wachtrij|queue|Warteschlange|kolejce|terugbelt|call you back|zurückruft|oddzwonił/;

describe('a person turned down', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['en-GB', 'no i dont want to talk to anyone', /I can help you with/],
    ['nl-NL', 'ik wil geen medewerker, gewoon een antwoord', /Ik kan u helpen met/],
    ['nl-NL', 'ik wil met niemand praten', /Ik kan u helpen met/],
    ['pl-PL', 'nie chce rozmawiac z pracownikiem', /Mogę pomóc/],
    ['de-DE', 'ich möchte mit niemandem sprechen', /Ich kann Ihnen/],
  ])('%s: "%s"', async (locale, said, canDo) => {
    const c = await assistant.open({ locale });
    const reply = textOf(await c.say(said));
    expect(reply).not.toMatch(PERSON_ARRANGED);
    expect(reply).toMatch(canDo);
  });

  it('nl: "ik wil geen medewerker, ik wil gewoon betalen" is the question about paying', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    expect(textOf(await c.say('ik wil geen medewerker, ik wil gewoon betalen'))).toMatch(/iDEAL/);
  });
});
