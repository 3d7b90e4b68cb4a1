import { directAnswer } from '../../domain/knowledge/directAnswer';
import { durationAnswer } from '../../domain/knowledge/durationFollowUp';
import { followUpKind, followUpTopic, refersBack } from '../../domain/knowledge/followUpTopic';

describe('"how long does that take?" after an answer', () => {
  it.each([
    'hoe lang duurt dat?',
    'hoelang duurt dat',
    'en hoe lang duurt het ongeveer?',
    'duurt dat lang?',
    'hoe lang?',
    'how long does that take?',
    'and how long will it take',
    'how long?',
    'does that take long?',
    'wie lange dauert das?',
    'und wie lange dauert es ungefähr?',
    'dauert das lange?',
    'jak długo to trwa?',
    'jak długo to potrwa?',
    'ile to potrwa?',
  ])('"%s" asks how long, and leans on the answer just given', (text) => {
    expect(followUpKind(text)).toBe('duration');
    expect(refersBack(text)).toBe(true);
  });

  it.each(['hoe lang heb ik daarvoor?', 'how long do I have?', 'hoe lang moet ik wachten?'])(
    '"%s" is another follow-up (the time limit, the wait)',
    (text) => expect(followUpKind(text)).not.toBe('duration'),
  );

  it('after the appeal: the officier’s decision time (up to 16 weeks), in short', () => {
    expect(followUpTopic('objection', 'hoe lang duurt dat?')).toBe('objection');
    expect(directAnswer('objection', 'hoelang duurt dat')).toBe('objectionDuration');
    expect(directAnswer('appeal_and_instalments', 'how long does that take?')).toBe('objectionDuration');
    expect(followUpTopic('appeal_and_instalments', 'how long does that take?')).toBe(
      'appeal_and_instalments',
    );
  });

  it('after other answers whose duration DOMAIN.md states: that duration', () => {
    // The noodstop: 4 months, 8 more with debt help, in short (not its whole answer again).
    expect(followUpTopic('noodstop', 'hoe lang duurt dat?')).toBe('noodstop');
    expect(directAnswer('noodstop', 'hoe lang duurt dat?')).toBe('noodstopDuration');
    expect(directAnswer('victim_compensation', 'jak długo to potrwa?')).toBe('compensationAdvanceWait');
    expect(directAnswer('enforcement', 'wie lange dauert das?')).toBe('enforcementDuration');
    expect(followUpTopic('instalment_terms', 'hoe lang duurt dat?')).toBe('instalment_terms');
  });

  it('where no duration is known: the honest answer, not a neighbouring topic', () => {
    expect(followUpTopic('how_to_pay', 'hoe lang duurt dat?')).toBe('beyond_knowledge');
    expect(followUpTopic('court_of_appeal', 'how long does that take?')).toBe('beyond_knowledge');
    expect(durationAnswer('how_to_pay', 'duration')).toBeUndefined();
  });

  it('waiting counts only where a decision or a payment is awaited', () => {
    expect(durationAnswer('objection', 'wait')).toBe('objectionDuration');
    expect(durationAnswer('enforcement', 'wait')).toBeUndefined();
  });
});
