/**
 * After the lookup, "ik heb nog een boete, van mijn vrouw, kan ik die ook opzoeken?": that fine's
 * letter is asked for (its number), not the same overview shown again.
 */
import { startTestApp, textOf, type TestApp } from '../support/testApp';

describe('another fine after the lookup', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_CONVERSATION_BURST: '100' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each([
    [
      'nl-NL',
      'boete opzoeken',
      'ik heb nog een boete, van mijn vrouw, kan ik die ook opzoeken?',
      /CJIB-nummer/,
      '5320466536506279',
      '1017 CX',
      /54,00/,
    ],
    [
      'en-GB',
      'look up my fine',
      'I have another fine, can you look that one up too?',
      /CJIB number/,
      '5320466536506279',
      '1017 CX',
      /54\.00/,
    ],
  ])('%s: "%s", then "%s"', async (locale, start, another, numberAsked, number, postcode, amount) => {
    const c = app.conversation({ locale });
    await c.start();
    await c.say(start);
    await c.say('9698948614580658');
    await c.say('8911 AB');
    const reply = textOf(await c.say(another));
    expect(reply).toMatch(numberAsked);
    expect(reply).not.toMatch(/129[,.]00/);
    await c.say(number);
    expect(textOf(await c.say(postcode))).toMatch(amount);
  });
});
