import { normalizeText } from '../language/normalizeText';

/**
 * The welcome ends with "Wilt u liever een medewerker spreken? Dat kan altijd." A clear yes as the
 * first message ("ja", "yes please", "gerne", "tak") takes that offer; an "ok", "top" or 👍
 * acknowledges the welcome and asks for nothing. Texts are normalised (no diacritics, no punctuation).
 */
const CLEAR_YES =
  /^(ja|jawel|jazeker|graag|zeker|yes|yeah|yep|sure|please|gerne|gern|bitte|jawohl|tak|poprosze|prosze|oczywiscie)\b/;

/**
 * "Ja goedemiddag", "ja hallo, met Piet", "yeah hi": how many people open a conversation (on the phone
 * above all), a greeting with a "ja" in front, not a yes to the person offered.
 */
const GREETING =
  /\b(goede?n? ?(morgen|middag|avond|dag)|hallo|hoi|hey|hi|hello|good (morning|afternoon|evening|day)|guten (morgen|tag|abend)|gruss gott|moin|servus|dzien dobry|czesc|witam|hej|met (?!een\b|de\b|het\b|iemand\b|medewerker|mens\b|persoon\b)[a-z]+|this is|speaking|hier ist|tu \w+)\b/;

export function takesWelcomeOffer(text: string): boolean {
  const normal = normalizeText(text);
  return CLEAR_YES.test(normal) && !GREETING.test(normal);
}
