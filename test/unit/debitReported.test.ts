import { askedFirst } from '../../domain/knowledge/askedFirst';
import { reportsDebit } from '../../domain/knowledge/debitReported';
import { normalizeQuestion } from '../../domain/knowledge/normalizeQuestion';

describe('reportsDebit: money taken from the account, not the account number asked for', () => {
  it.each([
    'money was taken from my bank account',
    'what is this? 200 euro was debited from my account',
    'er is geld van mijn rekening afgeschreven',
    'wat is dit, er is geld van mijn bankrekening gehaald',
    'es wurde Geld von meinem Konto abgebucht',
    'was ist das, Geld wurde von meinem Bankkonto abgebucht',
    'pobrano pieniądze z mojego konta',
    'jaki to przelew, pobrano pieniądze z mojego rachunku bankowego',
  ])('"%s" reports a debit and is not the IBAN question', (text) => {
    expect(reportsDebit(normalizeQuestion(text))).toBe(true);
    expect(askedFirst(text)?.lead).not.toBe('ibanOnLetter');
  });

  it.each([
    'which account number do I pay to?',
    'which account number do I take for the payment?',
    'welk rekeningnummer moet ik gebruiken?',
    'welche IBAN?',
    'jaki jest numer konta?',
  ])('"%s" asks for the account number', (text) => {
    expect(reportsDebit(normalizeQuestion(text))).toBe(false);
    expect(askedFirst(text)?.lead).toBe('ibanOnLetter');
  });
});
