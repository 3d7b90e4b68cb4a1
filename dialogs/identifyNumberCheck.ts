import type { PromptValidatorContext } from 'botbuilder-dialogs';
import { saysNumberWasWrong } from '../domain/language/numberCorrection';
import type { DialogDeps } from './dialogDeps';
import { GIVE_UP, MAX_TRIES, POSTCODE_GIVEN_FIRST } from './identifyPrompts';
import { turnRecognition } from './turn';

/**
 * The answer to "I noted 9698 9486 …: is that right?", asked when a number fails the check digit:
 * yes, no, or the corrected number; a postcode instead (the citizen going on to the next question)
 * keeps the number as read back. Anything else repeats the question.
 */
export async function validateNumberCheck(
  deps: DialogDeps,
  prompt: PromptValidatorContext<string>,
): Promise<boolean> {
  const recognition = await turnRecognition(prompt.context, deps);
  const { cjibNumber, yesNo, postcode } = recognition.entities;
  // "Sorry, the number was wrong" without the right one: a no, which asks for it.
  if (!cjibNumber && saysNumberWasWrong(recognition.text)) {
    prompt.recognized.value = 'no';
    return true;
  }
  if (!cjibNumber && yesNo !== false && postcode) {
    prompt.context.turnState.set(POSTCODE_GIVEN_FIRST, postcode.value);
    prompt.recognized.value = 'yes';
    return true;
  }
  if (cjibNumber || yesNo !== undefined || prompt.attemptCount >= MAX_TRIES) {
    prompt.recognized.value = cjibNumber ?? (yesNo === undefined ? GIVE_UP : yesNo ? 'yes' : 'no');
    return true;
  }
  return false;
}
