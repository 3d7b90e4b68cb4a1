import type { DialogContext } from 'botbuilder-dialogs';
import { mentionsMovingHouse } from '../domain/claims/movedHouse';
import { questionBeforeLookup } from '../domain/claims/questionBeforeLookup';
import { saysAbroad } from '../domain/language/answerInParts';
import { asksIfCannotPay } from '../domain/language/cannotPayIf';
import { saysOnlyDontKnow } from '../domain/language/dontKnow';
import { letterWentElsewhere } from '../domain/language/letterElsewhere';
import { asksHowLongItTakes } from '../domain/language/howLongQuestion';
import { asksOwnPostcode } from '../domain/language/lookupAsides';
import { asksPostcodeFromAbroad } from '../domain/language/postcodeAbroad';
import { givesPostcodeWithPlace } from '../domain/language/lookupPostcodeAnswer';
import { saysNumberWasWrong } from '../domain/language/numberCorrection';
import { mentionsBsn, mentionsPlate } from '../domain/language/otherIdentifiers';
import { normalizeText } from '../domain/language/normalizeText';
import { numberNotAtHand } from '../domain/language/numberNotAtHand';
import { ownClaimQuestion } from '../domain/language/ownClaimQuestion';
import { hasNoNumber } from '../domain/language/withoutNumber';
import { asksWhereNumberIs } from '../domain/language/whereNumberQuestion';
import type { Recognition } from '../domain/ports/recognizer';
import { CHECK_PROMPT, NUMBER_PROMPT, POSTCODE_PROMPT, type PostcodePromptState } from './identifyPrompts';

/** "Where do I find that number again?" at the postcode ("what is a CJIB number?" is the knowledge's). */
export function asksWhereNumberAtPostcode(text: string): boolean {
  return (
    asksWhereNumberIs(text) &&
    /\b(waar|where|wo|gdzie|find|vind\w*|finde\w*|znajd\w*)\b/.test(normalizeText(text))
  );
}

/**
 * Messages at a question of IdentifyDebtorDialog that answer it, although they would otherwise be
 * taken for an interruption (a question to the knowledge base, another flow): the prompt's
 * validator gives them their kind reply.
 */
export function answersIdentifyQuestion(innerDc: DialogContext, recognition: Recognition): boolean {
  const asking = innerDc.activeDialog?.id;
  // "Hoe lang duurt dat?" asks about the lookup itself, not about the payment deadline.
  // "En als ik het niet kan betalen?" is a question (its short answer, then this question again; see
  // identifyAsides.ts), not the cry for help "ik kan niet betalen" that leaves the flow for the noodstop.
  if (
    (asking === NUMBER_PROMPT || asking === POSTCODE_PROMPT) &&
    (asksHowLongItTakes(recognition.text) ||
      asksIfCannotPay(recognition.text) ||
      // "Hoe lang heb ik nog?": this fine's date, which the lookup is about to show (identifyAsides.ts).
      ownClaimQuestion(recognition.text) === 'dueDate' ||
      // "Ik heb al betaald": only the fines can tell; answered once they are found (identifyAsides.ts).
      questionBeforeLookup(recognition.text) !== undefined)
  )
    return true;
  // "Moment, die Nummer war falsch" at "is the number correct?": a no, not a question about objecting.
  if (asking === CHECK_PROMPT) return saysNumberWasWrong(recognition.text);
  // "I live in Belgium" after the four digits of a postcode: its country, not a question about living abroad.
  if (asking === POSTCODE_PROMPT) {
    const prompt = innerDc.activeDialog?.state as { state?: PostcodePromptState } | undefined;
    if (prompt?.state?.digits !== undefined && saysAbroad(recognition.text)) return true;
    // "Ik ben verhuisd, welke postcode?": which postcode is meant, not a question about living abroad.
    if (mentionsMovingHouse(recognition.text)) return true;
    // "Ich wohne in Deutschland, welche Postleitzahl?": which postcode is meant, not the answer about living abroad.
    if (asksPostcodeFromAbroad(recognition.text)) return true;
    // "Wat is mijn postcode ook alweer, ik woon in Utrecht": the one on the letter, not living abroad.
    if (asksOwnPostcode(recognition.text)) return true;
    // "De brief ging naar het uitzendbureau": which postcode is meant, not a question about lost letters.
    if (letterWentElsewhere(recognition.text)) return true;
    // "Where do I find that number again?", "will it go up if I pay next week?": the prompt answers these.
    if (asksWhereNumberAtPostcode(recognition.text) || questionBeforeLookup(recognition.text) !== undefined)
      return true;
    // "Keine Ahnung": the postcode is not known (the prompt says which one is meant), whatever topic it is given.
    if (saysOnlyDontKnow(recognition.text)) return true;
    // "1000 Brussel", "ich wohne in 47533 Kleve": a postcode with its city, not a question about living abroad.
    return givesPostcodeWithPlace(recognition);
  }
  if (asking !== NUMBER_PROMPT) return false;
  // "Ik heb de brief niet hier": no question about lost letters, an answer (the ways without it).
  return (
    // "Waar vind ik dat nummer?": where it is on the letter, and the number asked again.
    asksWhereNumberIs(recognition.text) ||
    hasNoNumber(recognition.text) ||
    // "Niet bij de hand": where it is and the ways without it, the question kept open.
    numberNotAtHand(recognition.text) ||
    mentionsBsn(recognition.text) ||
    recognition.entities.licencePlate !== undefined ||
    mentionsPlate(recognition.text)
  );
}
