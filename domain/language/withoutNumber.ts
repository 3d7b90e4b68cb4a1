/**
 * "I don't have it", "ik heb die brief niet meer", "ich habe die Nummer nicht", "nie mam listu",
 * "nie znam numeru": asked for the CJIB number, the citizen has neither the number nor the letter.
 */
import { normalizeText } from './normalizeText';

const WITHOUT = [
  // ("Ik weet het niet" alone is not knowing where it is: the retry says where.)
  /\b(ik )?(heb|weet) (de brief|het nummer|dat nummer|die brief|mijn nummer|het cjib ?nummer)( \w+)? (niet|niet meer|kwijt)\b/,
  /\b(ik )?heb (hem|het|die|dat)( \w+)? (niet|niet meer)\b/,
  /\bik heb (geen|de) (brief|nummer|cjib ?nummer)( meer| niet meer)?\b/,
  /\b(brief|nummer) (is )?kwijt\b/,
  /\bi (dont|do not|no longer) (have|know|remember) (it|that|the letter|the number|my number|the cjib number|a letter|any letter)\b/,
  /\bi (have|ve got) no (letter|number)\b/,
  /\b(lost|threw away|thrown away) (the|my) (letter|number)\b/,
  /\bich (habe|hab|weiss|kenne) (sie|es|die nummer|den brief|das schreiben|keinen brief|keine nummer)( \w+)? (nicht|nicht mehr)\b/,
  /\bich habe (keinen brief|kein schreiben|keine nummer)\b/,
  /\bnie (mam|znam|pamietam) (go|jej|tego|listu|pisma|numeru)\b/,
];

export function hasNoNumber(text: string): boolean {
  const normal = normalizeText(text);
  return WITHOUT.some((cue) => cue.test(normal));
}
