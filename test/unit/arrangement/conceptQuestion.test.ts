import { asksWhatSomethingIs, conceptTopic } from '../../../domain/arrangement/conceptQuestion';

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
    'wacht wat is een noodstop eigenlijk',
    'ok maar wat houdt een noodstop in',
    'sorry, wat betekent noodstop',
    'wait, what is an emergency stop',
    'Moment, was ist ein Notstopp?',
    'czekaj, co to jest noodstop',
  ])('"%s"', (q) => expect(asksWhatSomethingIs(q)).toBe(true));

  it.each([
    'ik kan niet betalen, wat nu?',
    'wat als ik niet kan betalen?',
    'what is my monthly amount?',
    'ich kann nicht zahlen, was jetzt?',
    'czy to jest w planie?',
    'ja, aanvragen',
    'ok maar wat is mijn maandbedrag',
    'wacht, ik kan niet betalen',
  ])('"%s" is not', (q) => expect(asksWhatSomethingIs(q)).toBe(false));
});

describe('conceptTopic: the concept a question names', () => {
  it.each([
    ['was ist ein Notstopp?', 'noodstop'],
    ['wat is een noodstop eigenlijk', 'noodstop'],
    ['co to jest wstrzymanie awaryjne?', 'noodstop'],
    ['wie funktioniert eine persönliche Ratenzahlung?', 'personal_arrangement'],
    ['what is a personal arrangement?', 'personal_arrangement'],
  ])('"%s": %s', (q, topic) => expect(conceptTopic(q)).toBe(topic));

  it('names none in "wat is mijn maandbedrag?"', () => expect(conceptTopic('wat is mijn maandbedrag?')).toBeUndefined());
});
