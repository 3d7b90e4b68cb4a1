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
    // Whether it is safe to give it here: the same doubt.
    'is dit veilig?',
    'is het wel veilig om mijn postcode te geven?',
    'is it safe to give my number here?',
    'ist das sicher?',
    'czy to bezpieczne?',
  ])('"%s" asks why', (text) => expect(asksWhyAsked(text)).toBe(true));
  it.each([
    'waarom is het zo duur?',
    'why do I have to pay?',
    'warum ist es so teuer?',
    'hoe betaal ik?',
    // A message received is the scam answer's.
    'ik kreeg een sms van het cjib, is dit veilig?',
    'is this WhatsApp message safe?',
  ])('"%s" is a question of its own', (text) => expect(asksWhyAsked(text)).toBe(false));
});
