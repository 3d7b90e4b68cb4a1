/**
 * "Hoe lang duurt dat?", "How long does this take?", "Wie lange dauert das?", "Jak długo to potrwa?":
 * how long what is being done takes. Not "how long do I have to pay" (the payment deadline).
 */
import { normalizeText } from './normalizeText';

const HOW_LONG =
  /^(en |and |und |a )?(hoe ?lang (duurt|gaat) (dat|het|dit)( nog| ongeveer)?( duren)?|duurt (dat|het) lang|how long (does|will|is) (that|this|it)( going to)? (take|last|be)|does (that|this|it) take long|wie lange (dauert|braucht|geht) (das|es)( ungefahr)?|dauert (das|es) lange|jak dlugo (to )?(potrwa|trwa)|ile to (potrwa|trwa)|czy to (dlugo )?potrwa)$/;

export function asksHowLongItTakes(text: string): boolean {
  return HOW_LONG.test(normalizeText(text));
}

/** What is decided on a request: the decision, the assessment ("de beoordeling", "die Prüfung", "rozpatrzenie"). */
const DECISION =
  /\b(decision|assessment|beslissing|besluit|beoordeling|uitslag|antwoord|entscheidung|bescheid|prufung|bearbeitung|decyzja|decyzji|odpowiedz|rozpatrzenie)\b/;

const HOW_LONG_WORDS = /\b(hoe ?lang|wanneer|how long|when|wie lange?|wann|jak dlugo|kiedy|ile czasu)\b/;

/**
 * "Hoe lang duurt het besluit?", "how long will the decision take?", "Wann bekomme ich den
 * Bescheid?", "kiedy będzie decyzja?": how long the decision on a request takes (after filing one).
 */
export function asksWhenDecided(text: string): boolean {
  const normal = normalizeText(text);
  return asksHowLongItTakes(text) || (HOW_LONG_WORDS.test(normal) && DECISION.test(normal));
}
