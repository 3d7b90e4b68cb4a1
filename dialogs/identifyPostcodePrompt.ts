import type { PromptValidatorContext } from 'botbuilder-dialogs';
import { mentionsMovingHouse } from '../domain/claims/movedHouse';
import { questionBeforeLookup } from '../domain/claims/questionBeforeLookup';
import { dateInsteadOfPostcode } from '../domain/language/dateAnswer';
import { saysDontKnow, saysNotUnderstood, saysOnlyDontKnow } from '../domain/language/dontKnow';
import { asksHowLongItTakes } from '../domain/language/howLongQuestion';
import { letterWentElsewhere } from '../domain/language/letterElsewhere';
import { asksOwnPostcode, asksSomething } from '../domain/language/lookupAsides';
import { postcodeDigitsToKeep, postcodeFromAnswer } from '../domain/language/lookupPostcodeAnswer';
import { asksPostcodeFromAbroad } from '../domain/language/postcodeAbroad';
import { saysNumberWasWrong } from '../domain/language/numberCorrection';
import type { DialogDeps } from './dialogDeps';
import {
  GIVE_UP,
  MAX_TRIES,
  NEW_NUMBER,
  POSTCODE_UNKNOWN,
  type PostcodePromptState,
  WRONG_NUMBER,
} from './identifyPrompts';
import { answerAside, answerAsideFollowUp } from './identifyAsides';
import { asksWhereNumberAtPostcode } from './identifyAnswers';
import { sayHowLong } from './identifyReplies';
import { say, text, turnRecognition } from './turn';

/**
 * The answer to "which postcode was the letter sent to?": a Dutch postcode typed or spoken (its
 * digits first, then its letters), or a foreign one as written on the letter. Another CJIB number,
 * or "the number was wrong", goes back to the number; anything else gets a kind retry.
 */
export async function validateLetterPostcode(
  deps: DialogDeps,
  prompt: PromptValidatorContext<string>,
): Promise<boolean> {
  const recognition = await turnRecognition(prompt.context, deps);
  // A 16-digit number is never a postcode: the citizen corrects the number asked before.
  if (recognition.entities.cjibNumber || saysNumberWasWrong(recognition.text)) {
    prompt.recognized.value = recognition.entities.cjibNumber ? NEW_NUMBER : WRONG_NUMBER;
    return true;
  }
  const typed = (prompt.recognized.value ?? '').trim();
  const state = prompt.state as PostcodePromptState;
  // "1985-04-12", a date of birth perhaps: not asked for, and no failed attempt at a postcode.
  if (dateInsteadOfPostcode(typed) && prompt.attemptCount < MAX_TRIES) {
    await say(prompt.context, deps, {
      text: text(prompt.context, deps, 'lookup:postcode.notDate'),
      expectsInput: true,
    });
    return false;
  }
  // "8911" alone: kept, and the letters asked.
  const digits = postcodeDigitsToKeep(typed, state.digits);
  if (digits && prompt.attemptCount < MAX_TRIES) {
    state.digits = digits;
    await say(prompt.context, deps, {
      text: text(prompt.context, deps, 'lookup:postcode.letters', { digits }),
      expectsInput: true,
    });
    return false;
  }
  const postcode = postcodeFromAnswer(recognition, typed, state.digits);
  if (postcode || prompt.attemptCount >= MAX_TRIES) {
    prompt.recognized.value = postcode ?? GIVE_UP;
    return true;
  }
  // "Ja", "klopt" right after the number was read back: it is right; the postcode asked again kindly.
  const words = recognition.text.trim().split(/\s+/).length;
  if (recognition.entities.yesNo === true && words <= 3 && !/\d/.test(recognition.text)) {
    await say(prompt.context, deps, {
      text: text(prompt.context, deps, 'lookup:postcode.goAhead'),
      expectsInput: true,
    });
    return false;
  }
  if (asksHowLongItTakes(recognition.text)) {
    // ("Hoe lang duurt dat?" right after the appeal answered here asks about the appeal.)
    if (!(await answerAsideFollowUp(prompt.context, deps, 'postcode')))
      await sayHowLong(prompt.context, deps, 'lookup:postcode.ask');
    return false;
  }
  // "Ik ben verhuisd": the postcode the letter was sent to, not the new one.
  if (mentionsMovingHouse(recognition.text)) {
    await say(prompt.context, deps, {
      text: text(prompt.context, deps, 'lookup:postcode.moved'),
      expectsInput: true,
    });
    return false;
  }
  // "De brief ging naar het uitzendbureau": that address's postcode, and a person if it cannot be found.
  if (!state.elsewhereTold && letterWentElsewhere(recognition.text)) {
    state.unknownTold = true;
    state.elsewhereTold = true;
    await say(prompt.context, deps, {
      text: text(prompt.context, deps, 'lookup:postcode.otherAddress'),
      expectsInput: true,
    });
    return false;
  }
  // "Ich wohne in Deutschland, welche Postleitzahl?": the one on the letter, a foreign one too, briefly.
  if (asksPostcodeFromAbroad(recognition.text)) {
    await say(prompt.context, deps, {
      text: text(prompt.context, deps, 'lookup:postcode.abroad'),
      expectsInput: true,
    });
    return false;
  }
  // "Nie wiem" again after hearing which postcode: no third time; a person and the other ways.
  if (
    state.unknownTold &&
    (saysDontKnow(recognition.text) ||
      asksOwnPostcode(recognition.text) ||
      letterWentElsewhere(recognition.text))
  ) {
    prompt.recognized.value = POSTCODE_UNKNOWN;
    return true;
  }
  // "Wat is mijn postcode ook alweer?": it is in the address on the letter.
  if (asksOwnPostcode(recognition.text)) {
    state.unknownTold = true;
    await say(prompt.context, deps, {
      text: text(prompt.context, deps, 'lookup:postcode.onLetter'),
      expectsInput: true,
    });
    return false;
  }
  // "Wait, where do I find that number again?": the CJIB number (given already) and the postcode on the letter.
  if (asksWhereNumberAtPostcode(recognition.text)) {
    await say(prompt.context, deps, {
      text: text(prompt.context, deps, 'lookup:postcode.whereNumber'),
      expectsInput: true,
    });
    return false;
  }
  // "Wait, will it go up if I pay next week?": only the fines can tell; answered once they are found.
  const kept = questionBeforeLookup(recognition.text);
  if (kept) {
    (await deps.state.conversation.get(prompt.context, {})).askedBeforeLookup = kept;
    await say(prompt.context, deps, {
      text: `${text(prompt.context, deps, 'lookup:askedBefore.afterLookup')} ${text(prompt.context, deps, 'lookup:postcode.ask')}`,
      expectsInput: true,
    });
    return false;
  }
  // "Wacht, wat is een CJIB-nummer eigenlijk?": answered, then the postcode asked again.
  // ("Keine Ahnung" is no question, whatever topic the recogniser finds in it.)
  if (
    !saysOnlyDontKnow(recognition.text) &&
    (await answerAside(prompt.context, deps, recognition, 'postcode'))
  )
    return false;
  // "Waarom heeft u mijn postcode nodig?": why it is asked, and which one.
  const asks =
    asksSomething(recognition.text) || saysDontKnow(recognition.text) || saysNotUnderstood(recognition.text);
  if (saysDontKnow(recognition.text)) state.unknownTold = true;
  await say(prompt.context, deps, {
    text: text(prompt.context, deps, asks ? 'lookup:postcode.why' : 'lookup:postcode.retry'),
    expectsInput: true,
  });
  return false;
}
