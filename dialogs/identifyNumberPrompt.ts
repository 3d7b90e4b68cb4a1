import type { PromptValidatorContext } from 'botbuilder-dialogs';
import { givesRequestReference } from '../domain/knowledge/askedFirst';
import { postcodeAtNumberQuestion, readCjibNumberAnswer } from '../domain/language/cjibNumberInParts';
import { saysDontKnow, saysNotUnderstood } from '../domain/language/dontKnow';
import { asksHowLongItTakes } from '../domain/language/howLongQuestion';
import { asksSomething } from '../domain/language/lookupAsides';
import { mentionsBsn, mentionsPlate } from '../domain/language/otherIdentifiers';
import { numberNotAtHand } from '../domain/language/numberNotAtHand';
import { hasNoNumber } from '../domain/language/withoutNumber';
import { asksWhereNumberIs } from '../domain/language/whereNumberQuestion';
import type { Recognition } from '../domain/ports/recognizer';
import type { DialogDeps } from './dialogDeps';
import {
  GIVE_UP,
  MAX_TRIES,
  NO_LETTER,
  type NumberPromptState,
  POSTCODE_GIVEN_FIRST,
} from './identifyPrompts';
import { answerAside, answerAsideFollowUp } from './identifyAsides';
import { sayHowLong } from './identifyReplies';
import { isSpeechTurn, say, text, turnRecognition } from './turn';

/**
 * The answer to "what is your CJIB number?": typed or spoken digits, whole or in parts over several
 * messages. A kind retry says where the number is (and how many digits were heard); after MAX_TRIES
 * unreadable answers (parts of the number not counted) the prompt gives up.
 */
export async function validateCjibNumberAnswer(
  deps: DialogDeps,
  prompt: PromptValidatorContext<string>,
): Promise<boolean> {
  const recognition = await turnRecognition(prompt.context, deps);
  const state = prompt.state as NumberPromptState;
  const postcode = postcodeAtNumberQuestion(recognition);
  const answer = readCjibNumberAnswer(recognition, prompt.recognized.value ?? '', state.partialDigits);
  const { number } = answer;
  // After no match, only a postcode ("sorry, het is 8911 AB"): the same number with that postcode.
  const tried = (prompt.options.validations as { triedNumber?: string } | undefined)?.triedNumber;
  if (postcode && !number && tried) {
    prompt.recognized.value = tried;
    prompt.context.turnState.set(POSTCODE_GIVEN_FIRST, postcode.value);
    return true;
  }
  // "8911 AB" before the number: kept for the postcode question.
  if (postcode && !number) state.postcode = postcode.value;
  if (number || prompt.attemptCount - (state.parts ?? 0) >= MAX_TRIES) {
    prompt.recognized.value = number ?? GIVE_UP;
    if (number && state.postcode) prompt.context.turnState.set(POSTCODE_GIVEN_FIRST, state.postcode);
    return true;
  }
  // "Ik weet het nummer niet", "I lost the letter": not asked again; the ways without it (identifyOutcome).
  const plate = recognition.entities.licencePlate !== undefined || mentionsPlate(recognition.text);
  if (!answer.isPart && !plate && hasNoNumber(recognition.text)) {
    prompt.recognized.value = NO_LETTER;
    return true;
  }
  // "Ik heb het nummer niet bij de hand": where it is and the ways without it; the question stays open.
  if (!answer.isPart && !plate && numberNotAtHand(recognition.text)) {
    const notAtHand = [text(prompt.context, deps, 'common:letterNumber.notAtHand'), otherWays(prompt, deps)];
    await say(prompt.context, deps, { text: notAtHand.join(' '), expectsInput: true });
    return false;
  }
  state.partialDigits = answer.partialDigits;
  if (state.partialDigits && answer.isPart) state.parts = (state.parts ?? 0) + 1;
  if (asksHowLongItTakes(recognition.text)) {
    // ("Hoe lang duurt dat?" right after the appeal answered here asks about the appeal.)
    if (!(await answerAsideFollowUp(prompt.context, deps, 'number')))
      await sayHowLong(prompt.context, deps, 'lookup:number.askAgain');
    return false;
  }
  const typed = retryKey(recognition, Boolean(state.partialDigits && answer.isPart), answer.count);
  // On the phone the number is said or keyed in, not typed.
  const key =
    typed === 'lookup:number.goAhead' && isSpeechTurn(prompt.context) ? 'lookup:number.askSpeech' : typed;
  // "Ok en hoe kan ik dat voorkomen?": answered, then the number asked again (questions about the
  // number itself, a plate or a BSN keep their own retry).
  const aside =
    (key === 'lookup:number.retry' || key === 'lookup:number.where') && !asksWhereNumberIs(recognition.text);
  if (aside && !answer.isPart && (await answerAside(prompt.context, deps, recognition, 'number')))
    return false;
  const retry = text(prompt.context, deps, key, { count: state.partialDigits?.length ?? answer.count });
  // "Ik heb wel mijn kenteken": not with a plate, and the ways without the letter at hand.
  const ways = key === 'lookup:number.notPlate' ? ` ${otherWays(prompt, deps)}` : '';
  await say(prompt.context, deps, { text: `${retry}${ways}`, expectsInput: true });
  return false;
}

/** Where else the fines can be seen (the Digitaal Loket with DigiD) or who helps, and the number asked. */
function otherWays(prompt: PromptValidatorContext<string>, deps: DialogDeps): string {
  return text(prompt.context, deps, 'common:letterNumber.otherWays');
}

/** Which kind retry fits an answer that was not (yet) the number; `count` digits were heard. */
function retryKey(recognition: Recognition, isPartSoFar: boolean, count: number): string {
  // "Waar vind ik dat nummer?", "ik weet het niet": where it is, and that a person can help too.
  const lost =
    asksSomething(recognition.text) ||
    saysDontKnow(recognition.text) ||
    saysNotUnderstood(recognition.text) ||
    asksWhereNumberIs(recognition.text);
  // "Can I use my licence plate instead?", "mag ik mijn BSN geven?": not with those, whether asked or given.
  const plate = recognition.entities.licencePlate !== undefined || mentionsPlate(recognition.text);
  // "I don't have it", "nie mam listu": no number and no letter; what can be done without them.
  if (!plate && hasNoNumber(recognition.text)) return 'lookup:number.none';
  // "BR-2026-15176552": the reference of a request, whose 12 digits are no CJIB number.
  if (givesRequestReference(recognition.text)) return 'lookup:number.notReference';
  // "Ja", "ok", "ja hoor" (no digits): ready to give it, not a wrong number; the number asked kindly.
  if (count === 0 && recognition.entities.yesNo === true && recognition.text.trim().split(/\s+/).length <= 4)
    return 'lookup:number.goAhead';
  return plate
    ? 'lookup:number.notPlate'
    : mentionsBsn(recognition.text)
      ? 'lookup:number.notBsn'
      : lost
        ? 'lookup:number.where'
        : postcodeAtNumberQuestion(recognition)
          ? 'lookup:number.postcodeFirst'
          : // "Ik heb nu 8 cijfers, ga gerust verder": a part of the number, the rest awaited.
            isPartSoFar
            ? 'lookup:number.partial'
            : count >= 5
              ? 'lookup:number.retryCount'
              : 'lookup:number.retry';
}
