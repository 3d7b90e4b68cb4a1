import { dateInsteadOfPostcode, isDateAnswer } from '../../domain/language/dateAnswer';

describe('isDateAnswer: a date where something else is asked', () => {
  it.each([
    '1985-04-12',
    '12-04-1985',
    '12.04.1985',
    '12/4/1985',
    '12 april 1985',
    '12. April 1985',
    'geboren 12 maart 1990',
    '12 kwietnia 1985',
    'my date of birth is 3 May 1979',
  ])('"%s" is a date', (text) => expect(isDateAnswer(text)).toBe(true));

  it.each(['3512 KL', '1017CX', '61-001', '8911 AB', '1000 Brussel', 'D-47533', '12345', 'SW1A 1AA'])(
    '"%s" is no date',
    (text) => expect(isDateAnswer(text)).toBe(false),
  );
});

describe('dateInsteadOfPostcode', () => {
  it('a date alone', () => expect(dateInsteadOfPostcode('1985-04-12')).toBe(true));
  it('a postcode with a date beside it is the postcode', () =>
    expect(dateInsteadOfPostcode('1017 CX, geboren 12-04-1985')).toBe(false));
});
