/** "Ja graag", "yes please", "gerne", "poproszę": a yes that accepts an offer, not merely a rating. */
import { normalizeText } from './normalizeText';

const ACCEPTING =
  /\b(graag|alstublieft|alsjeblieft|doe maar|please|go ahead|gerne|gern|bitte|poprosze|prosze|chetnie)\b/;

export function acceptsOffer(text: string): boolean {
  return ACCEPTING.test(normalizeText(text));
}
