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
