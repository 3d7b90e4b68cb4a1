/**
 * A CJIB number typed with a short group of digits too many ("9698 9486 1458 0658 12") is not
 * silently cut to its first 16 digits: the citizen hears how many digits were counted and is asked
 * again, and the lookup goes on with the right number.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

describe('a CJIB number with digits too many', () => {
  const assistant = useTestApp(FAST_TYPIST);

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
    const c = await assistant.open({ locale });
    await c.say(start);
    expect(textOf(await c.say(tooLong))).toMatch(counted);
    expect(textOf(await c.say(right))).toMatch(postcodeAsked);
  });
});

describe('one digit so far', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['sms', 'nl-NL', 'boete opzoeken', /1 cijfer;/],
    ['webchat', 'en-GB', 'look up my fine', /1 digit so far/],
  ])('%s %s: "3" at the number is "1 digit", not "1 digits"', async (channelId, locale, start, one) => {
    const c = await assistant.open({ channelId, locale });
    await c.say(start);
    const reply = textOf(await c.say('3'));
    expect(reply).toMatch(one);
    expect(reply).not.toMatch(/\b1 (cijfers|digits)\b/);
  });
});

describe('the number typed again after a short one', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it('15 digits, then 17: the 17 are counted on their own (not "32"), then the right number goes on', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('boete opzoeken');
    expect(textOf(await c.say('969894861458065'))).toMatch(/15 cijfers/);
    const again = textOf(await c.say('96989486145806588'));
    expect(again).toMatch(/telde 17 cijfers/);
    expect(again).not.toMatch(/32/);
    expect(textOf(await c.say('9698948614580658'))).toMatch(/postcode/);
  });
});

describe('a request reference given for the CJIB number', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'boete opzoeken', /referentienummer van een aanvraag, niet het CJIB-nummer/],
    ['en-GB', 'payment arrangement', /reference of a request, not the CJIB number/],
  ])(
    '%s: "BR-2026-15176552" is said to be a reference, not counted as 12 digits',
    async (locale, start, told) => {
      const c = await assistant.open({ locale });
      await c.say(start);
      const reply = textOf(await c.say('BR-2026-15176552'));
      expect(reply).toMatch(told);
      expect(reply).not.toMatch(/12 (cijfers|digits)/);
    },
  );
});
