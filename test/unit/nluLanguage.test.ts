import { detectLanguage } from '../../domain/language/detectLanguage';
import { matchChoice } from '../../domain/language/choiceMatch';
import { clarificationChoices, INTENT_CONFIDENCE_THRESHOLD } from '../../domain/language/confidence';
import { normalizeText } from '../../domain/language/normalizeText';
import { readFixture } from '../support/nluModel';

describe('detectLanguage', () => {
  it.each([
    ['Ik heb een boete gekregen, hoe moet ik die betalen?', 'nl'],
    ['ik heb een boete gekregen hoe moet ik da betalen', 'nl'],
    ['How do I pay my fine?', 'en'],
    ['Wie kann ich mein Bußgeld bezahlen?', 'de'],
    ['Jak mogę zapłacić mandat?', 'pl'],
    ['jak moge zaplacic mandat', 'pl'],
    ['Ich möchte Einspruch einlegen', 'de'],
    ['I would like to talk to someone', 'en'],
    ['waarom is mijn boete verhoogd', 'nl'],
    ['Dzień dobry, mam pytanie', 'pl'],
  ])('%s → %s', (text, locale) => {
    expect(detectLanguage(text)?.locale).toBe(locale);
  });

  it.each(['ok', '1234 5678', '', '👍'])('does not guess on %p', (text) => {
    expect(detectLanguage(text)).toBeUndefined();
  });

  it('gives a confidence between 0 and 1, higher for longer text', () => {
    const short = detectLanguage('hoe betaal ik')!;
    const long = detectLanguage(
      'hoe betaal ik mijn boete, ik heb de brief niet meer en wil het graag vandaag nog regelen',
    )!;
    expect(short.confidence).toBeGreaterThan(0);
    expect(long.confidence).toBeLessThanOrEqual(1);
    expect(long.confidence).toBeGreaterThan(short.confidence);
  });

  it('recognises most lines of the held-out sets in their labelled language', () => {
    for (const fixture of ['eval-nlen.jsonl', 'eval-de.jsonl', 'eval-pl.jsonl']) {
      const rows = readFixture(fixture).filter((r) => r.text.split(' ').length >= 4);
      const right = rows.filter((r) => detectLanguage(r.text)?.locale === r.lang).length;
      expect(right / rows.length).toBeGreaterThanOrEqual(0.85);
    }
  });
});

describe('matchChoice', () => {
  const choices = [
    { value: 'payment_arrangement', synonyms: ['betalingsregeling', 'in termijnen betalen', 'payment plan'] },
    { value: 'cannot_pay', synonyms: ['ik kan niet betalen', 'cannot pay at all'] },
    { value: 'human_agent', synonyms: ['medewerker', 'a person'] },
  ];
  it.each([
    ['1', 'payment_arrangement'],
    ['2', 'cannot_pay'],
    ['twee', 'cannot_pay'],
    ['de tweede', 'cannot_pay'],
    ['the second one', 'cannot_pay'],
    ['2nd', 'cannot_pay'],
    ['optie 3', 'human_agent'],
    ['drie graag', 'human_agent'],
    ['de laatste', 'human_agent'],
    ['last', 'human_agent'],
    ['betalingsregling', 'payment_arrangement'],
    ['Betalingsregeling!', 'payment_arrangement'],
    ['payment plan please', 'payment_arrangement'],
    ['medewerkr', 'human_agent'],
    ['ik kan nie betalen', 'cannot_pay'],
    ['die zweite', 'cannot_pay'],
    ['pierwszy', 'payment_arrangement'],
  ])('%s → %s', (text, expected) => {
    expect(matchChoice(text, choices)).toBe(expected);
  });

  it.each(['7', 'banaan', '', 'vierde'])('matches nothing for %p', (text) => {
    expect(matchChoice(text, choices)).toBeUndefined();
  });
});

describe('confidence handling', () => {
  const ranked = [
    { intent: 'payment_deadline' as const, score: 0.4 },
    { intent: 'none' as const, score: 0.3 },
    { intent: 'fine_status' as const, score: 0.2 },
  ];
  it('offers the two best real intents below the threshold', () => {
    expect(clarificationChoices({ intent: 'payment_deadline', score: 0.4, ranked })).toEqual([
      ranked[0],
      ranked[2],
    ]);
  });
  it('offers nothing at or above the threshold', () => {
    expect(
      clarificationChoices({ intent: 'payment_deadline', score: INTENT_CONFIDENCE_THRESHOLD, ranked }),
    ).toBeUndefined();
  });
  it('is a probability', () => {
    expect(INTENT_CONFIDENCE_THRESHOLD).toBeGreaterThan(0);
    expect(INTENT_CONFIDENCE_THRESHOLD).toBeLessThan(1);
  });
});

describe('normalizeText', () => {
  it('folds case, diacritics and punctuation', () => {
    expect(normalizeText('Één BOETE, ŁÓDŹ? Straße!')).toBe('een boete lodz strasse');
  });
});

describe('short openings that can only be one language', () => {
  it.each([
    ['Good morning', 'en'],
    ['Hello!', 'en'],
    ['Thank you very much', 'en'],
    ['Guten Tag', 'de'],
    ['Hallo, ich brauche Hilfe', 'de'],
    ['Dziękuję', 'pl'],
    ['Dzien dobry', 'pl'],
    ['Goedemiddag', 'nl'],
  ])('%s is %s', (text, locale) => {
    expect(detectLanguage(text)).toEqual({ locale, confidence: expect.any(Number) });
    expect(detectLanguage(text)!.confidence).toBeGreaterThanOrEqual(0.75);
  });

  it.each([['Hallo'], ['ok'], ['ja'], ['hi']])('%s stays undecided or unsure', (text) => {
    expect(detectLanguage(text)?.confidence ?? 0).toBeLessThan(0.75);
  });
});
