/**
 * Outside office hours the assistant offers a call back. "Ja bel me maar terug" is the yes to that
 * offer (not a new request for a person, which offered it again); "ok dan bel ik morgen wel" is a
 * no: the citizen will phone themselves, so no number is asked.
 */
import { startTestApp, textOf, type TestApp } from '../support/testApp';

describe('the callback offer answered in the citizen own words', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ OFFICE_HOURS: 'sun 03:00-03:01', RATE_LIMIT_CONVERSATION_BURST: '100' });
  });
  afterAll(async () => {
    await app?.close();
  });

  const offered = async (locale: string, ask: string) => {
    const c = app.conversation({ locale });
    await c.start();
    expect(textOf(await c.say(ask))).toMatch(/terugbelt|call you back|zurückruft|oddzwonił/);
    return c;
  };

  it.each([
    ['nl-NL', 'ik wil iemand spreken', 'ja bel me maar terug', /Op welk telefoonnummer/],
    ['en-GB', 'can I talk to a real person', 'yes please call me', /Which phone number/],
    ['de-DE', 'Ich möchte mit einem Mitarbeiter sprechen', 'ja, rufen Sie mich bitte an', /Telefonnummer/],
    ['pl-PL', 'chcę rozmawiać z konsultantem', 'tak, proszę do mnie zadzwonić', /numer telefonu/],
  ])('%s: "%s", then "%s" asks for the number, not the offer again', async (locale, ask, yes, number) => {
    const c = await offered(locale, ask);
    const reply = textOf(await c.say(yes));
    expect(reply).toMatch(number);
    expect(reply).not.toMatch(/terugbelt\?|call you back\?|zurückruft\?|oddzwonił\?/);
  });

  it.each([
    ['nl-NL', 'ik wil een medewerker', 'ok dan bel ik morgen wel', /U kunt mij vragen blijven stellen/],
    [
      'en-GB',
      'can I speak to someone',
      "ok I'll call you myself tomorrow",
      /keep asking me questions|ask me/,
    ],
    ['de-DE', 'Ich möchte einen Mitarbeiter', 'ok, dann rufe ich morgen selbst an', /Fragen stellen/],
    ['pl-PL', 'chcę rozmawiać z pracownikiem', 'dobrze, to zadzwonię jutro', /pytania/],
  ])('%s: "%s", then "%s" is a no: no number asked', async (locale, ask, own, declined) => {
    const c = await offered(locale, ask);
    const reply = textOf(await c.say(own));
    expect(reply).toMatch(declined);
    expect(reply).not.toMatch(
      /telefoonnummer kunnen we|phone number can we|Telefonnummer können wir|numer telefonu możemy/,
    );
  });
});
