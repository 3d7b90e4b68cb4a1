/**
 * After the lookup, "ik heb nog een boete, van mijn vrouw, kan ik die ook opzoeken?": that fine's
 * letter is asked for (its number), not the same overview shown again.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

describe('another fine after the lookup', () => {
  const assistant = useTestApp(FAST_TYPIST);

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
    const c = await assistant.open({ locale });
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

describe('a licence plate given to look a fine up', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'mijn kenteken is GZ-123-K', /Met een kenteken kan ik uw boete niet opzoeken/],
    ['en-GB', 'my plate is SX-554-N', /licence plate|number plate/i],
  ])(
    '%s: "%s" hears the lookup takes the letter’s number, and it goes on with it',
    async (locale, plate, notPlate) => {
      const c = await assistant.open({ locale });
      expect(textOf(await c.say(plate))).toMatch(notPlate);
      await c.say('9698948614580658');
      expect(textOf(await c.say('8911 AB'))).toMatch(/129[,.]00/);
    },
  );
});
