/**
 * What a caller says while thinking, which a speech recogniser writes down: sounds ("eh", "uhm",
 * "äh", "yyy") anywhere, and "wacht even", "hold on", "Moment", "chwileczkę" in the middle of a
 * number they are reading out. None of it is part of the answer.
 */
import { spokenNumberWord } from './numberInPairs';
import { foldDiacritics } from './normalizeText';
import { repeatTimes, weakDigit } from './spokenDigits';

/**
 * Hesitation sounds, folded ("äh" → "ah"). Not "ee" (the letter E of a postcode), "er" (Dutch
 * "there") or "um" (German "about").
 */
const HESITATIONS = new Set([
  'eh',
  'ehh',
  'ehm',
  'ehmm',
  'euh',
  'euhm',
  'uh',
  'uhh',
  'uhm',
  'uhmm',
  'umm',
  'hm',
  'hmm',
  'hmmm',
  'mm',
  'mmm',
  'ah',
  'ahm',
  'oeh',
  'oh',
  'oehm',
  'eee',
  'eeh',
  'yyy',
  'yy',
  'yhm',
  'erm',
]);

/** Said to gain time while reading a number out; dropped only between parts of a number. */
const PAUSES = [
  'wacht even',
  'wacht eens',
  'even kijken',
  'even zien',
  'een momentje',
  'momentje',
  'een moment',
  'moment',
  'wait',
  'wait a second',
  'hold on',
  'one moment',
  'let me see',
  'one second',
  'just a second',
  'moment mal',
  'warten sie',
  'warte mal',
  'augenblick',
  'einen augenblick',
  'sekunde',
  'ich schaue mal',
  'chwila',
  'chwileczke',
  'sekunde',
  'sekundke',
  'zaraz',
  'moment prosze',
]
  .map((p) => p.split(' '))
  .sort((a, b) => b.length - a.length);
/** The pauses by their first word, longest first. */
const PAUSES_BY_FIRST = new Map<string, string[][]>();
for (const pause of PAUSES) PAUSES_BY_FIRST.set(pause[0], [...(PAUSES_BY_FIRST.get(pause[0]) ?? []), pause]);

const EDGE_PUNCTUATION = /^[^\p{L}\d]+|[^\p{L}\d]+$/gu;
/** Written in capitals: "EH" may be the letters of a postcode. */
const CAPITALS = /^\p{Lu}{2,}[.,;:!?]*$/u;
const DIGITS = /^\d+$/;
const PAUSE_AFTER = /[,.!?]$/;
const ONE_LETTER = /^\p{L}$/u;

/** Whether a folded word is a hesitation sound. */
export function isHesitation(word: string): boolean {
  return HESITATIONS.has(word);
}

function isNumberPart(core: string | undefined): boolean {
  if (core === undefined) return false;
  return DIGITS.test(core) || !!spokenNumberWord(core) || !!weakDigit(core) || !!repeatTimes(core);
}

/**
 * The text without hesitations, and without pauses said between parts of a number: "negen zes,
 * eh, negen acht" → "negen zes, negen acht"; "acht negen een een eh a b" → "acht negen een een a
 * b". A hesitation written in capitals ("EH") may be postcode letters and stays; so does a text
 * that is nothing but hesitation.
 */
export function withoutHesitations(text: string): string {
  const raw = text.split(/\s+/).filter(Boolean);
  const cores = raw.map((w) => foldDiacritics(w).replace(EDGE_PUNCTUATION, ''));
  if (!cores.some((c) => HESITATIONS.has(c) || PAUSES_BY_FIRST.has(c))) return text;
  const keep = raw.map(() => true);
  cores.forEach((core, i) => {
    if (!HESITATIONS.has(core) || CAPITALS.test(raw[i])) return;
    // "oh" next to digits is a zero ("one four oh six"), but not "Oh, nine six …": a sigh before a pause.
    const sigh = i === 0 && PAUSE_AFTER.test(raw[i]);
    if (core === 'oh' && !sigh && (isNumberPart(cores[i - 1]) || isNumberPart(cores[i + 1]))) return;
    keep[i] = false;
  });
  for (let i = 0; i < cores.length; i++) {
    const pause = PAUSES_BY_FIRST.get(cores[i])?.find((p) => p.every((w, k) => cores[i + k] === w));
    if (!pause) continue;
    let before = i - 1;
    while (before >= 0 && !keep[before]) before--;
    let after = i + pause.length;
    while (after < cores.length && !keep[after]) after++;
    if (isNumberPart(cores[before]) && (isNumberPart(cores[after]) || ONE_LETTER.test(cores[after] ?? ''))) {
      for (let k = i; k < i + pause.length; k++) keep[k] = false;
      i += pause.length - 1;
    }
  }
  const kept = raw.filter((_, i) => keep[i]);
  return kept.length ? kept.join(' ') : text;
}
