/**
 * Two things a caller says while the lookup asks for the CJIB number that are no number: "sorry, ik
 * begin opnieuw" (the digits so far dropped and the number asked again, not the lookup stopped) and
 * "betalingsregeling" (the identification goes on, for the arrangement, instead of "Dat lijkt geen
 * CJIB-nummer").
 */
import type { DialogContext } from 'botbuilder-dialogs';
import { asksToPayInInstalments } from '../domain/arrangement/arrangementWish';
import { isQuestion } from '../domain/knowledge/questionForm';
import { saysOnlyNumbers } from '../domain/language/numberWords';
import { startsOver } from '../domain/language/startOver';
import type { DialogDeps } from './dialogDeps';
import { CHECK_PROMPT, NUMBER_PROMPT } from './identifyPrompts';
import { heardText } from './heardText';
import { turnRecognition } from './turn';

/** "Ik begin opnieuw" at the number (or at "is the number right?"), with no digits in it. */
export function startsOverAt(innerDc: DialogContext): boolean {
  const asking = innerDc.activeDialog?.id;
  if (asking !== NUMBER_PROMPT && asking !== CHECK_PROMPT) return false;
  const said = heardText(innerDc.context);
  return !/\d/.test(innerDc.context.activity.text ?? '') && startsOver(said);
}

/** "Kan ik in termijnen betalen?", or the arrangement named on its own ("betalingsregeling", "Ratenzahlung"). */
export async function asksForArrangement(innerDc: DialogContext, deps: DialogDeps): Promise<boolean> {
  const message = innerDc.context.activity.text ?? '';
  if (isQuestion(message)) return asksToPayInInstalments(message);
  // ("What if I miss an instalment?" is a question about instalments, answered as one.)
  if (/\d/.test(message) || message.split(/\s+/).length > 6 || saysOnlyNumbers(message)) return false;
  const recognition = await turnRecognition(innerDc.context, deps);
  return recognition.intent === 'payment_arrangement' && recognition.score >= deps.confidenceThreshold;
}
