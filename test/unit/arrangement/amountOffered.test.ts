import { offersOwnAmount } from '../../../domain/arrangement/amountOffered';

describe('offersOwnAmount: an amount the citizen can pay, not one owed', () => {
  it.each([
    'chcę raty na 6 miesięcy, mogę płacić 25 euro',
    'ik kan 25 euro betalen',
    'regeling graag, ik kan maar 40 missen',
    'I can pay 25',
    'I can only afford 30 euros',
    'ich kann 25 Euro zahlen',
  ])('"%s"', (text) => expect(offersOwnAmount(text)).toBe(true));

  it.each([
    'kan ik 600 euro in termijnen betalen?',
    'can I pay 600 euros in instalments?',
    'kann ich 600 Euro in Raten zahlen?',
    'czy mogę zapłacić 600 euro w ratach?',
    'how many months for 500 euros?',
  ])('not "%s"', (text) => expect(offersOwnAmount(text)).toBe(false));
});
