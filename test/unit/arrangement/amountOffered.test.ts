import { offersOwnAmount } from '../../../domain/arrangement/amountOffered';
import { ownMonthlyAmountCents } from '../../../domain/arrangement/ownMonthlyAmount';

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

describe('ownMonthlyAmountCents: an amount the citizen can pay is a monthly one in an arrangement', () => {
  it.each([
    ['chcę raty na 6 miesięcy, mogę płacić 25 euro', 2500],
    ['ik wil 6 maanden, ik kan 25 euro betalen', 2500],
    ['regeling graag, ik kan maar 40 missen', 4000],
    ['I can only afford 15.50', 1550],
    ['ich kann 30 Euro zahlen', 3000],
    ['ik kan 50 euro per maand', 5000],
    // The amount alone after "I can", as an answer to a schedule that is too high.
    ['zu hoch, ich kann nur 30 Euro', 3000],
    ['mogę 20 euro', 2000],
    ['te hoog, ik kan maar 25', 2500],
    ['I can only do 20', 2000],
    // Said on the phone: the number in words.
    ['I can only pay twenty', 2000],
    ['ik kan maar twintig euro betalen', 2000],
    ['ich kann nur zwanzig', 2000],
    ['mogę płacić dwadzieścia euro', 2000],
  ])('"%s" → %i cents', (text, cents) => expect(ownMonthlyAmountCents(text, undefined)).toBe(cents));

  it.each([
    // A sum at once, months, a question about an amount owed, no amount at all.
    'ik kan 100 euro in één keer betalen',
    'I can pay 50 now and the rest later',
    'ik kan over 12 maanden betalen',
    'kan ik 600 euro in termijnen betalen?',
    'ik kan niet betalen',
    'ik kan 12 maanden',
    'ich kann nur 3 Raten',
    'ik kan morgen betalen',
    'I can pay it',
  ])('not "%s"', (text) => expect(ownMonthlyAmountCents(text, undefined)).toBeUndefined());
});
