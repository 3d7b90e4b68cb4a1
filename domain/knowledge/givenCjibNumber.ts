import type { IntentId } from '../language/intents';
import type { Recognition } from '../ports/recognizer';
import { isQuestion } from './questionForm';

/** Intents a message with a CJIB number keeps: the number is given for them (the lookup is one too). */
const KEEPS_OWN_INTENT: ReadonlySet<IntentId> = new Set([
  'payment_arrangement',
  'human_agent',
  'cancel',
  'change_language',
]);

/**
 * "My CJIB number is 2342 1455 2485 7394": a citizen who gives their number without asking anything
 * wants to know where they stand, not the knowledge base's answer about which number to use.
 */
export function givesCjibNumberForLookup(
  recognition: Pick<Recognition, 'text' | 'entities'>,
  intent: IntentId | undefined,
): boolean {
  if (!recognition.entities.cjibNumber) return false;
  // "Mijn CJIB-nummer is … en mijn postcode …, hoeveel moet ik nog betalen?": both given, so a lookup.
  if (isQuestion(recognition.text) && !recognition.entities.postcode) return false;
  return intent === undefined || intent === 'fine_status' || !KEEPS_OWN_INTENT.has(intent);
}
