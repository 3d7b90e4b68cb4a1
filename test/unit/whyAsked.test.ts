import { asksWhyAsked } from '../../domain/language/whyAsked';

describe('asksWhyAsked: a question about the question just asked', () => {
  it.each([
    'waarom heeft u dat nodig?',
    'waarom moet ik dat geven',
    'why do I have to give that?',
    'what do you need that for?',
    'wozu brauchen Sie das?',
    'warum muss ich das angeben?',
    'po co mam to podać?',
  ])('"%s" asks why', (text) => expect(asksWhyAsked(text)).toBe(true));
  it.each(['waarom is het zo duur?', 'why do I have to pay?', 'warum ist es so teuer?', 'hoe betaal ik?'])(
    '"%s" is a question of its own',
    (text) => expect(asksWhyAsked(text)).toBe(false),
  );
});
