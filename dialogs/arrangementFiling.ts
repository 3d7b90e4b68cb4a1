import type { TurnContext } from 'botbuilder';
import type { ArrangementDraft } from '../domain/arrangement/arrangementDraft';
import type { DialogDeps } from './dialogDeps';
import { say, text, turnLocale } from './turn';

/** A request filed (now or before): its reference kept for "what was my reference again?". */
export async function rememberFiled(
  context: TurnContext,
  deps: DialogDeps,
  reference: string,
): Promise<void> {
  const data = await deps.state.conversation.get(context, {});
  data.arrangementFiled = true;
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
  if (reference) await rememberFiled(context, deps, reference);
  const key = reference ? 'arrangement:filed.text' : 'arrangement:filed.notConfirmed';
  await say(context, deps, { text: text(context, deps, key, { reference }) });
}
