/**
 * "Ik snap de brief niet", "wat betekent deze brief?", "I don't understand the letter I got", "ich
 * verstehe den Brief nicht", "nie rozumiem tego pisma": the citizen has a letter and does not know
 * what it means or what to do. Not a lost letter, and not a misunderstanding of the assistant.
 */
import { normalizeText } from './normalizeText';

const LETTER = '(brief|letter|schreiben|pismo|pisma|pismie|list|listu)';
const THE =
  '(deze|die|de|dit|mijn|het|een|this|the|my|that|a|dieser|diesen|der|den|dem|dieses|das|mein|meinen|ein|einen|to|tego|ten|te|tym|moje|mojego)';

/** What was received: the letter, or the fine or reminder it brought. */
const RECEIVED =
  '(brief|letter|schreiben|pismo|pisma|pismie|list|listu|boete|aanmaning|bekeuring|fine|ticket|reminder|bussgeld|strafzettel|mahnung|mandat|upomnienie)';

/** "Ik snap (de) brief niet", "I don't understand the letter", "wat betekent deze brief?" */
const CONFUSED = [
  new RegExp(`\\b(snap|begrijp) (ik )?(\\w+ ){0,3}${LETTER}( \\w+){0,4} niet\\b`),
  new RegExp(`\\b(snap|begrijp) (ik )?niet wat ik (moet )?(doen )?met ${THE} ${LETTER}\\b`),
  new RegExp(`\\b(snap|begrijp) (ik )?(niks|niets) van ${THE} ${LETTER}\\b`),
  new RegExp(`\\bwat (betekent|bedoelen ze met|wil|moet ik (doen )?met) ${THE} ${LETTER}\\b`),
  new RegExp(`\\b(dont|do not|cant|cannot) (understand|make sense of|figure out) ${THE} ${LETTER}\\b`),
  new RegExp(`\\bwhat (does|do) ${THE} ${LETTER} (mean|say|want)\\b`),
  new RegExp(`\\bwhat (should|do|must) i do with ${THE} ${LETTER}\\b`),
  new RegExp(`\\b(verstehe|kapiere|begreife) ${THE} ${LETTER} nicht\\b`),
  new RegExp(`\\bwas (bedeutet|heisst|will) ${THE} ${LETTER}\\b`),
  new RegExp(`\\bwas (soll|muss) ich mit ${THE} ${LETTER}\\b`),
  new RegExp(`\\bnie rozumiem (\\w+ ){0,2}${LETTER}\\b`),
  new RegExp(`\\bco (znaczy|oznacza) ${THE} ${LETTER}\\b`),
  // "Ik heb een brief gehad maar ik snap er niks van", "ik heb een boete gekregen en ik snap het niet":
  // the letter (or the fine in it) was received, and it is not understood.
  new RegExp(
    `\\b${RECEIVED}\\b.*\\b((snap|begrijp) (ik )?(er|der|daar|hem|het) (helemaal )?(niks|niets|nix|geen bal|niet)( van)?|i (dont|do not|cant|cannot) understand (it|any of it|a thing|anything)|(verstehe|kapiere) ((ihn|es|das) nicht|nichts|gar nichts|kein wort)|nic (z (tego|niego) )?nie rozumiem|nie rozumiem (go|tego|nic))\\b`,
  ),
];

/** "Wat betekent de letter M op mijn brief?" is the letter code, not the letter as a whole. */
const LETTER_CODE =
  /\b(letter|buchstabe|buchstaben|litera|code) [a-z]( (op|on|auf|na|in|mean|betekent|bedeutet|oznacza|znaczy)\b|$)/;

/** A story with more in it ("… ich war nicht der Fahrer, was soll ich tun?") is answered for what it asks. */
const MAX_WORDS = 14;

export function doesNotUnderstandLetter(text: string): boolean {
  const normal = normalizeText(text);
  if (normal.split(' ').length > MAX_WORDS || LETTER_CODE.test(normal)) return false;
  return CONFUSED.some((cue) => cue.test(normal));
}
