import { normalizeText } from '../language/normalizeText';

/**
 * "En op zaterdag?", "and on Sunday?", "am Wochenende auch?", "a w sobotę?" right after the opening
 * hours or the contact answer: the weekdays asked about (0 = Sunday), or undefined. Only a short
 * message: a longer one names a question of its own.
 */
const DAYS: [RegExp, number[]][] = [
  [/\b(zondag|zondags|sunday|sundays|sonntag|sonntags|niedziel\w*)\b/, [0]],
  [/\b(maandag|monday|montag|poniedzial\w*)\b/, [1]],
  [/\b(dinsdag|tuesday|dienstag|wtor\w*)\b/, [2]],
  [/\b(woensdag|wednesday|mittwoch|srod\w*|sroda)\b/, [3]],
  [/\b(donderdag|thursday|donnerstag|czwart\w*)\b/, [4]],
  [/\b(vrijdag|friday|freitag|piat\w*)\b/, [5]],
  [/\b(zaterdag|zaterdags|saturday|saturdays|samstag|samstags|sonnabend|sobot\w*)\b/, [6]],
  [/\b(weekend|weekends|het weekend|wochenende|weekendy)\b/, [6, 0]],
  [/\b(feestdag\w*|holiday\w*|feiertag\w*|swiet\w*)\b/, []],
];

const MAX_WORDS = 7;

export function daysAsked(text: string): number[] | undefined {
  const normal = normalizeText(text);
  if (normal.split(' ').length > MAX_WORDS) return undefined;
  const found = DAYS.filter(([cue]) => cue.test(normal));
  if (found.length === 0) return undefined;
  return [...new Set(found.flatMap(([, days]) => days))];
}
