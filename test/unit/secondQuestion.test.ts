import { questionBesideLookup, secondQuestionTopic } from '../../domain/knowledge/secondQuestion';
import type { TopicId } from '../../domain/knowledge/topics';

describe('secondQuestionTopic (two questions in one message)', () => {
  it.each([
    ['kan ik betalen met ideal en hoe lang heb ik', 'how_to_pay', 'payment_deadline'],
    ['how do i pay and whats the deadline', 'payment_deadline', 'how_to_pay'],
    ['Wie kann ich bezahlen und bis wann muss ich zahlen?', 'payment_deadline', 'how_to_pay'],
    ['jak zapłacić i ile mam czasu?', 'payment_deadline', 'how_to_pay'],
    ['ik wil bezwaar maken en de foto zien', 'photo', 'objection'],
    ['Can I see the photo? And what if I pay late?', 'photo', 'late_payment'],
  ] as [string, TopicId, TopicId][])('"%s" after %s also asks %s', (text, first, second) => {
    expect(secondQuestionTopic(text, first)).toBe(second);
  });

  it.each([
    // One question only.
    ['hoe betaal ik mijn boete?', 'how_to_pay'],
    ['en dan?', 'late_payment'],
    // A punitive order has its own objection (14 days), never the traffic-fine appeal next to it.
    [
      'ik heb een strafbeschikking gekregen en ben het er niet mee eens, moet ik eerst betalen?',
      'strafbeschikking',
    ],
    // Paying in parts while appealing is one answer of its own, not both halves.
    ['ik wil in beroep en hoe vraag ik een regeling aan, wat zijn de voorwaarden', 'objection'],
  ] as [string, TopicId][])('"%s" after %s asks nothing more', (text, first) => {
    expect(secondQuestionTopic(text, first)).toBeUndefined();
  });
});

describe('a question asked beside a lookup', () => {
  it.each([
    [
      'ik wil weten hoeveel ik nog moet betalen en ook of ik bezwaar kan maken want ik reed niet zelf',
      'not_the_driver',
    ],
    ['hoeveel moet ik betalen? kan ik bezwaar maken?', 'objection'],
    ['how much do I owe and also can I object because I was not driving', 'not_the_driver'],
  ])('"%s" → %s', (text, topic) => {
    expect(questionBesideLookup(text)).toBe(topic);
  });

  it.each([
    'ik wil weten wat ik moet betalen',
    'ik wil weten wat ik nog moet betalen aan boetes en verhogingen',
    'hoeveel moet ik nog betalen en tot wanneer',
  ])('"%s": nothing beside what the lookup tells', (text) => {
    expect(questionBesideLookup(text)).toBeUndefined();
  });
});
