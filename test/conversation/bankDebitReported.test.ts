/**
 * A citizen who reports money taken from their account hears about the CJIB's debit (verhaal), not
 * that the IBAN is on their letter — also when the sentence has a word like "was", "what" or "jaki".
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

const DEBIT = /article 27 Wahv|artikel 27 Wahv|Artikel 27 Wahv|art\. 27 Wahv/;
const IBAN_ON_LETTER = /IBAN/;

describe('money taken from the account: the debit answer', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['en-GB', 'money was taken from my bank account'],
    ['en-GB', 'what is this? 200 euro was debited from my account'],
    ['nl-NL', 'er is geld van mijn rekening afgeschreven'],
    ['nl-NL', 'wat is dit, er is geld van mijn bankrekening gehaald'],
    ['de-DE', 'es wurde Geld von meinem Konto abgebucht'],
    ['de-DE', 'was ist das, Geld wurde von meinem Bankkonto abgebucht'],
    ['pl-PL', 'pobrano pieniądze z mojego konta'],
    ['pl-PL', 'jaki to przelew, pobrano pieniądze z mojego rachunku bankowego'],
  ])('%s: "%s"', async (locale, message) => {
    const [answer] = await answersTo(assistant, locale, message);
    expect(answer).toMatch(DEBIT);
    expect(answer).not.toMatch(IBAN_ON_LETTER);
  });
});
