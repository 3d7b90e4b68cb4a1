import { normalizeText } from '../language/normalizeText';

/**
 * The welcome ends with "Wilt u liever een medewerker spreken? Dat kan altijd." A clear yes as the
 * first message ("ja", "yes please", "gerne", "tak") takes that offer; an "ok", "top" or 👍
 * acknowledges the welcome and asks for nothing. Texts are normalised (no diacritics, no punctuation).
 */
const CLEAR_YES =
  /^(ja|jawel|jazeker|graag|zeker|yes|yeah|yep|sure|please|gerne|gern|bitte|jawohl|tak|poprosze|prosze|oczywiscie)\b/;

export function takesWelcomeOffer(text: string): boolean {
  return CLEAR_YES.test(normalizeText(text));
}
