import { saysDontKnow, saysNotUnderstood, saysOnlyDontKnow } from '../../domain/language/dontKnow';

describe('not understanding the question', () => {
  it.each([
    'wat bedoel je?',
    'Wat bedoelt u?',
    'ik snap het niet',
    'ik begrijp er niets van',
    'what do you mean?',
    "I don't understand",
    'Was meinen Sie?',
    'Ich verstehe das nicht',
    'nie rozumiem',
    'co to znaczy?',
  ])('%s', (text) => {
    expect(saysNotUnderstood(text)).toBe(true);
  });

  it.each(['ik wil mijn boete opzoeken', '8911 AB', 'ja', 'ik weet het niet'])('not in %s', (text) => {
    expect(saysNotUnderstood(text)).toBe(false);
  });

  it('is not the same as not knowing the answer', () => {
    expect(saysDontKnow('ik snap het niet')).toBe(false);
    expect(saysDontKnow('ik weet het niet')).toBe(true);
  });
});

describe('a bare "what?"', () => {
  it.each(['?', '??', 'huh?', 'wat?', 'Wie bitte?', 'co?'])('%s', (text) => {
    expect(saysNotUnderstood(text)).toBe(true);
  });

  it.each(['', '...', 'wat', 'sorry', 'co to jest CJIB?'])('not %s', (text) => {
    expect(saysNotUnderstood(text)).toBe(false);
  });
});

describe('not knowing, said with a strengthening word', () => {
  it.each(['ik weet het echt niet', 'weet ik ook niet', 'I really dont know', 'ich weiß es wirklich nicht'])(
    '"%s"',
    (text) => {
      expect(saysDontKnow(text)).toBe(true);
    },
  );
});

describe('saysOnlyDontKnow: nothing but not knowing, not a question with "weet niet" in it', () => {
  it.each(['keine Ahnung', 'weiß ich nicht', 'geen idee hoor', 'nie wiem', "I really don't know"])(
    '%s',
    (said) => {
      expect(saysOnlyDontKnow(said)).toBe(true);
    },
  );
  it.each([
    'ik weet niet hoe ik moet betalen want de website doet raar',
    'no idea why the amount went up so much',
  ])('%s', (said) => {
    expect(saysOnlyDontKnow(said)).toBe(false);
  });
});
