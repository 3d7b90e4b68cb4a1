import { normalizeQuestion } from '../knowledge/normalizeQuestion';

/*
 * "Wat gebeurt er als ik een termijn vergeet?", "what if I forget a payment?", "Was passiert, wenn ich
 * eine Rate mal vergesse?", "co się stanie, jeśli zapomnę zapłacić raty?": asked while an arrangement
 * is on offer, about an instalment that may be missed later. DOMAIN.md §1.7 answers it (a reminder
 * with the statutory increase; a broken arrangement may be a ground to refuse the next one).
 */

/** "What if", "wat als", "was passiert, wenn", "co jeśli": a question about what would follow. */
const WHAT_IF =
  / (wat als|en als|wat gebeurt er als|wat gebeurt er wanneer|stel dat|wat nou als|wat dan als|what if|and if|what happens if|what happens when|what would happen if|suppose|was wenn|und wenn|was passiert wenn|was passiert falls|was ist wenn|was geschieht wenn|falls ich|co jesli|a jesli|co sie stanie jesli|co sie stanie gdy|co bedzie jesli|co bedzie gdy|co jak|a jak|a gdy|gdybym) /;

/** Missing one: forgetting, skipping, not paying (a month, an instalment). */
const MISSES =
  / (vergeet|vergeten|vergat|mis|mist|missen|overslaan|sla (\w+ ){0,3}over|niet (\w+ ){0,2}(betaal|betaald|betalen|overmaak)|forget|forgot|miss|missed|skip|dont pay|do not pay|didnt pay|cant pay one|vergesse|vergessen|vergess|verpasse|verpassen|verpasst|auslasse|auslassen|nicht (\w+ ){0,2}(zahle|bezahle|uberweise)|zapomne|zapomni\w*|zapomnial\w*|przegapie|przegapi\w*|pomine|pomin\w*|nie zaplace|nie wplace|nie splace|nie zaplacil\w*) /;

export function asksAboutMissingInstalment(question: string): boolean {
  const text = normalizeQuestion(question);
  return WHAT_IF.test(text) && MISSES.test(text);
}
