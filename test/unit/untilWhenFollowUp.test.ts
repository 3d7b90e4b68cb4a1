import { directAnswer } from '../../domain/knowledge/directAnswer';
import { followUpKind } from '../../domain/knowledge/followUpTopic';

describe('"until when" as a follow-up on the answer just given', () => {
  it.each([
    'tot wanneer kan dat?',
    'Tot wanneer kan ik dat doen?',
    'tot wanneer?',
    'wat is de termijn daarvoor?',
    'until when can I do that?',
    'by when?',
    "what's the deadline?",
    'bis wann geht das?',
    'bis wann kann ich das machen?',
    'gibt es eine Frist?',
    'do kiedy?',
    'do kiedy mogę to zrobić?',
    'jaki jest termin?',
  ])('"%s" asks the deadline: after the appeal, its 6 weeks', (text) => {
    expect(followUpKind(text)).toBe('deadline');
    expect(directAnswer('objection', text)).toBe('objectionDeadline');
  });

  it.each([
    'tot wanneer moet ik betalen?',
    'until when do I have to pay the fine?',
    'bis wann muss ich zahlen?',
  ])('"%s" names paying: no follow-up on the appeal', (text) => {
    expect(directAnswer('objection', text)).toBeUndefined();
  });
});
