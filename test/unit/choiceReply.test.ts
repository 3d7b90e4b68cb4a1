import { pickChoice } from '../../dialogs/choiceReply';

const PARTS = [
  { value: 'morning', title: "'s Ochtends (8.00-12.00 uur)" },
  { value: 'afternoon', title: "'s Middags (12.00-17.00 uur)" },
];

describe('which offered choice a reply picks', () => {
  it.each([
    ["'s Ochtends (8.00-12.00 uur)", 'morning'],
    ["'s middags (12.00-17.00 uur)", 'afternoon'],
    ['1', 'morning'],
    ['2.', 'afternoon'],
    ['2)', 'afternoon'],
    ['afternoon', 'afternoon'],
  ])('"%s" picks %s', (said, value) => {
    expect(pickChoice(said, PARTS)?.value).toBe(value);
  });

  it.each(['3', '0', 'ochtend', ''])('"%s" picks no choice', (said) => {
    expect(pickChoice(said, PARTS)).toBeUndefined();
  });
});
