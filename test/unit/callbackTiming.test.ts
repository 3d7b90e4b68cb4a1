import { asksWhenStaffCall } from '../../domain/handoff/callbackTiming';

describe('asksWhenStaffCall', () => {
  it.each([
    'hoe lang duurt het voordat jullie bellen?',
    'Wanneer bellen jullie?',
    'when will you call me?',
    'How soon will someone ring me',
    'Wann rufen Sie mich an?',
    'Um wie viel Uhr werde ich angerufen?',
    'Kiedy zadzwonicie?',
    'o której ktoś oddzwoni?',
    'Wanneer belt u mij terug?',
    'When will you call me back?',
    'Wann rufen Sie mich zurück?',
    'Kiedy do mnie oddzwonicie?',
  ])('hears "%s"', (text) => {
    expect(asksWhenStaffCall(text)).toBe(true);
  });

  it.each(['06 12345678', 'bel me maar op 0612345678', 'when do I have to pay?', 'Wie kann ich zahlen?', 'rano', ''])(
    'leaves "%s" alone',
    (text) => {
      expect(asksWhenStaffCall(text)).toBe(false);
    },
  );
});
