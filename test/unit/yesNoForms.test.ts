import { extractYesNo } from '../../domain/language/yesNo';

describe('yes and no in more forms', () => {
  it.each([
    ['passt', true],
    ['passt so', true],
    ['alles klar', true],
    ['einverstanden', true],
    ['okej', true],
    ['alright', true],
    ['👍', true],
    ['👍🏻', true],
    ['👌', true],
    ['✅', true],
    ['👎', false],
    ['❌', false],
    ['😀', undefined],
  ])('%s → %s', (text, expected) => {
    expect(extractYesNo(text)).toBe(expected);
  });
});
