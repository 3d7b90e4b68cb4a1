import type { TurnContext } from 'botbuilder';
import type { ArrangementDraft } from '../domain/arrangement/arrangementDraft';
import type { IntentId } from '../domain/language/intents';
import { formatDate } from '../domain/dates';
import { agreedTerms } from './arrangementAgreedTerms';
import type { DialogDeps } from './dialogDeps';
import { offeredChoices } from './offerAnswer';
import { say, text, turnLocale } from './turn';

/** A request filed (now or before): its reference kept for "what was my reference again?". */
export async function rememberFiled(
  context: TurnContext,
  deps: DialogDeps,
  reference: string,
  draft?: Pick<ArrangementDraft, 'monthlyAmount' | 'firstDueDate'>,
): Promise<void> {
  const data = await deps.state.conversation.get(context, {});
  data.arrangementFiled = true;
  // "Moet ik nu al iets betalen?" later: the first instalment if the request is granted.
  if (draft)
    data.arrangementFiledTerms = { monthlyCents: draft.monthlyAmount, firstDueDate: draft.firstDueDate };
  data.referenceJustGiven = reference;
  data.arrangementReference = reference;
}

/**
 * Files the confirmed request exactly once: the outbox stores it under its idempotency key and the
 * citizen gets its reference at once; when storing fails, what was stored is looked up first.
 */
export async function fileArrangement(
  context: TurnContext,
  deps: DialogDeps,
  draft: ArrangementDraft,
  contact: { email?: string; phone?: string } | undefined,
): Promise<void> {
  const requests = deps.arrangements!.requests;
  let reference: string | undefined;
  try {
    ({
      request: { reference },
    } = await requests.create({ ...draft, contact: contact ?? {}, language: turnLocale(context) }));
  } catch {
    // The write may have happened before the error: look before saying anything about it.
    reference = (await requests.findByKey(draft.idempotencyKey).catch(() => undefined))?.reference;
  }
  // Not confirmed: asking again derives the same key, so it finds this request or files it, once.
  if (reference) await rememberFiled(context, deps, reference, draft);
  if (reference)
    await sayAboutFiled(context, deps, text(context, deps, 'arrangement:filed.text', { reference }));
  else await say(context, deps, { text: text(context, deps, 'arrangement:filed.notConfirmed') });
}

/** What may help once a request is on file: the fines themselves, or a person. */
const AFTER_FILED: IntentId[] = ['fine_status', 'human_agent'];

/** Whether what is on offer is the question after a request on file (a bare yes there is not a pick). */
export function offersAfterFiled(pending: readonly IntentId[] | undefined): boolean {
  return pending?.length === AFTER_FILED.length && AFTER_FILED.every((intent) => pending.includes(intent));
}

/**
 * Something said about the request filed in this conversation (its reference, that it was sent, how
 * long the decision takes), then a question with what may help next (the router reads the answer):
 * never a statement alone (on the phone: silence).
 */
export async function sayAboutFiled(
  context: TurnContext,
  deps: DialogDeps,
  statement: string,
): Promise<void> {
  const data = await deps.state.conversation.get(context, {});
  data.pendingClarification = [...AFTER_FILED];
  await say(context, deps, {
    text: [statement, text(context, deps, 'arrangement:filed.alreadyWhatElse')].join(' '),
    choices: offeredChoices(context, deps, AFTER_FILED),
    expectsInput: true,
  });
}

/** The request was filed earlier in this conversation: its reference again, and the question. */
export async function sayFiledAlready(
  context: TurnContext,
  deps: DialogDeps,
  reference: string,
  draft?: ArrangementDraft,
): Promise<void> {
  const already = text(context, deps, 'arrangement:filed.already', { reference });
  // A returning citizen hears what was requested, not only that something was.
  const terms = draft
    ? text(context, deps, 'arrangement:filed.alreadyTerms', {
        terms: agreedTerms(context, deps, draft),
        firstDue: formatDate(draft.firstDueDate, turnLocale(context)),
      })
    : undefined;
  await sayAboutFiled(context, deps, terms ? `${already} ${terms}` : already);
}
