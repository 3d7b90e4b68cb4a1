import { normalizeQuestion } from '../knowledge/normalizeQuestion';

/**
 * Agreeing to a proposed schedule or request in words the yes/no reading does not know:
 * "einverstanden", "passt", "klingt gut", "zgoda", "w porządku", "brzmi dobrze", "akkoord",
 * "prima", "sounds good", "agreed", "deal". "Nicht einverstanden", "not fine" do not agree.
 */
const AGREE =
  / (einverstanden|passt|passt so|klingt gut|in ordnung|geht klar|machen wir|zgoda|zgadzam sie|w porzadku|brzmi dobrze|pasuje|dobrze|akkoord|prima|klinkt goed|is goed|doe maar|sounds good|agreed|i agree|deal|fine by me|thats fine|that is fine|works for me|go ahead|lets do it|do it|(fine|alright|all right|sure|right|ok|okay|goed|oke|prima|gut|also gut|na gut|dobra|no dobra|niech bedzie) (then |dan |dann )?(yes|yeah|yep|ja|tak)) /;
const NEGATED = / (nicht|kein\w*|nie|niet|not|dont|no) /;

/** Agreement is said briefly; a question or a longer message ("czy dobrze rozumiem, że …?") is something else. */
const MAX_WORDS = 6;

export function agrees(answer: string): boolean {
  const text = normalizeQuestion(answer);
  if (answer.includes('?') || text.trim().split(' ').length > MAX_WORDS) return false;
  return AGREE.test(text) && !NEGATED.test(text);
}

/** "Not yet", "noch nicht", "jeszcze nie", "nog niet": nothing now. */
const NOT_YET = / (not yet|noch nicht|jeszcze nie|nog niet|nie teraz|nicht jetzt|not now|niet nu) /;

export function notYet(answer: string): boolean {
  return NOT_YET.test(normalizeQuestion(answer));
}
