/**
 * "Dit nummer", "het nummer waarmee ik bel", "this number", "the one I'm calling from", "diese
 * Nummer", "ten numer": on the phone, the caller means the number they are calling from.
 */
import { normalizeText } from './normalizeText';

const OWN_NUMBER =
  /\b(dit|deze|hetzelfde|zelfde|mijn huidige) (tele(foon)?)?(nummer|mobiel)\b|\bnummer (waarmee|waar ik mee|waarop|waar) ik (nu )?(bel|mee bel)\b|\b(this|the same|my current) (phone )?(number|one)\b|\b(the )?(number|one) i ?a?m calling (from|on|with)\b|\b(diese|dieselbe|gleiche) (telefon)?nummer\b|\b(nummer|telefonnummer) von der ich (gerade )?anrufe\b|\b(ten|tym|ten sam|tym samym) numer\w*\b|\bnumer\w* z (ktorego|ktorym) dzwonie\b/;

export function refersToOwnNumber(text: string): boolean {
  return OWN_NUMBER.test(normalizeText(text));
}
