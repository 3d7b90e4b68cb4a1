import { normalizeText } from './normalizeText';

/*
 * "Ik heb mijn CJIB-nummer niet bij de hand", "I don't have the number on me", "ich habe die Nummer
 * nicht zur Hand", "nie mam numeru pod ręką": the letter exists but is not here now. Unlike a lost
 * letter (withoutNumber.ts), the number can still come: the question stays open, with where the
 * number is and the ways without it.
 */
const AT_HAND = [
  /\bniet (bij de hand|bij me|bij mij|hier|in de buurt|paraat|bij de hand hebben)\b/,
  /\b(not|dont have it|don t have it) (to hand|at hand|on me|with me|handy|nearby|here)\b/,
  /\b(dont|do not|don t) have (it|the letter|the number|my number|the cjib number|my letter) (on me|with me|to hand|at hand|handy|here)\b/,
  /\bnicht (zur hand|griffbereit|dabei|bei mir|hier)\b/,
  /\b(pod reka|przy sobie|pod reke)\b/,
];
/** About the letter or its number (not "ik heb geen geld bij de hand"). */
const NUMBER =
  /\b(nummer|cjib|brief|number|letter|it|nummer|brief|schreiben|numer\w*|list\w*|pism\w*|het|hem|die|dat|ihn|sie|es|go|jej)\b/;

export function numberNotAtHand(text: string): boolean {
  const normal = normalizeText(text);
  return AT_HAND.some((cue) => cue.test(normal)) && NUMBER.test(normal);
}
