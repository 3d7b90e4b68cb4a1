/** The CJIB number: 16 digits on every letter (older court cases: 9 digits). */
import { type DigitRun, digitRuns } from './spokenDigits';
import { foldDiacritics } from './normalizeText';

const LENGTH = 16;
const LEGACY_LENGTH = 9;

/** Words that make a 9-digit number a CJIB number rather than, say, a BSN. */
const LEGACY_CONTEXT =
  /\b(cjib|kenmerk|beschikking|zaaknummer|dossier|referen|reference|aktenzeichen|sygnatur)/;

/** The shortest neighbouring number taken for one of its own (a postcode's 4 digits, a phone number). */
const NEIGHBOUR_MIN = 4;

/**
 * A run of digits longer than 16 can hold the number plus a neighbouring number typed after it
 * ("1062 5421 5704 7959 1234 AB"): take 16 digits that start and end on token boundaries. A short
 * group beside them ("9698 9486 1458 0658 12") is more likely digits too many, which the citizen is
 * told (the count), than a number of its own.
 */
function sixteenIn(run: DigitRun): string | undefined {
  if (run.digits.length === LENGTH) return run.digits;
  if (run.digits.length < LENGTH) return undefined;
  for (let from = 0; from < run.parts.length; from++) {
    let acc = '';
    let to = from;
    for (; to < run.parts.length && acc.length < LENGTH; to++) acc += run.parts[to];
    const rest = [...run.parts.slice(0, from), ...run.parts.slice(to)];
    if (acc.length === LENGTH && rest.every((part) => part.length >= NEIGHBOUR_MIN)) return acc;
  }
  return undefined;
}

/** "9698, 9486, 1458, 0658": the recogniser's pauses between the four groups of the number. */
const GROUPS_WITH_PAUSES = /(?<![\d,])(\d{4}),\s*(\d{4}),\s*(\d{4}),\s*(\d{4})(?![\d,])/;

/** "… sorry, I mean …", "nee, ik bedoel …", "ich meine …", "chodzi mi o …": the number after it replaces the one before. */
const CORRECTION =
  /\b(i mean|i meant|sorry|correction|ik bedoel|bedoel ik|nee|oeps|ich meine|meinte|korrektur|chodzi mi o|przepraszam|poprawka)\b/;

export function extractCjibNumber(text: string, runs: DigitRun[] = digitRuns(text)): string | undefined {
  const numbers = runs.map(sixteenIn).filter((n) => n !== undefined);
  // Two numbers with a correction between them: the corrected one. Otherwise the first (a letter's own).
  if (numbers.length > 1 && numbers[0] !== numbers.at(-1) && CORRECTION.test(foldDiacritics(text)))
    return numbers.at(-1);
  if (numbers.length) return numbers[0];
  const groups = text.includes(',') ? GROUPS_WITH_PAUSES.exec(text) : null;
  if (groups) return groups.slice(1).join('');
  if (LEGACY_CONTEXT.test(foldDiacritics(text))) {
    const legacy = runs.find((r) => r.digits.length === LEGACY_LENGTH);
    if (legacy) return legacy.digits;
  }
  return undefined;
}
