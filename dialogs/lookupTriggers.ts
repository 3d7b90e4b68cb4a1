import { isQuestion } from '../domain/knowledge/questionForm';
import { asksToLookUpAnotherFine } from '../domain/language/anotherFine';
import type { IntentId } from '../domain/language/intents';
import { mentionsDeath } from '../domain/language/lookupAsides';
import { asksToLookUpLetter } from '../domain/language/letterLookupRequest';
import { asksToTryAgain } from '../domain/language/retryRequest';
import type { Recognition } from '../domain/ports/recognizer';
import type { ConversationData } from './conversationData';

/**
 * Messages that go to the lookup whatever the recogniser makes of them, because the lookup has the
 * right path for them:
 * - "mijn man is overleden en er staan nog boetes op zijn naam": its kindness and a person;
 * - "mijn kenteken is GZ-123-K": a lookup by plate, which takes the letter's number;
 * - "I have another fine, can you look that one up too?" after a lookup: that fine's letter;
 * - "Mahnung nachsehen", "aanmaning opzoeken": the letter the citizen has, looked up.
 */
export function startsLookup(recognition: Recognition, data: ConversationData): boolean {
  const { text, entities } = recognition;
  if (entities.cjibNumber !== undefined) return false;
  if (mentionsDeath(text)) return true;
  // (A plate asked about, "wat als ik niet reed met GZ-123-K?", is a question for the knowledge base.)
  if (entities.licencePlate !== undefined && !isQuestion(text)) return true;
  // "Mahnung nachsehen", "aanmaning opzoeken": the lookup of that letter, not reminders in general.
  if (data.identified === undefined && asksToLookUpLetter(text)) return true;
  return data.identified !== undefined && asksToLookUpAnotherFine(text);
}

/**
 * "Kunt u het nog eens proberen?" after the apology for a back office that was down: the same lookup
 * again with the number and postcode already given (the flow it was for), not the questions again.
 */
export function retriesLookup(recognition: Recognition, data: ConversationData): IntentId | undefined {
  if (!data.lookupOutage || recognition.entities.cjibNumber !== undefined) return undefined;
  return asksToTryAgain(recognition.text) ? data.lookupOutage : undefined;
}
