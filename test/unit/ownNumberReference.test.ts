import { refersToOwnNumber } from '../../domain/language/ownNumberReference';

describe('the caller’s own number, named', () => {
  it.each([
    'dit nummer',
    'bel maar naar dit nummer',
    'het nummer waarmee ik bel',
    'this number',
    "the number I'm calling from",
    'diese Nummer bitte',
    'ten numer',
    'na numer z którego dzwonię',
  ])('"%s"', (text) => {
    expect(refersToOwnNumber(text)).toBe(true);
  });

  it.each(['0612345678', 'welk nummer bedoelt u?', 'my CJIB number', 'ik weet mijn nummer niet'])(
    'not "%s"',
    (text) => {
      expect(refersToOwnNumber(text)).toBe(false);
    },
  );
});
