/**
 * Outside office hours the citizen hears when staff are there again (from OFFICE_HOURS, "Dutch time"
 * in other languages), also after turning the call back down and when asking "when are you open?";
 * a call-back time staff do not call in ("morgen", "evening") is told when they do, not "Hello!".
 */
import { startTestApp, textOf, type TestApp } from '../support/testApp';

jest.setTimeout(120_000);

describe('outside office hours', () => {
  let app: TestApp;
  beforeAll(async () => {
    // Open on one minute of Sunday only: closed now, next opening "op zondag vanaf 3.00 uur" (or today on a Sunday night).
    app = await startTestApp({
      OFFICE_HOURS: 'sun 03:00-03:01',
      PUBLIC_HOLIDAYS: '2000-01-01',
      RATE_LIMIT_CONVERSATION_BURST: '100',
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('nl: the offer, the no and "wanneer zijn jullie wel open?" all say when staff are there again', async () => {
    const c = app.conversation({ locale: 'nl-NL' });
    await c.start();
    expect(textOf(await c.say('medewerker'))).toMatch(
      /Wij zijn er weer (op zondag|morgen|vandaag) vanaf 3\.00 uur\..*terugbelt/s,
    );
    expect(textOf(await c.say('nee'))).toMatch(/Wij zijn er weer .* vanaf 3\.00 uur/);
    const when = textOf(await c.say('wanneer zijn jullie wel open?'));
    expect(when).toMatch(/vanaf 3\.00 uur/);
    expect(when).not.toMatch(/058|0900/);
    // The offer stands: yes arranges the call back.
    expect(textOf(await c.say('ja'))).toMatch(/telefoonnummer/);
  });

  it.each([
    ['en-US', 'can I talk to a person', /from 3:00 \(Dutch time\)/],
    ['de-DE', 'Mitarbeiter bitte', /ab 3:00 Uhr \(niederländische Zeit\)/],
    ['pl-PL', 'chcę rozmawiać z konsultantem', /od 3:00 \(czasu holenderskiego\)/],
  ])('%s: the next opening in Dutch time', async (locale, ask, opening) => {
    const c = app.conversation({ locale });
    await c.start();
    expect(textOf(await c.say(ask))).toMatch(opening);
  });

  it('de: "wann sind Sie wieder erreichbar?" at the offer: the next opening, then the offer again', async () => {
    const c = app.conversation({ locale: 'de-DE' });
    await c.start();
    await c.say('Mitarbeiter bitte');
    const reply = textOf(await c.say('wann sind Sie wieder erreichbar?'));
    expect(reply).toMatch(/ab 3:00 Uhr \(niederländische Zeit\).*zurückruft/s);
  });

  it.each([
    [
      'nl-NL',
      'ik wil iemand spreken',
      'nul zes een twee drie vier vijf zes zeven acht',
      'morgen',
      /werkdagen tussen 8\.00 en 17.*ochtend of de middag/s,
      /Hallo/,
    ],
    [
      'en-US',
      'I want to speak to someone',
      'oh six one two three four five six seven eight',
      'evening',
      /working days between 8:00 and 17:00 Dutch time.*morning or the afternoon/s,
      /Hello/,
    ],
  ])(
    '%s phone: a time staff do not call in is told when they call, and the part asked again',
    async (locale, ask, phone, time, told, greeting) => {
      const c = app.conversation({ locale, channelId: 'telephony' });
      await c.start();
      await c.say(ask);
      await c.say(locale === 'nl-NL' ? 'ja' : 'yes');
      await c.say(phone);
      const reply = textOf(await c.say(time));
      expect(reply).toMatch(told);
      expect(reply).not.toMatch(greeting);
    },
  );
});
