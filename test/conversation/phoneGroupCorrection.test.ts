/**
 * The CJIB number is read back in groups of four, so callers correct a group as they heard it:
 * "nee, de derde groep is een vier vijf acht", "no, the third group is one four five eight", "die
 * dritte Gruppe ist …", "trzecia grupa to …". That group is changed in the number heard, read back,
 * and the postcode asked next, instead of all sixteen digits asked again. At "is the number right?"
 * four digits alone, one off one group ("nee, het was toch 9486"), correct that group.
 */
import { useStaffedApp } from '../support/appForTests';
import { heardSentences as heard } from '../support/replyText';

/** D01's number (…1458 0658) said with 1459 as its third group: the check digit fails, so it is read back. */
const CASES: [string, string, string, string, RegExp][] = [
  [
    'nl-NL',
    'boete opzoeken',
    'negen zes negen acht, negen vier acht zes, een vier vijf negen, nul zes vijf acht',
    'nee, de derde groep is een vier vijf acht',
    /postcode/,
  ],
  [
    'en-GB',
    'look up my fine',
    'nine six nine eight, nine four eight six, one four five nine, zero six five eight',
    'no, the third group is one four five eight',
    /postcode/,
  ],
  [
    'de-DE',
    'Bußgeld nachsehen',
    'neun sechs neun acht, neun vier acht sechs, eins vier fünf neun, null sechs fünf acht',
    'nein, die dritte Gruppe ist eins vier fünf acht',
    /Postleitzahl/,
  ],
  [
    'pl-PL',
    'sprawdzić mój mandat',
    'dziewięć sześć dziewięć osiem, dziewięć cztery osiem sześć, jeden cztery pięć dziewięć, zero sześć pięć osiem',
    'nie, trzecia grupa to jeden cztery pięć osiem',
    /kod pocztowy/,
  ],
];

describe('a group of four of the CJIB number corrected on the phone', () => {
  const assistant = useStaffedApp();

  it.each(CASES)(
    '%s: after "%s", a wrong third group corrected as a group',
    async (locale, ask, number, fix, next) => {
      const c = await assistant.open({ channelId: 'telephony', locale });
      await c.say(ask);
      expect(heard(await c.say(number))).toContain('1 4 5 9');
      const corrected = heard(await c.say(fix));
      expect(corrected).toContain('9 6 9 8, 9 4 8 6, 1 4 5 8, 0 6 5 8');
      expect(corrected).toMatch(next);
    },
  );

  it.each([
    ['nl-NL', 'nee, de tweede groep is 9487', 'nee sorry het was toch 9486', /postcode/],
    ['en-GB', 'no, the second group is 9487', "sorry no, it's nine four eight six after all", /postcode/],
    [
      'de-DE',
      'nein, die zweite Gruppe ist 9487',
      'Entschuldigung, doch neun vier acht sechs',
      /Postleitzahl/,
    ],
    ['pl-PL', 'nie, druga grupa to 9487', 'przepraszam, jednak dziewięć cztery osiem sześć', /kod pocztowy/],
  ])(
    '%s: a group taken back ("het was toch 9486") at "is the number right?" corrects that group again',
    async (locale, wrong, back, next) => {
      const c = await assistant.open({ channelId: 'telephony', locale });
      await c.say(CASES.find(([l]) => l === locale)![1]);
      await c.say('9698 9486 1458 0658');
      expect(heard(await c.say(wrong))).toContain('9 4 8 7');
      const corrected = heard(await c.say(back));
      expect(corrected).toContain('9 6 9 8, 9 4 8 6, 1 4 5 8, 0 6 5 8');
      expect(corrected).toMatch(next);
    },
  );
});
