import { askingPartOf, questionBesideLanguage } from '../../domain/language/questionBesideLanguage';

describe('questionBesideLanguage', () => {
  it.each([
    ['ok english then. why is my fine so high?', 'why is my fine so high?'],
    ['fine, english. how do I pay?', 'how do I pay?'],
    ['auf Deutsch bitte, wie kann ich bezahlen?', 'wie kann ich bezahlen?'],
    ['po polsku proszę. Ile muszę zapłacić?', 'Ile muszę zapłacić?'],
  ])('"%s" asks "%s" besides the language', (text, question) => {
    expect(questionBesideLanguage(text)).toBe(question);
  });

  it.each(['English please', 'ok, english then', 'kunnen we Nederlands praten?', 'auf Deutsch, bitte'])(
    '"%s" is about the language only',
    (text) => {
      expect(questionBesideLanguage(text)).toBeUndefined();
    },
  );
});

describe('questionBesideLanguage with a language not mastered', () => {
  it('keeps the question beside "ik spreek niet goed nederlands"', () => {
    expect(
      questionBesideLanguage('hello, ik spreek niet goed nederlands, I have a aanmaning, what now?'),
    ).toBe('I have a aanmaning, what now?');
  });

  it('keeps a two-word question with a question mark', () => {
    expect(questionBesideLanguage("I don't speak Dutch. Instalments possible?")).toBe(
      'Instalments possible?',
    );
  });

  it('finds no question beside a language only described', () => {
    expect(questionBesideLanguage('ich verstehe den Brief nicht, er ist auf niederländisch')).toBeUndefined();
  });
});

describe('askingPartOf: the question beside a letter that came', () => {
  it.each([
    ['Ich habe einen Brief vom CJIB bekommen, wie kann ich bezahlen?', 'wie kann ich bezahlen?'],
    ['I got a letter from the CJIB, how can I pay?', 'how can I pay?'],
    ['Dostałem list z CJIB, jak mogę zapłacić?', 'jak mogę zapłacić?'],
  ])('"%s"', (beside, question) => {
    expect(askingPartOf(beside)).toBe(question);
  });

  it.each([
    ['Je ne parle pas néerlandais. Comment payer?', 'Comment payer?'],
    ['No hablo holandés, tengo una carta. ¿Cómo pago?', '¿Cómo pago?'],
    ['Ich spreche kein Niederländisch. Ratenzahlung möglich?', 'Ratenzahlung möglich?'],
  ])('two words with a question mark are a question: "%s"', (beside, question) => {
    expect(askingPartOf(beside)).toBe(question);
  });

  it('no question mark: nothing of its own', () => {
    expect(askingPartOf('I got a letter from the CJIB')).toBeUndefined();
  });
});

describe('questionBesideLanguage: a question asked in the language it names', () => {
  it.each([
    ['ik snap het niet, can you explain the aanmaning in english', 'can you explain the aanmaning'],
    ['nie rozumiem, czy może Pan wyjaśnić upomnienie po polsku?', 'czy może Pan wyjaśnić upomnienie ?'],
  ])('"%s" asks "%s"', (text, question) => {
    expect(questionBesideLanguage(text)).toBe(question);
  });

  it.each(['sorry, can we continue in english please', 'ok, english then', 'auf Deutsch, bitte'])(
    '"%s" is about the language only',
    (text) => {
      expect(questionBesideLanguage(text)).toBeUndefined();
    },
  );
});
