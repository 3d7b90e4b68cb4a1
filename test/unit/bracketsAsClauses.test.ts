import { bracketsAsClauses } from '../../adapters/channels/speakable';

describe('bracketsAsClauses: what a voice says has no brackets', () => {
  it.each([
    ['Vraag een noodstop (emergency stop) aan.', 'Vraag een noodstop, emergency stop, aan.'],
    ['Contact debt help (schuldhulpverlening).', 'Contact debt help, schuldhulpverlening.'],
    [
      'Uw regeling (referentie BR, 2026, 0 0 0, 4 1 7) loopt.',
      'Uw regeling, referentie BR, 2026, 0 0 0, 4 1 7, loopt.',
    ],
    ['(Let op: dit geldt niet.) Verder niets.', 'Let op: dit geldt niet. Verder niets.'],
    ['Geen haakjes hier.', 'Geen haakjes hier.'],
    ['Złożył(a) wniosek.', 'Złożył(a) wniosek.'],
  ])('%s', (text, said) => {
    expect(bracketsAsClauses(text)).toBe(said);
  });
});
