/**
 * A turn with nothing in it: silence on the phone (an empty message) or only the sounds a caller
 * makes while thinking ("uhm", "eh", "hmm"). That is no question for the dialogs: the prompt is
 * said again, and when it keeps happening a person is offered and, at last, the call is ended
 * kindly instead of reading the menu out for ever. Also "0", the key a caller presses for an
 * operator. Pure; the channel turn step keeps the count and sends the replies.
 */
import { isHesitation } from '../../domain/language/hesitation';
import { foldDiacritics } from '../../domain/language/normalizeText';
import { extractYesNo } from '../../domain/language/yesNo';

/** Sounds besides the shared hesitations that a recogniser writes for a caller thinking aloud ("mhm", "uh-huh" are a yes, not these). */
const MORE_FILLERS = new Set(['euhm', 'ehhm', 'uhmm', 'mmh', 'ehem', 'aeh', 'aehm', 'oehm']);

/** Whether a message is nothing but filler sounds ("uhm", "Eh...", "hmm, uh"). Not "EH" in capitals (postcode letters). */
export function isFillerOnly(text: string | undefined): boolean {
  const raw = (text ?? '').split(/\s+/).filter(Boolean);
  if (!raw.length) return false;
  // The words first: almost every message fails at its first word, and the yes/no reading costs more.
  const allFillers = raw.every((word) => {
    if (/^\p{Lu}{2,}[.,!]*$/u.test(word)) return false;
    const core = foldDiacritics(word)
      .toLowerCase()
      .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    // "ehhhh", "hmmmm": a sound drawn out is the same sound.
    const short = core.replace(/(\p{L})\1{2,}/gu, '$1$1');
    return !!core && (isHesitation(core) || isHesitation(short) || MORE_FILLERS.has(short));
  });
  // "mhm", "uh-huh" are a yes, not filler.
  return allFillers && extractYesNo(text ?? '') === undefined;
}

/** Whether a phone turn said nothing: silence (no text) or only filler sounds. */
export function isQuietUtterance(text: string | undefined): boolean {
  return !(text ?? '').trim() || isFillerOnly(text);
}

/**
 * What to do at the n-th quiet turn in a row: the prompt again, then a person offered, then a
 * kind goodbye (on the phone a silent line must not hear the same menu for ever).
 */
export type QuietStep = 'repeat' | 'offerPerson' | 'goodbye';

export function quietStep(inARow: number): QuietStep {
  if (inARow <= 1) return 'repeat';
  return inARow === 2 ? 'offerPerson' : 'goodbye';
}

/**
 * "0", "nul", "zero", "null": the key callers press for an operator, said or keyed on its own, or
 * with "please" ("nul alstublieft", "Null bitte", "zero proszę").
 */
const OPERATOR_KEY =
  /^(?:0|nul|zero|null|zer)(?:alstublieft|alsjeblieft|graag|please|bitte|prosze|poprosze)?$/;

export function isOperatorKey(text: string | undefined): boolean {
  const core = foldDiacritics(text ?? '')
    .toLowerCase()
    .replace(/[\s.!#,]+/g, '');
  return OPERATOR_KEY.test(core);
}

/**
 * Prompts where "0" is an answer, not the operator key: an amount or a number of months always; a
 * phone number (said "nul" may begin it) unless the key is pressed. At the lookup's questions (the
 * CJIB number, its check, the postcode) a lone "0" is a person asked for: a number that starts with
 * 0 comes with its other digits, a postcode never starts with 0 (only when the first digits of the
 * number were said already, in parts, does a lone "0" go on with them: holdsDigitsSoFar). The ids are
 * those of the dialogs waiting for the answer (the innermost of the dialog stack).
 */
const ZERO_IS_AN_AMOUNT = /plan|amount|income|month|bedrag/i;
const PHONE_ASKED = /phone|contact/i;

export function zeroIsAnAnswerTo(activeDialogId: string | undefined, keyed = false): boolean {
  if (activeDialogId === undefined) return false;
  return ZERO_IS_AN_AMOUNT.test(activeDialogId) || (!keyed && PHONE_ASKED.test(activeDialogId));
}

interface StackEntry {
  id?: string;
  /** A component dialog's own stack; a prompt's state (the number prompt keeps the digits said so far). */
  state?: { dialogs?: { dialogStack?: StackEntry[] }; state?: { partialDigits?: string } };
}

/** The innermost active dialog in a saved dialog state: the last entry of each stack, component dialogs keeping theirs under `dialogs`. */
export function innermostDialog(
  dialogState: { dialogStack?: StackEntry[] } | undefined,
): StackEntry | undefined {
  const last = (stack: StackEntry[] | undefined): StackEntry | undefined => stack?.[stack.length - 1];
  let top = last(dialogState?.dialogStack);
  while (top?.state?.dialogs?.dialogStack?.length) top = last(top.state.dialogs.dialogStack);
  return top;
}

/** The id of the innermost active dialog in a saved dialog state. */
export function innermostDialogId(
  dialogState: { dialogStack?: StackEntry[] } | undefined,
): string | undefined {
  return innermostDialog(dialogState)?.id;
}

/** Whether the prompt waiting holds the first digits of a number said in parts (identifyPrompts.ts). */
export function holdsDigitsSoFar(entry: StackEntry | undefined): boolean {
  return Boolean(entry?.state?.state?.partialDigits);
}
