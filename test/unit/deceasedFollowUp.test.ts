import { leansOnDeceasedAnswer } from '../../domain/knowledge/deceasedFollowUp';
import { normalizeQuestion } from '../../domain/knowledge/normalizeQuestion';

describe('a question leaning on the answer on fines of someone who died', () => {
  it.each([
    'moeten wij dat betalen?',
    'wat gebeurt er nu met die boetes?',
    'do we have to pay them?',
    'what happens to his fines?',
    'müssen wir das bezahlen?',
    'czy musimy to zapłacić?',
  ])('"%s"', (text) => {
    expect(leansOnDeceasedAnswer(normalizeQuestion(text))).toBe(true);
  });

  it.each(['ja', 'nee dank je', 'hoe betaal ik mijn eigen boete?', 'where is my letter'])(
    'not "%s"',
    (text) => {
      expect(leansOnDeceasedAnswer(normalizeQuestion(text))).toBe(false);
    },
  );
});
