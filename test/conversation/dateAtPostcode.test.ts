/**
 * A date (of birth, perhaps) typed where the postcode is asked is noticed as a date: not looked up
 * as a postcode ("no fine with this postcode", a failed attempt towards the lock-out), but the
 * postcode asked again with what it is; the real postcode next finds the fine.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

const A_DATE = /lijkt een datum|looks like a date|nach einem Datum|wygląda na datę/;
const NOT_FOUND = /geen boete vinden|cannot find a fine|finde ich kein|Nie mogę znaleźć/;

describe('a date at the postcode question', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['sms', 'nl-NL', '1', '1985-04-12'],
    ['webchat', 'de-DE', 'Bußgeld nachsehen', '12.04.1985'],
    ['webchat', 'pl-PL', 'sprawdzić mandat', '12 kwietnia 1985'],
    ['webchat', 'en-GB', 'check my fine', 'my date of birth is 3 May 1979'],
  ])('%s %s: "%s"', async (channelId, locale, ask, date) => {
    const c = await assistant.open({ channelId, locale });
    await c.say(ask);
    await c.say('5111941022799767');
    const reply = textOf(await c.say(date));
    expect(reply).toMatch(A_DATE);
    expect(reply).not.toMatch(NOT_FOUND);
    expect(textOf(await c.say('4811 xj'))).toMatch(/2\.480,00|2,480\.00|2 480,00/);
  });
});
