import { topicDuringArrangement } from '../../domain/arrangement/topicDuringArrangement';
import { asksFirstDueDate } from '../../domain/arrangement/firstDueQuestion';
import { normalizeQuestion } from '../../domain/knowledge/normalizeQuestion';

describe('normalizeQuestion: WhatsApp Dutch read as the written words', () => {
  it('reads "wnr", "hvl", "wrm", "mn", "gwn"', () => {
    expect(normalizeQuestion('wnr moet ik de eerste keer betalen')).toBe(
      ' wanneer moet ik de eerste keer betalen ',
    );
    expect(normalizeQuestion("hvl is m'n boete, wrm zo hoog? gwn")).toBe(
      ' hoeveel is mijn boete waarom zo hoog gewoon ',
    );
    expect(asksFirstDueDate('wnr moet ik de eerste keer betalen')).toBe(true);
  });
});

describe('topicDuringArrangement: a question read for the arrangement being requested', () => {
  it('reads an appeal as the appeal instead of the arrangement (DOMAIN.md §1.8)', () => {
    expect(topicDuringArrangement('objection')).toBe('appeal_and_instalments');
    expect(topicDuringArrangement('noodstop')).toBe('noodstop');
  });
});
