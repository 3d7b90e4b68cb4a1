import { asksWhatSomethingIs } from '../../../domain/arrangement/conceptQuestion';

describe('asksWhatSomethingIs: a question about what something is, not about one’s own situation', () => {
  it.each([
    'wat is een noodstop?',
    'Wat betekent noodstop?',
    'hoe werkt een persoonlijke regeling?',
    'what is an emergency stop?',
    'what does noodstop mean?',
    'was ist ein Notstopp?',
    'wie funktioniert eine persönliche Ratenzahlung?',
    'co to jest noodstop?',
    'jak działa noodstop?',
  ])('"%s"', (q) => expect(asksWhatSomethingIs(q)).toBe(true));

  it.each([
    'ik kan niet betalen, wat nu?',
    'wat als ik niet kan betalen?',
    'what is my monthly amount?',
    'ich kann nicht zahlen, was jetzt?',
    'czy to jest w planie?',
    'ja, aanvragen',
  ])('"%s" is not', (q) => expect(asksWhatSomethingIs(q)).toBe(false));
});
