import { changesMindToYes } from '../../domain/handoff/secondThought';

describe('changesMindToYes', () => {
  it.each(['toch wel', 'Hmm, toch maar graag', 'actually yes', 'on second thought', 'Doch!', 'doch lieber', 'jednak tak'])(
    '"%s" is a second thought',
    (text) => {
      expect(changesMindToYes(text)).toBe(true);
    },
  );
  it.each(['nee', 'actually I want to pay', 'toch niet', 'doch nicht', 'jednak nie', ''])('"%s" is not', (text) => {
    expect(changesMindToYes(text)).toBe(false);
  });
});
