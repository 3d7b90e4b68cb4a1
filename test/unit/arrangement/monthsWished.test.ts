import { monthsWished } from '../../../domain/arrangement/monthsWished';

describe('monthsWished: the months asked for before a schedule is shown', () => {
  it.each([
    ['I would like to pay over 12 months please', 12],
    ['ik wil een betalingsregeling van 24 maanden', 24],
    ['regeling over twaalf maanden', 12],
    ['Ratenzahlung in 3 Raten bitte', 3],
    ['chcę spłacić mandat w 12 ratach', 12],
  ])('"%s" → %i', (message, months) => expect(monthsWished(message)).toBe(months));

  it.each([
    'I got the fine 2 months ago, can I pay in instalments?',
    'vor 2 Monaten bekam ich ein Bußgeld, Raten bitte',
    'ik wil over 2 maanden beginnen met betalen',
    'can I pay 50 a month',
    'kan ik in termijnen betalen?',
  ])('no months wished: "%s"', (message) => expect(monthsWished(message)).toBeUndefined());
});
