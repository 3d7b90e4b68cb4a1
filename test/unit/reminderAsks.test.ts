import { askedFirst } from '../../domain/knowledge/askedFirst';
import { asksOwnAmountWithReminder, paidButReminder, reminderAsk } from '../../domain/knowledge/reminderAsks';

/** A reminder in hand: the own amount, or a payment that crossed it; reminders in general stay general. */
describe('reminder asks', () => {
  it.each([
    'ik heb een aanmaning, hoeveel moet ik nu betalen?',
    'ik heb een aanmaning gekregen wat moet ik nu betalen',
    'aanmaning ontvangen, hoeveel ben ik nu kwijt?',
    'I got a reminder, how much do I have to pay now?',
    'got a payment reminder how much do i owe now',
    'ich habe eine Mahnung bekommen, wie viel muss ich jetzt zahlen?',
    'Mahnung erhalten, wieviel muss ich zahlen?',
    'dostałem upomnienie, ile mam teraz zapłacić?',
    'przyszło upomnienie, ile teraz muszę zapłacić?',
  ])('"%s" asks the own amount with a reminder', (message) => {
    expect(asksOwnAmountWithReminder(message)).toBe(true);
    expect(reminderAsk(message)).toEqual({ topicId: 'late_payment', lead: 'reminderOwnAmount' });
    expect(askedFirst(message)?.lead).toBe('reminderOwnAmount');
  });

  it.each([
    'ik heb al betaald maar krijg een aanmaning',
    'ik heb betaald en toch een aanmaning gekregen',
    'I already paid but got a reminder',
    'I paid the fine last week and still received a reminder',
    'ich habe schon bezahlt, aber eine Mahnung bekommen',
    'Mahnung trotz Zahlung?',
    'już zapłaciłem, a dostałem upomnienie',
    'zapłaciłam mandat a przyszło upomnienie',
  ])('"%s" is paid but a reminder came', (message) => {
    expect(paidButReminder(message)).toBe(true);
    expect(reminderAsk(message)).toEqual({ topicId: 'payment_problem', lead: 'paidButReminder' });
  });

  it.each([
    'hoeveel komt erbij bij een aanmaning?',
    'hoeveel moet ik betalen als ik een aanmaning krijg?',
    'how much is the increase after a reminder?',
    'ik heb nog niet betaald, krijg ik een aanmaning?',
    "I haven't paid yet, will I get a reminder?",
    'ich habe noch nicht bezahlt',
    'hoeveel moet ik nog betalen?',
    'krijg ik dan nog een aanmaning als de eerste termijn pas in januari is? de boete moet 15 december betaald zijn',
    'will I get a reminder if it is not paid by the due date?',
  ])('"%s" is neither', (message) => {
    expect(reminderAsk(message)).toBeUndefined();
  });
});
