import type { IntentId } from '../language/intents';
import type { Recognition } from '../ports/recognizer';
import { normalizeQuestion } from './normalizeQuestion';
import { isQuestion } from './questionForm';

/** Intents a message with a CJIB number keeps: the number is given for them (the lookup is one too). */
const KEEPS_OWN_INTENT: ReadonlySet<IntentId> = new Set([
  'payment_arrangement',
  'human_agent',
  'cancel',
  'change_language',
]);

/**
 * "What do I owe?", "hoeveel moet ik nog betalen?", "was muss ich zahlen?", "ile muszę zapłacić?", "what
 * is the status?": the amount owed or where one stands, which the lookup of the number given tells
 * (not "which number do I pay with?", the knowledge base's).
 */
const OWED_NOW = new RegExp(
  [
    '\\bwhat do i (still )?owe\\b',
    '\\bhow much (do i (still )?(owe|have to pay|need to pay|must pay)|is (it|my fine|the fine|left))\\b',
    '\\bwhat do i (still )?(have|need) to pay\\b',
    '\\b(whats|what is) (the|my) (status|balance)\\b',
    '\\b(hoeveel|wat) moet ik (nog )?(betalen|betaal)\\b',
    '\\bhoeveel (is|bedraagt) (het|mijn boete|de boete)\\b',
    '\\bhoeveel sta (ik|er) (nog )?open\\b',
    '\\bwat is de (stand|status)\\b',
    '\\b(was|wie ?viel) muss ich (noch )?(be)?zahlen\\b',
    '\\bwie ?viel (schulde ich|ist (es|das|mein bussgeld)|ist noch offen)\\b',
    '\\bwie ist der (stand|status)\\b',
    '\\bile (jeszcze )?(musze|mam|powinienem|powinnam) (jeszcze )?(za)?placic\\b',
    '\\bile (wynosi|jestem winien|jestem winna|zostalo)\\b',
    '\\bjaki jest (status|stan)\\b',
  ].join('|'),
);

function asksWhatIsOwedNow(text: string): boolean {
  return OWED_NOW.test(normalizeQuestion(text));
}

/**
 * "My CJIB number is 2342 1455 2485 7394": a citizen who gives their number without asking anything
 * wants to know where they stand, not the knowledge base's answer about which number to use.
 */
export function givesCjibNumberForLookup(
  recognition: Pick<Recognition, 'text' | 'entities'>,
  intent: IntentId | undefined,
): boolean {
  if (!recognition.entities.cjibNumber) return false;
  // "Mijn CJIB-nummer is … en mijn postcode …, hoeveel moet ik nog betalen?": both given, so a lookup;
  // with the number alone, what is owed is the lookup's to answer too.
  if (isQuestion(recognition.text) && !recognition.entities.postcode && !asksWhatIsOwedNow(recognition.text))
    return false;
  return intent === undefined || intent === 'fine_status' || !KEEPS_OWN_INTENT.has(intent);
}
