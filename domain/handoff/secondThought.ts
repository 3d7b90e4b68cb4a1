import { normalizeText } from '../language/normalizeText';
import { extractYesNo } from '../language/yesNo';

/**
 * "Toch wel", "actually yes", "doch", "jednak tak": a second thought right after turning down the
 * offer of a person. On its own it means nothing; after the "no" it takes the person after all.
 * Texts are normalised (no diacritics, no punctuation).
 */
const SECOND_THOUGHT =
  /^((ok(e|ay)?|nou|ja|yes|yeah|no|nee|hmm+) )?(toch wel|toch maar|toch|ja toch|dan toch( maar)?|actually( yes| i do| i would| please)?|on second thought|yes after all|after all|doch( lieber| ja| bitte)?|na gut doch|jednak( tak| tak prosze| poprosze)?|a jednak)( (graag|please|bitte|prosze|wel|ja|yes|tak))?$/;

/** "Actually yes, send it", "doch ja, gerne": the second thought followed by a yes and more words. */
const LEAD = /^((ok(e|ay)?|nou|hmm+|so|well) )?(actually|toch|doch|jednak|a jednak|dan toch|dann doch|then|on second thought)\b/;

export function changesMindToYes(text: string): boolean {
  const normal = normalizeText(text);
  return SECOND_THOUGHT.test(normal) || (LEAD.test(normal) && extractYesNo(text) === true);
}
