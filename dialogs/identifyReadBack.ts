/**
 * What the identification reads back on the phone, so that a caller hears what was understood: the
 * CJIB number once it is taken ("Dank u. Ik heb genoteerd: 9 6 9 8, …"), both details when they
 * match no fine, and the number after one digit of it was corrected ("het laatste cijfer is een
 * acht, geen zes"), which is applied to the number heard instead of asking all sixteen digits again.
 */
import type { TurnContext } from 'botbuilder';
import type { DialogContext, DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { formatCjibNumber, speakCjibNumber } from '../domain/cjibNumber';
import { correctedDigit } from '../domain/language/digitCorrection';
import { correctedGroup, correctedLikeGroup } from '../domain/language/numberGroupCorrection';
import type { Reply } from '../domain/ports/replyRenderer';
import type { DialogDeps } from './dialogDeps';
import type { IdentifyOptions } from './identifyDebtorOptions';
import { CHECK_PROMPT, NUMBER_PROMPT, POSTCODE_PROMPT, STEPS } from './identifyPrompts';
import { heardText } from './heardText';
import { isSpeechTurn, text, turnRecognition } from './turn';

/** Set on the turn whose number came from a one-digit correction. */
const CORRECTED = Symbol('identifyDebtor.corrected');

interface StepValues {
  number?: string;
  postcode?: string;
}

/** A postcode read out sign by sign: "8 9 1 1 A B", "4 7 5 3 3". */
function speakPostcode(postcode: string): string {
  return postcode.replace(/[\s-]/g, '').toUpperCase().split('').join(' ');
}

function withNumber(
  context: DialogContext['context'],
  deps: DialogDeps,
  key: string,
  number: string,
  postcode?: string,
): Reply {
  return {
    text: text(context, deps, key, { number: formatCjibNumber(number), postcode }),
    speech: text(context, deps, key, {
      number: speakCjibNumber(number),
      postcode: postcode ? speakPostcode(postcode) : undefined,
    }),
  };
}

/**
 * What is said once the number is taken, before the postcode: on the phone the number heard (or,
 * after a correction, the corrected number); elsewhere "Dank u.". Undefined when nothing is said
 * (the postcode is known already and nothing was corrected).
 */
export function afterNumber(
  step: WaterfallStepContext,
  deps: DialogDeps,
  number: string,
  postcodeKnown: boolean,
  confirmed = false,
): Reply | undefined {
  const context = step.context;
  if (context.turnState.get(CORRECTED)) return withNumber(context, deps, 'lookup:number.corrected', number);
  if (postcodeKnown) return undefined;
  // Read back already when it was checked and confirmed ("Klopt het nummer?" "Ja").
  if (!isSpeechTurn(context) || confirmed) return { text: text(context, deps, 'lookup:postcode.thanks') };
  return withNumber(context, deps, 'lookup:postcode.thanksHeard', number);
}

/** No fine with these details: on the phone, what was heard of both, so the caller can correct the part that is wrong. */
export function noMatchReply(
  step: WaterfallStepContext,
  deps: DialogDeps,
  number: string,
  postcode: string,
): Reply {
  if (!isSpeechTurn(step.context)) return { text: text(step.context, deps, 'lookup:noMatch') };
  return withNumber(step.context, deps, 'lookup:noMatchHeard', number, postcode);
}

/**
 * "Nee wacht, het nummer is 9698 …" at the postcode: another number than the one taken is read back
 * as corrected when the identification starts again with it, not a bare "Dank u." again.
 */
export async function markAnotherNumber(
  context: TurnContext,
  deps: DialogDeps,
  taken?: string,
): Promise<void> {
  const given = (await turnRecognition(context, deps)).entities.cjibNumber;
  if (given && given !== taken) context.turnState.set(CORRECTED, true);
}

/** The identification started again with a corrected number (and the postcode already given). */
export function startWithHeard(
  step: WaterfallStepContext,
  heard: NonNullable<IdentifyOptions['heard']>,
): Promise<DialogTurnResult> {
  (step.values as StepValues).postcode = heard.postcode;
  step.context.turnState.set(CORRECTED, true);
  return step.next(heard.number);
}

/**
 * "Nee wacht, het laatste cijfer is een acht, geen vijf", "de derde groep is 1 4 5 8" while the identification asks whether the
 * number is right, the postcode, or (after no match) the number again: the number heard with that
 * digit corrected, and the postcode given with it; undefined otherwise.
 */
export function digitCorrectionAt(innerDc: DialogContext): NonNullable<IdentifyOptions['heard']> | undefined {
  const asking = innerDc.activeDialog?.id;
  const steps = innerDc.stack.find((instance) => instance.id === STEPS)?.state as
    { values?: StepValues; options?: IdentifyOptions } | undefined;
  if (!steps) return undefined;
  let number: string | undefined;
  let postcode: string | undefined;
  if (asking === CHECK_PROMPT || asking === POSTCODE_PROMPT) {
    number = steps.values?.number;
    postcode = steps.values?.postcode;
  } else if (asking === NUMBER_PROMPT) {
    number = steps.options?.triedNumber;
    postcode = steps.options?.triedPostcode;
  }
  if (!number) return undefined;
  // One digit, or one group of four as it was read back ("de derde groep is 1 4 5 8").
  const said = heardText(innerDc.context);
  // At "is the number right?" also four digits alone, one off one group ("nee, het was toch 9486").
  const corrected =
    correctedDigit(number, said) ??
    correctedGroup(number, said) ??
    (asking === CHECK_PROMPT ? correctedLikeGroup(number, said) : undefined);
  return corrected ? { number: corrected, postcode } : undefined;
}
