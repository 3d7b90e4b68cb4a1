import { givesData, looksLikeAnAnswer } from '../../domain/language/flowAnswerShape';
import { extractEntities } from '../../domain/language/extractEntities';
import type { Recognition } from '../../domain/ports/recognizer';

/** A recognition as the recogniser gives it, with the real entity extraction; the intent does not matter here. */
function recognised(text: string): Recognition {
  return {
    text,
    intent: 'none',
    score: 0.3,
    entities: extractEntities(text),
    ranked: [],
    language: { locale: 'nl', confidence: 1 },
  };
}

describe('what a flow takes as an answer to its own question', () => {
  it.each(['9698 9486 1458 0658', '8911 AB', 'jan@voorbeeld.nl', '0612345678', '1234'])(
    'data: %s',
    (text) => {
      expect(givesData(recognised(text))).toBe(true);
      expect(looksLikeAnAnswer(recognised(text))).toBe(true);
    },
  );

  it.each(['ja', 'nee hoor', 'waarom heeft u dat nodig?', 'wat bedoel je?'])(
    'about the question: %s',
    (text) => {
      expect(looksLikeAnAnswer(recognised(text))).toBe(true);
    },
  );

  it.each([
    'hoe kan ik mijn boete betalen?',
    'ja maar wat als ik te laat betaal?',
    'ik heb 2 boetes, kan dat samen?',
  ])('a new question: %s', (text) => {
    expect(looksLikeAnAnswer(recognised(text))).toBe(false);
  });
});
