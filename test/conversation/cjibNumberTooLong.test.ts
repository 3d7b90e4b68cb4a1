/**
 * A CJIB number typed with a short group of digits too many ("9698 9486 1458 0658 12") is not
 * silently cut to its first 16 digits: the citizen hears how many digits were counted and is asked
 * again, and the lookup goes on with the right number.
 */
import { startTestApp, textOf, type TestApp } from '../support/testApp';

describe('a CJIB number with digits too many', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_CONVERSATION_BURST: '100' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each([
    ['nl-NL', 'boete opzoeken', '9698 9486 1458 0658 12', /telde 18 cijfers/, '9698948614580658', /postcode/],
    [
      'de-DE',
      'Bußgeld nachsehen',
      '0543 7930 5804 3155 23',
      /18 Ziffern/,
      '0543793058155523',
      /Postleitzahl/,
    ],
  ])('%s: "%s", then "%s"', async (locale, start, tooLong, counted, right, postcodeAsked) => {
    const c = app.conversation({ locale });
    await c.start();
    await c.say(start);
    expect(textOf(await c.say(tooLong))).toMatch(counted);
    expect(textOf(await c.say(right))).toMatch(postcodeAsked);
  });
});

describe('one digit so far', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_CONVERSATION_BURST: '100' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each([
    ['sms', 'nl-NL', 'boete opzoeken', /1 cijfer;/],
    ['webchat', 'en-GB', 'look up my fine', /1 digit so far/],
  ])('%s %s: "3" at the number is "1 digit", not "1 digits"', async (channelId, locale, start, one) => {
    const c = app.conversation({ channelId, locale });
    await c.start();
    await c.say(start);
    const reply = textOf(await c.say('3'));
    expect(reply).toMatch(one);
    expect(reply).not.toMatch(/\b1 (cijfers|digits)\b/);
  });
});
