import { changesMindToYes } from '../../domain/handoff/secondThought';
import { extractYesNo, SECOND_THOUGHT_LEADS } from '../../domain/language/yesNo';

// One list of what opens a second thought, read by the yes/no and by the handoff alike.
describe('the leads of a second thought', () => {
  it.each(SECOND_THOUGHT_LEADS.flatMap((lead) => [`${lead}, ja graag`, `Ok ${lead} tak`]))(
    '"%s" takes the person turned down after all',
    (text) => {
      expect(changesMindToYes(text)).toBe(true);
    },
  );

  it.each(SECOND_THOUGHT_LEADS.filter((lead) => !lead.includes(' ')))(
    '"%s" before the answer is no part of it',
    (lead) => {
      expect(extractYesNo(`${lead} ja`)).toBe(true);
      expect(extractYesNo(`${lead} no`)).toBe(false);
      expect(extractYesNo(`ok ${lead} nie`)).toBe(false);
    },
  );

  it.each(SECOND_THOUGHT_LEADS)('"%s" on its own is no answer', (lead) => {
    expect(extractYesNo(lead)).toBeUndefined();
  });

  // "Dan", "dann" and "well" lead to an answer, but are no second thought after a person turned down.
  it.each(['dan ja', 'dann ja', 'well yes'])('"%s" is a yes, not a second thought', (text) => {
    expect(extractYesNo(text)).toBe(true);
    expect(changesMindToYes(text)).toBe(false);
  });
});
