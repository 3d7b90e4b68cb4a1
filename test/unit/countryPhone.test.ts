import { phoneWithoutCountry, polishPhone } from '../../domain/language/countryPhone';

describe('polishPhone: a Polish number as Poles write it', () => {
  it.each([
    ['601 234 567', '+48601234567'],
    ['601-234-567', '+48601234567'],
    ['601234567', '+48601234567'],
    ['22 123 45 67', '+48221234567'],
    ['48 601 234 567', '+48601234567'],
  ])('pl "%s" is %s', (answer, phone) => expect(polishPhone(answer, 'pl')).toBe(phone));

  it.each(['0612345678', '1234', '601 234 567 8', 'mój numer to 601 234 567 albo nie'])(
    'pl "%s" is no bare Polish number',
    (answer) => expect(polishPhone(answer, 'pl')).toBeUndefined(),
  );

  it('only in a Polish conversation', () => {
    expect(polishPhone('601 234 567', 'nl')).toBeUndefined();
  });
});

describe('phoneWithoutCountry: nine digits without a 0, country unknown', () => {
  it.each([
    ['612 345 678', true],
    ['601234567', true],
    ['0612345678', false],
    ['12345', false],
  ])('"%s" → %s', (answer, expected) => expect(phoneWithoutCountry(answer)).toBe(expected));
});
