import { saysOnlyNumbers } from '../../domain/language/numberWords';

describe('a message of nothing but numbers said as words', () => {
  it.each([
    'sześćdziesiąt jeden tysiąc jeden',
    'acht negen een een a b',
    'Siebenundvierzigtausendfünfhundertdreiunddreißig.',
    'forty seven thousand five hundred thirty three',
  ])('"%s" is only numbers', (said) => expect(saysOnlyNumbers(said)).toBe(true));

  it.each(['betalingsregeling', 'in drie termijnen betalen', 'rozłożenie na raty', 'ja', 'a b', ''])(
    '"%s" is more than numbers',
    (said) => expect(saysOnlyNumbers(said)).toBe(false),
  );
});
