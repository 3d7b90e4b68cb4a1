import { normalizeSpokenInput } from '../../adapters/channels/spokenInput';
import { withoutHesitations } from '../../domain/language/hesitation';

describe('what a caller says while thinking', () => {
  it.each([
    [
      'negen zes negen acht eh negen vier acht zes uhm een vier vijf acht nul zes vijf acht',
      '9698948614580658',
    ],
    [
      'Negen zes negen acht. Eh. Negen vier acht zes. Uhm, een vier vijf acht, nul zes vijf acht.',
      '9698948614580658',
    ],
    [
      'negen zes negen acht, wacht even, negen vier acht zes een vier vijf acht nul zes vijf acht',
      '9698948614580658',
    ],
    ['nine six nine eight, hold on, nine four eight six', '96989486'],
    ['äh null fünf vier drei, ähm, sieben neun drei null, Moment, fünf acht eins fünf', '054379305815'],
    ['yyy dwa trzy cztery dwa, chwileczkę, jeden cztery', '234214'],
    // Not the letters E and H of a postcode.
    ['acht negen een een eh a b', '8911 a b'],
    ['one four five eight oh six', '145806'],
    ['Oh, nine six nine eight nine four eight six one four five eight oh six five eight', '9698948614580658'],
    ['oh six one two three four five six seven eight', '0612345678'],
  ])('"%s" → %s', (text, normal) => {
    expect(normalizeSpokenInput(text)).toBe(normal);
  });

  it('keeps what is part of the answer', () => {
    // Capitals: the letters of a postcode.
    expect(withoutHesitations('8911 EH')).toBe('8911 EH');
    // "wacht even" on its own asks to wait; "um" is German, "er" Dutch.
    expect(withoutHesitations('wacht even')).toBe('wacht even');
    expect(withoutHesitations('eh wacht even')).toBe('wacht even');
    expect(withoutHesitations('es geht um meine Strafe')).toBe('es geht um meine Strafe');
    expect(withoutHesitations('er is iets mis')).toBe('er is iets mis');
    expect(withoutHesitations('ehm')).toBe('ehm');
    expect(withoutHesitations('ik wil een moment nadenken')).toBe('ik wil een moment nadenken');
  });
});
