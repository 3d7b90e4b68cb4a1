/**
 * The back office down at the lookup: "so what now?" hears the options again (a person now, trying
 * later with the details kept) and, since only the lookup failed, paying with the letter's account
 * number and CJIB number; not the list of what the assistant can do.
 */
import { FAST_TYPIST, STAFF_ALWAYS_IN, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

describe('"what now?" after the lookup failed on the back office', () => {
  const assistant = useTestApp({
    ...FAST_TYPIST,
    ...STAFF_ALWAYS_IN,
    COLLECTION_SYSTEM_URL: 'http://127.0.0.1:9',
    COLLECTION_RETRIES: '0',
  });

  it.each([
    ['sms', 'en-US', 'check fine', 'so what now', /two options.*try again.*IBAN/s],
    ['webchat', 'nl-NL', 'boete opzoeken', 'en nu?', /twee mogelijkheden.*probeer het nog eens.*IBAN/s],
    ['webchat', 'de-DE', 'Bußgeld nachsehen', 'und jetzt?', /zwei Möglichkeiten.*IBAN/s],
    ['webchat', 'pl-PL', 'sprawdź mój mandat', 'i co teraz?', /dwie możliwości.*IBAN/s],
  ])('%s %s: "%s", the outage, "%s"', async (channelId, locale, ask, now, options) => {
    const c = await assistant.open({ channelId, locale });
    await c.say(ask);
    await c.say('2342145524857394');
    await c.say('1071DJ');
    expect(textOf(await c.say(now))).toMatch(options);
  });
});
