import { asksScheduleDuration } from '../../../domain/arrangement/durationQuestion';
import { paymentQuestion } from '../../../domain/arrangement/paymentQuestion';
import { termQuestion } from '../../../domain/arrangement/termQuestion';

describe('how long the schedule on the table runs', () => {
  it.each([
    'hoe lang duurt de regeling?',
    'hoe lang loopt de regeling?',
    'hoe lang ben ik bezig met afbetalen?',
    'how long does the arrangement take?',
    'how long will the payment plan last?',
    'how long will I be paying?',
    'wie lange dauert die Ratenzahlung?',
    'wie lange läuft die Ratenzahlung?',
    'jak długo trwa plan spłaty?',
    'ile czasu będę spłacać?',
    'hoeveel maanden duurt het?',
    'how many months will it take?',
    'wie viele Monate dauert das?',
    'ile miesięcy to potrwa?',
  ])('%s', (question) => {
    expect(asksScheduleDuration(question)).toBe(true);
    expect(paymentQuestion(question)).toBe('lastDue');
    expect(termQuestion(question)).toBeUndefined();
  });

  it.each([
    'how long can I spread it?',
    'hoe lang mag ik erover doen?',
    'wie lange kann ich die Zahlung strecken?',
    'kan het over 24 maanden?',
    'how many months can I get?',
    'hoeveel maanden krijg ik?',
    'wat is een noodstop?',
  ])('not %s', (question) => {
    expect(asksScheduleDuration(question)).toBe(false);
  });
});
