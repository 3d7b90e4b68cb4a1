/**
 * "I don't have it", "ik heb die brief niet meer", "ich habe die Nummer nicht", "nie mam listu",
 * "nie znam numeru": asked for the CJIB number, the citizen has neither the number nor the letter.
 */
import { normalizeText } from './normalizeText';

const WITHOUT = [
  // ("Ik weet het niet" alone is not knowing where it is: the retry says where.)
  /\b(ik )?(heb|weet) (de brief|het nummer|dat nummer|die brief|mijn nummer|het cjib ?nummer)( \w+)? (niet|niet meer|kwijt)\b/,
  /\b(ik )?heb (hem|het|die|dat)( \w+)? (niet|niet meer)\b/,
  // ("Ik heb de brief hier" has it: only "geen", or "de … niet".)
  /\bik heb geen (brief|nummer|cjib ?nummer)( meer)?\b/,
  /\bik heb de (brief|nummer|cjib ?nummer) niet( meer)?\b/,
  /\b(brief|nummer) (is )?kwijt\b/,
  /\bi (dont|do not|no longer) (have|know|remember) (it|that|the letter|the number|my number|the cjib number|a letter|any letter)\b/,
  /\bi (have|ve got) no (letter|number)\b/,
  /\b(lost|threw away|thrown away) (the|my) (letter|number)\b/,
  /\bich (habe|hab|weiss|kenne) (sie|es|die nummer|den brief|das schreiben|keinen brief|keine nummer)( \w+)? (nicht|nicht mehr)\b/,
  /\bich habe (keinen brief|kein schreiben|keine nummer)\b/,
  /\bnie (mam|znam|pamietam) (go|jej|tego|listu|pisma|numeru)\b/,
  // "Ik kan de brief niet vinden", "brief weggegooid", "ik heb geen brief gekregen": no letter at hand either.
  /\b(kan|kun) (de|die|mijn|het|dat) (brief|nummer|cjib ?nummer) niet (vinden|terugvinden)\b/,
  /\b(brief|nummer) (is )?(weg|zoek|kwijtgeraakt|verloren|weggegooid)\b/,
  /\b(de|die|mijn|het) (brief|nummer) (verloren|kwijtgeraakt|weggegooid|vergeten)\b/,
  /\bgeen (brief|nummer) (gekregen|ontvangen|gehad)\b/,
  /\b(weggegooid|weggeworfen|thrown it away|threw it away)\b/,
  /\bi (cant|cannot|can not) find (the|my|that) (letter|number|cjib number)\b/,
  /\b(lost|misplaced|threw away|thrown away) (it|the letter|my letter|the number|that letter)\b/,
  /\b(never|didnt|did not) (get|receive|got) (a|the|any) letter\b/,
  /\bich finde (den brief|die nummer|das schreiben|ihn|sie) nicht\b/,
  /\b(brief|schreiben|nummer) (verloren|weggeworfen|verlegt)\b/,
  /\bkeinen brief (bekommen|erhalten|gekriegt)\b/,
  /\b(habe|hab) (den brief|das schreiben|ihn|es) nicht (dabei|hier|zur hand)\b/,
  /\b(zgubil\w*|wyrzucil\w*|zapodzial\w*) (list|pismo|numer|go|je)\b/,
  /\bnie (moge|moze|umiem) (znalezc|odnalezc) (listu|pisma|numeru)\b/,
  /\bnie (dostal\w*|otrzymal\w*) (zadnego )?(listu|pisma)\b/,
  /\bnie mam (przy sobie )?(listu|pisma|numeru)\b/,
];

export function hasNoNumber(text: string): boolean {
  const normal = normalizeText(text);
  return WITHOUT.some((cue) => cue.test(normal));
}
