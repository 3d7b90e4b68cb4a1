import { normalizeText } from '../language/normalizeText';
import { extractYesNo, SECOND_THOUGHT_LEADS } from '../language/yesNo';

/**
 * "Toch wel", "eigenlijk wel", "actually yes", "doch, ich möchte sie", "jednak tak": a second thought right after turning down the
 * offer of a person. On its own it means nothing; after the "no" it takes the person after all.
 * Texts are normalised (no diacritics, no punctuation).
 */
const SECOND_THOUGHT =
  /^((ok(e|ay)?|nou|ja|yes|yeah|no|nee|hmm+) )?(toch wel|toch maar|toch|ja toch|dan toch( maar)?|actually( yes| i do| i would| please)?|on second thought|yes after all|after all|doch( lieber| ja| bitte)?|na gut doch|jednak( tak| tak prosze| poprosze)?|a jednak|eigenlijk( toch)? wel|eigenlijk ja)( (graag|please|bitte|prosze|wel|ja|yes|tak))?( (ik wil (het|die|hem|dat)( wel)?|i do want (it|that)|i want (it|that)|ich mochte (sie|es|das|ihn)|ich will (sie|es|das)|chce (ja|to|go)))?$/;

/**
 * "Actually yes, send it", "doch ja, gerne": the second thought followed by a yes and more words.
 * The leads are the yes/no's own list: one list of what opens a second thought for both.
 */
const LEAD = new RegExp(`^((ok(e|ay)?|nou|hmm+|so|well) )?(${SECOND_THOUGHT_LEADS.join('|')})\\b`);

export function changesMindToYes(text: string): boolean {
  const normal = normalizeText(text);
  return SECOND_THOUGHT.test(normal) || (LEAD.test(normal) && extractYesNo(text) === true);
}
