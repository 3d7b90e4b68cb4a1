import { asksEnforcementMeanwhile } from '../../../domain/arrangement/enforcementMeanwhile';
import { paymentQuestion } from '../../../domain/arrangement/paymentQuestion';

describe('a bailiff or other enforcement asked about while a request is made or pending', () => {
  it.each([
    'komt de deurwaarder nu nog?',
    'komt er dan nog een deurwaarder',
    'gaan ze nog beslag leggen?',
    'will bailiffs come?',
    'will a bailiff still come now',
    'kommt jetzt der Gerichtsvollzieher?',
    'kommt dann noch eine Pfändung?',
    'czy komornik przyjdzie?',
    'czy teraz przyjdzie komornik',
  ])('"%s"', (question) => {
    expect(asksEnforcementMeanwhile(question)).toBe(true);
    expect(paymentQuestion(question)).toBe('enforcementMeanwhile');
  });

  it.each([
    // What follows a missed instalment later, a bailiff already involved: other answers.
    'wat als ik niet betaal, komt dan de deurwaarder?',
    'what if I miss a payment, will a bailiff come?',
    'ik heb al een deurwaarder, kan dat ook in de regeling?',
    'wat is een deurwaarder',
    'kommt dann noch eine Mahnung?',
    'ja',
  ])('not "%s"', (question) => expect(paymentQuestion(question)).not.toBe('enforcementMeanwhile'));
});
