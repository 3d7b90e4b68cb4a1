import { questionBeforeLookup } from '../../../domain/claims/questionBeforeLookup';

describe('a question about paying kept until the fines are looked up', () => {
  it.each([
    [
      'Good afternoon. I believe I have paid my fine twice by mistake, could I get a refund please?',
      'overpaid',
    ],
    ['ik heb te veel betaald, hoe krijg ik mijn geld terug?', 'overpaid'],
    [
      'I already paid this fine 3 weeks ago from my german bank account but now I got a reminder with a higher amount, why??',
      'paidNotSeen',
    ],
    ['ik heb al betaald maar kreeg toch een aanmaning', 'paidNotSeen'],
    ['Ich habe schon bezahlt, warum eine Mahnung?', 'paidNotSeen'],
    ['już zapłaciłem a dostałem upomnienie', 'paidNotSeen'],
    ['Ich habe die Strafe schon vor zwei Wochen überwiesen, jetzt kommt eine Mahnung. Warum?', 'paidNotSeen'],
    ['ik heb die boete toch vorige week al betaald?', 'paidNotSeen'],
    ['I transferred the money last month, why a reminder', 'paidNotSeen'],
    ['wait will it go up more if i pay next week?', 'increaseIfLater'],
    ['wordt het duurder als ik volgende week betaal?', 'increaseIfLater'],
    ['wird es teurer, wenn ich nächste Woche zahle?', 'increaseIfLater'],
    ['czy będzie drożej jeśli zapłacę w przyszłym tygodniu?', 'increaseIfLater'],
  ])('%s', (message, kind) => {
    expect(questionBeforeLookup(message)).toBe(kind);
  });

  it.each([
    'Is mijn boete al betaald?',
    'ich habe noch nicht bezahlt, geht das noch?',
    'ist die Strafe schon bezahlt?',
    'czy mandat jest już zapłacony?',
    'check my fine',
    'how do I pay?',
    'payment plan',
    '3512 KL',
  ])('not: %s', (message) => {
    expect(questionBeforeLookup(message)).toBeUndefined();
  });
});
