import { postcodesMatch } from '../../../domain/claims/postcodeMatch';

describe('a postcode typed with O and I for 0 and 1', () => {
  it.each([
    ['61-OO1', '61-001'],
    ['1O71 DJ', '1071 DJ'],
    ['89II AB', '8911 AB'],
  ])('"%s" is %s', (given, onFile) => expect(postcodesMatch(given, onFile)).toBe(true));

  it.each([
    ['61-002', '61-001'],
    ['1071 DO', '1071 DJ'],
    ['O', '00'],
  ])('"%s" is not %s', (given, onFile) => expect(postcodesMatch(given, onFile)).toBe(false));
});
