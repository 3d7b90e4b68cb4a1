/**
 * A Polish weekday said after a preposition takes that preposition's case: "najpóźniej do wtorku,
 * 15 grudnia 2026", "we wtorek", "przed wtorkiem", "po wtorku". A spoken date starts with the weekday
 * in the nominative ("wtorek, 15 grudnia 2026"), which after "do" is wrong to a Polish ear. Pure.
 */

type Case = 'genitive' | 'accusative' | 'instrumental' | 'locative';

/** Per weekday (nominative) its forms: genitive, accusative, instrumental, locative. */
const FORMS: Record<string, Record<Case, string>> = {
  poniedziałek: {
    genitive: 'poniedziałku',
    accusative: 'poniedziałek',
    instrumental: 'poniedziałkiem',
    locative: 'poniedziałku',
  },
  wtorek: { genitive: 'wtorku', accusative: 'wtorek', instrumental: 'wtorkiem', locative: 'wtorku' },
  środa: { genitive: 'środy', accusative: 'środę', instrumental: 'środą', locative: 'środzie' },
  czwartek: {
    genitive: 'czwartku',
    accusative: 'czwartek',
    instrumental: 'czwartkiem',
    locative: 'czwartku',
  },
  piątek: { genitive: 'piątku', accusative: 'piątek', instrumental: 'piątkiem', locative: 'piątku' },
  sobota: { genitive: 'soboty', accusative: 'sobotę', instrumental: 'sobotą', locative: 'sobocie' },
  niedziela: {
    genitive: 'niedzieli',
    accusative: 'niedzielę',
    instrumental: 'niedzielą',
    locative: 'niedzieli',
  },
};

const CASE_OF: Record<string, Case> = {
  do: 'genitive',
  od: 'genitive',
  w: 'accusative',
  we: 'accusative',
  przed: 'instrumental',
  po: 'locative',
};

const AFTER_PREPOSITION = new RegExp(
  `(?<![\\p{L}])(do|od|w|we|przed|po)\\s+(${Object.keys(FORMS).join('|')})(?![\\p{L}])`,
  'giu',
);

export function weekdaysInCase(text: string): string {
  return text.replace(AFTER_PREPOSITION, (match, preposition: string, day: string) => {
    const form = FORMS[day.toLowerCase()]?.[CASE_OF[preposition.toLowerCase()]];
    if (!form) return match;
    // "w wtorek" is said "we wtorek".
    const before = day.toLowerCase() === 'wtorek' && preposition.toLowerCase() === 'w' ? 'we' : preposition;
    return `${before} ${form}`;
  });
}
