import { extractYesNo } from '../../domain/language/yesNo';

// A yes after a second thought, and "that's it" that ends the conversation (no yes to anything).
describe('extractYesNo: second thoughts and the end of a conversation', () => {
  it.each([
    'actually yes, send it',
    'actually yes',
    'jednak tak',
    'doch, ja',
    'Doch ja bitte',
    'klingt gut',
    'hört sich gut an',
    'toch wel',
    'toch ja',
    'ok then yes',
    'sounds great',
    'klinkt goed',
    'brzmi dobrze',
    "that's it",
  ])('"%s" is a yes', (text) => {
    expect(extractYesNo(text)).toBe(true);
  });

  it.each(['doch nicht', 'toch niet', 'jednak nie', 'actually no', 'dann doch lieber nicht'])('"%s" is a no', (text) => {
    expect(extractYesNo(text)).toBe(false);
  });

  it.each(["that's it, thanks", "that's all, thank you", "that's it for now, bye", 'nou ja', 'toch maar'])(
    '"%s" is neither',
    (text) => {
      expect(extractYesNo(text)).toBeUndefined();
    },
  );
});
