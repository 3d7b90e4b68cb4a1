import { extractCjibNumber } from '../../domain/language/cjibNumberEntity';
import { extractPostcode } from '../../domain/language/postcodeEntity';

describe('a letter O typed for a zero', () => {
  it.each([
    ['9698 9486 1458 O658', '9698948614580658'],
    ['9698 9486 1458 o658', '9698948614580658'],
    ['96989486145806S8', undefined],
    ['1o62 5421 57o4 7959', '1062542157047959'],
  ])('%s → %s', (text, expected) => {
    expect(extractCjibNumber(text)).toBe(expected);
  });

  it('leaves Dutch postcodes with the letter O alone', () => {
    expect(extractPostcode('1234 OB')).toEqual({ value: '1234 OB', country: 'NL' });
    expect(extractPostcode('1234ob')).toEqual({ value: '1234 OB', country: 'NL' });
    expect(extractPostcode('1234 oo')?.value).toBe('1234 OO');
  });
});
