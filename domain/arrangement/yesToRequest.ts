import { normalizeText } from '../language/normalizeText';

/**
 * "Ja, aanvragen", "ja graag, vraag maar aan", "yes, request it", "ja, beantragen", "tak, złóż
 * wniosek": a yes that names the request. Typed after the schedule was turned down (or after "I'll
 * pay it all at once"), it is the arrangement after all, not a yes to what was offered instead.
 */
const YES_REQUEST =
  /^(ja|jawel|yes|yeah|yep|ok|oke|okay|tak|jawohl|gerne|graag|dobrze)\b.*\b(aanvragen|vraag (\w+ )?aan|aanvraag|request|apply|beantragen|antrag|zloz\w*|skladam|wniosek)\b/;
/** "Ja, maar niet aanvragen", "yes, don't request it", "tak, nie składaj". */
const NEGATED = /\b(niet|geen|not|dont|nicht|kein\w*|nie)\b/;

export function saysYesToRequest(message: string): boolean {
  const normal = normalizeText(message);
  return YES_REQUEST.test(normal) && !NEGATED.test(normal);
}
