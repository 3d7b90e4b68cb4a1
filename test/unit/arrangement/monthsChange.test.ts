import { monthsChangedTo } from '../../../domain/arrangement/monthsChange';

describe('monthsChangedTo: another number of months asked for after agreeing to the schedule', () => {
  it.each([
    ['nee wacht, 6 maanden graag', 6],
    ['ik wil toch liever 12 maanden', 12],
    ['eigenlijk in zes maanden', 6],
    ['12 maanden', 12],
    ['actually, 6 months please', 6],
    ['make it 12 months instead', 12],
    ["I'd rather do it over nine months", 9],
    ['doch lieber 6 Monate', 6],
    ['lieber in 12 Raten bitte', 12],
    ['jednak 6 miesięcy', 6],
    ['wolę jednak na 12 miesięcy', 12],
    ['jednak 6 miesięcy?', 6],
  ])('"%s" → %d', (message, months) => {
    expect(monthsChangedTo(message)).toBe(months);
  });

  it.each([
    // A question about the months is answered at the question asked, not a change.
    'kan het ook in 6 maanden?',
    'how many months can I get?',
    // An amount of one's own, or something else with months in it.
    '6 maanden van 50 euro',
    'I can pay 50 euro a month for 6 months',
    'ik ben over 2 maanden weer in nederland en dan betaal ik',
    // When to start, not how long.
    'ik wil pas over 2 maanden beginnen',
    'can I start in 3 months please',
    'jan@example.nl',
    'ja',
  ])('"%s" is no change of months', (message) => {
    expect(monthsChangedTo(message)).toBeUndefined();
  });
});
