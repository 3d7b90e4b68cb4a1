/**
 * Phone numbers and references as a voice reads them on the phone: every digit on its own, in short
 * groups with a pause between them ("plus 3 1, 5 8, 2 3 4, 2 0 4 7": a voice reads "234" as
 * "tweehonderdvierendertig", which a caller cannot write down);
 * a reference as its letters, its year and its number in short groups ("BR, 2026, 0 0 0, 4 1 7",
 * not "BR 2 0 2 6, 0 0 0 4, 1 7"). National numbers and CJIB numbers stay digit by digit.
 */
import { speakableText } from '../../adapters/channels/speakable';
import { spokenPhoneNumber, spokenReference } from '../../adapters/channels/spokenNumbers';

const texts = { endingIn: 'eindigend op {{digits}}', plus: 'plus' };
const spoken = (text: string): string => speakableText(text, 'nl', texts);

describe('phone numbers with a country code', () => {
  it.each([
    ['+31612345678', 'plus 3 1, 6, 1 2 3 4, 5 6 7 8'],
    ['+31 6 12345678', 'plus 3 1, 6, 1 2 3 4, 5 6 7 8'],
    ['+31582342047', 'plus 3 1, 5 8, 2 3 4, 2 0 4 7'],
    ['+31 58 234 20 47', 'plus 3 1, 5 8, 2 3 4, 2 0, 4 7'],
    ['+48601234567', 'plus 4 8, 6 0 1, 2 3 4, 5 6 7'],
    ['+48 601 234 567', 'plus 4 8, 6 0 1, 2 3 4, 5 6 7'],
    ['+4915112345678', 'plus 4 9, 1 5 1, 1 2 3 4, 5 6 7 8'],
    ['+32470123456', 'plus 3 2, 4 7 0, 1 2 3, 4 5 6'],
    ['+12025550123', 'plus 1, 2 0 2, 5 5 5, 0 1 2 3'],
    ['+352621123456', 'plus 3 5 2, 6 2 1, 1 2 3, 4 5 6'],
  ])('%s → %s', (written, said) => {
    expect(spoken(written)).toBe(said);
  });

  it('in a sentence, with the caller\'s word for "+"', () => {
    expect(spoken('We bellen u op +31612345678.')).toBe('We bellen u op plus 3 1, 6, 1 2 3 4, 5 6 7 8.');
    expect(spokenPhoneNumber('48601234567', 'plus')).toBe('plus 4 8, 6 0 1, 2 3 4, 5 6 7');
  });

  it('a group with a leading zero is read digit by digit too', () => {
    expect(spoken('+31 6 0123 4567')).toBe('plus 3 1, 6, 0 1 2 3, 4 5 6 7');
  });

  it('a short number with a leading zero ("eindigt op 0658", "0800") is read digit by digit', () => {
    expect(spoken('Het nummer eindigt op 0658.')).toBe('Het nummer eindigt op 0 6 5 8.');
    expect(spoken('Bel 0800 gratis, van 08:00 tot 17:00.')).toBe('Bel 0 8 0 0 gratis, van 08 tot 17.');
  });
});

describe('references', () => {
  it.each([
    ['BR-2026-000417', 'BR, 2026, 0 0 0, 4 1 7'],
    ['BR-2026-48213977', 'BR, 2026, 4 8 2 1, 3 9 7 7'],
    ['BR-2026-8181-2073', 'BR, 2026, 8 1 8 1, 2 0 7 3'],
  ])('%s → %s', (written, said) => {
    expect(spoken(`Referentie ${written}.`)).toBe(`Referentie ${said}.`);
  });

  it('the parts are kept apart', () => {
    expect(spokenReference('BR', '2026', '1234567')).toBe('BR, 2026, 1 2 3 4, 5 6 7');
  });
});

describe('numbers without a country code stay as they were', () => {
  it.each([
    ['Via 0612345678.', 'Via 0 6, 1 2 3 4, 5 6 7 8.'],
    ['Via 06 1234 5678.', 'Via 0 6, 1 2 3 4, 5 6 7 8.'],
    ['Nummer 9698948614580658.', 'Nummer 9 6 9 8, 9 4 8 6, 1 4 5 8, 0 6 5 8.'],
  ])('%s → %s', (written, said) => {
    expect(spoken(written)).toBe(said);
  });
});

describe('a speed in a fine’s description, said in full', () => {
  const withSpeed = { endingIn: 'eindigend op {{digits}}', speed: 'kilometer per uur' };
  it.each([
    [
      'Snelheidsovertreding van 14 km/u binnen de bebouwde kom',
      'Snelheidsovertreding van 14 kilometer per uur binnen de bebouwde kom',
    ],
    ['Speeding by 22 km/h on the motorway', 'Speeding by 22 kilometer per uur on the motorway'],
    ['40km/h', '40 kilometer per uur'],
  ])('"%s"', (text, said) => {
    expect(speakableText(text, 'nl', withSpeed)).toBe(said);
  });
});
