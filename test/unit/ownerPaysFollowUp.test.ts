import { directAnswer } from '../../domain/knowledge/directAnswer';
import { followUpKind, followUpTopic, refersBack } from '../../domain/knowledge/followUpTopic';

describe('"who has to pay then?" after owner liability', () => {
  it.each([
    'en wie moet dan betalen?',
    'wie moet dat betalen',
    'wie betaalt de boete?',
    'who has to pay it then?',
    'who pays?',
    'wer muss das dann zahlen?',
    'wer zahlt das?',
    'kto musi to zapłacić?',
    'kto płaci?',
  ])('"%s" leans on the answer and gets the short answer', (text) => {
    expect(followUpKind(text)).toBe('whoPays');
    expect(refersBack(text)).toBe(true);
    expect(followUpTopic('not_the_driver', text)).toBe('not_the_driver');
    expect(directAnswer('not_the_driver', text)).toBe('ownerPays');
  });

  it('a question with a subject of its own is no follow-up', () => {
    expect(
      followUpKind('wie moet de boete betalen als de auto van mijn werkgever is en ik reed'),
    ).toBeUndefined();
  });

  it('after other answers it leads nowhere of its own (routed as a new question)', () => {
    expect(followUpTopic('how_to_pay', 'wie moet dat betalen?')).toBeUndefined();
  });
});
