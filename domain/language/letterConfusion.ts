/**
 * "Ik snap de brief niet", "wat betekent deze brief?", "I don't understand the letter I got", "ich
 * verstehe den Brief nicht", "nie rozumiem tego pisma": the citizen has a letter and does not know
 * what it means or what to do. Not a lost letter, and not a misunderstanding of the assistant.
 */
import { normalizeText } from './normalizeText';

const LETTER = /\b(brief|brieven|letter|schreiben|pismo|pisma|pismie|list|listu)\b/;

const CONFUSED = [
  /\b(snap|begrijp|begrijpen|snappen) (\w+ ){0,6}niet\b/,
  /\b(niet|niks|niets) (van )?(snap|begrijp)\b/,
  /\bwat (betekent|bedoelen|wil|moet ik met)\b/,
  /\b(dont|do not|cant|cannot) (understand|make sense of|figure out)\b/,
  /\bwhat (does|do) .{0,30}(mean|want)\b/,
  /\bwhat (should|do|must) i do with\b/,
  /\b(verstehe|kapiere|begreife) (\w+ ){0,4}nicht\b/,
  /\bwas (bedeutet|heisst|soll|will)\b/,
  /\bnie (rozumiem|wiem co (znaczy|oznacza)|wiem co zrobic)\b/,
  /\bco (znaczy|oznacza|mam zrobic)\b/,
];

export function doesNotUnderstandLetter(text: string): boolean {
  const normal = normalizeText(text);
  return LETTER.test(normal) && CONFUSED.some((cue) => cue.test(normal));
}
