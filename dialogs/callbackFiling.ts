import type { TurnContext } from 'botbuilder';
import type { HandoffReason, HandoffSummary } from '../domain/handoff/handoffCase';
import { conversationKeyOf } from '../domain/handoff/handoffServices';
import { isWithinOfficeHours } from '../domain/officeHours';
import type { PartOfDay } from '../domain/ports/callbackStore';
import type { DialogDeps } from './dialogDeps';
import { isSpeechTurn, say, text, turnLocale } from './turn';

/** Whether staff are in now (office hours), when the call back is offered beside the chat. */
export function staffIn(deps: DialogDeps): boolean {
  const services = deps.handoff;
  return services !== undefined && isWithinOfficeHours(deps.clock.now(), services.officeHours);
}

/** What the call back is for and the number to call. */
export interface CallbackRequest {
  reason: HandoffReason;
  summary: HandoffSummary;
  phone?: string;
}

/** Stores the request for staff (with the number, never logged) and confirms when they will call. */
export async function fileCallback(
  context: TurnContext,
  deps: DialogDeps,
  values: CallbackRequest,
  part: PartOfDay,
  confirmKey: string,
): Promise<void> {
  const services = deps.handoff;
  if (services && values.phone) {
    await services.callbacks.add({
      conversationKey: conversationKeyOf(context.activity.channelId, context.activity.conversation.id),
      phone: values.phone,
      partOfDay: part,
      locale: turnLocale(context),
      reason: values.reason,
      summary: values.summary,
      createdAt: deps.clock.now(),
    });
  }
  (await deps.state.conversation.get(context, {})).callbackPart = part;
  const partName = text(context, deps, `handoff:callback.partName.${part}`);
  // The number's last four digits read back, so a wrong number can be corrected (digit by digit on the phone).
  const last = (values.phone ?? '').replace(/\D/g, '').slice(-4);
  const ending = isSpeechTurn(context) ? last.split('').join(' ') : last;
  await say(context, deps, { text: text(context, deps, confirmKey, { part: partName, ending }) });
}
