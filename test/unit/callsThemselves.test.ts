import { willCallThemselves } from '../../domain/handoff/callsThemselves';

describe('willCallThemselves: the citizen will phone the CJIB, a no to a call back', () => {
  it.each([
    'ok dan bel ik morgen wel',
    'ik bel zelf wel',
    'nee ik bel jullie morgen',
    'ik neem zelf wel contact op',
    'I will call you myself',
    "I'll just ring them tomorrow",
    'dann rufe ich morgen selbst an',
    'ich melde mich morgen',
    'sam zadzwonię jutro',
    'dobrze, zadzwonię później',
  ])('"%s"', (said) => expect(willCallThemselves(said)).toBe(true));

  it.each([
    'ja bel me maar terug',
    'bel me terug',
    'ik wil dat u mij belt',
    'ik bel met mijn mobiel',
    'yes please call me',
    'call me back tomorrow',
    'ja bitte rufen Sie mich an',
    'tak proszę oddzwonić',
    'zadzwońcie do mnie',
  ])('not "%s" (a call back asked for, or no one calling)', (said) =>
    expect(willCallThemselves(said)).toBe(false),
  );
});
