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
  it.each(['eigenlijk wel', 'eigenlijk toch wel', 'doch, ich möchte sie', 'actually yes, I do want it', 'jednak tak, chcę to'])(
    '"%s" takes what was turned down after all',
    (text) => {
      expect(changesMindToYes(text)).toBe(true);
    },
  );
  it.each(['eigenlijk niet', 'ich möchte sie', 'eigenlijk wil ik betalen'])('"%s" is no second thought', (text) => {
    expect(changesMindToYes(text)).toBe(false);
  });
});
