import { EventFactory, TurnContext, type Activity } from 'botbuilder';
import {
  ComponentDialog,
  type DialogTurnResult,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { HandoffCase, HandoffReason } from '../domain/handoff/handoffCase';
import { conversationKeyOf, type HandoffServices } from '../domain/handoff/handoffServices';
import { buildHandoffSummary } from '../domain/handoff/handoffSummary';
import { wantsToPhone } from '../domain/handoff/phoneWish';
import { asksToBeCalledBack } from '../domain/language/callbackRequest';
import type { IntentId } from '../domain/language/intents';
import { isWithinOfficeHours } from '../domain/officeHours';
import type { Recognition } from '../domain/ports/recognizer';
import type { TranscriptEntry } from '../domain/ports/transcriptStore';
import { CALLBACK_DIALOG, CallbackDialog, type CallbackOptions } from './callbackDialog';
import type { DialogDeps } from './dialogDeps';
import { staffLanguageNote } from './staffLanguageReply';
import { forgetKeptFlow, keepOnlyIfJustInterrupted } from './queuedFlow';
import type { ReplyChoice } from '../domain/ports/replyRenderer';
import { isSpeechTurn, say, text, turnLocale, turnRecognition } from './turn';

export const HANDOFF_DIALOG = 'handoff';
const STEPS = 'handoff.steps';
/** How many recent transcript entries go into the summary and the handoff.initiate transcript. */
const RECENT = 20;

/** The citizen's choice, while queued, to leave the queue (handled by the turn pipeline's handoff gate). */
export const CANCEL_QUEUE_KEY = 'handoff:queue.cancelChoice';
/** The key a caller presses to stop waiting; the spoken texts (`handoff:queue.*Speech`) say it. */
export const QUEUE_STOP_KEY = '1';

/**
 * The way out of the queue: a "stop waiting" choice on screens and in numbered text; on the phone the
 * texts say it instead ("zeg 'stoppen met wachten', of toets 1"), no menu of one item read out.
 */
export function queueChoices(context: TurnContext, deps: DialogDeps): ReplyChoice[] | undefined {
  if (isSpeechTurn(context)) return undefined;
  return [{ value: 'cancel_queue', title: text(context, deps, CANCEL_QUEUE_KEY) }];
}

/** Why this handoff happens: a flow's reason, an accepted offer after misunderstandings, or the citizen's request. */
function reasonFor(
  flowReason: HandoffReason | undefined,
  options: { intent?: IntentId; recognition?: Recognition },
  recognition: Recognition,
): HandoffReason {
  if (flowReason) return flowReason;
  const asked = options.recognition ?? recognition;
  return asked.intent === 'human_agent' ? 'citizen_request' : 'misunderstood';
}

/** The transcript as Bot Framework activities, for the handoff.initiate event. */
function transcriptActivities(entries: TranscriptEntry[]): Partial<Activity>[] {
  return entries.map((e) => ({
    type: 'message',
    text: e.text,
    timestamp: e.at,
    from: { id: e.role, name: e.author ?? e.role, role: e.role === 'citizen' ? 'user' : 'bot' },
  }));
}

/**
 * Hands the conversation to staff: inside office hours it joins the queue with a summary of what is
 * known (masked), the citizen hears their position and may keep asking the assistant or stop
 * waiting; the Bot Framework handoff.initiate event carries the transcript for deployments that route
 * to an external contact centre. Outside office hours (and on public holidays) it offers a callback.
 */
export class HandoffDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(HANDOFF_DIALOG);
    this.addDialog(new WaterfallDialog(STEPS, [this.start.bind(this), this.done.bind(this)]));
    this.addDialog(new CallbackDialog(deps));
    this.initialDialogId = STEPS;
  }

  private async start(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const context = step.context;
    const services = this.deps.handoff;
    const data = await this.deps.state.conversation.get(context, {});
    const recognition = await turnRecognition(context, this.deps);
    const reason = reasonFor(
      data.handoffReason,
      (step.options ?? {}) as { recognition?: Recognition },
      recognition,
    );
    data.handoffReason = undefined;
    if (!services) {
      await say(context, this.deps, { text: text(context, this.deps, 'handoff:unavailable') });
      return step.endDialog();
    }
    const activity = context.activity;
    const key = conversationKeyOf(activity.channelId, activity.conversation.id);
    const existing = await services.queue.get(key);
    if (existing?.status === 'queued') {
      await this.tellPosition(step, services, existing, 'handoff:queue.already');
      return step.endDialog();
    }
    const recent = await services.transcript.latest(key, RECENT);
    const summary = buildHandoffSummary({
      locale: turnLocale(context),
      channelId: activity.channelId,
      reason,
      intent: data.lastIntent,
      identified: data.identified,
      recent,
      ownMonthlyCents: data.ownMonthlyCents,
      writtenLanguage: data.otherLanguage,
    });
    await keepOnlyIfJustInterrupted(context, this.deps);
    const open = isWithinOfficeHours(this.deps.clock.now(), services.officeHours);
    // "Bel me terug", "kunt u mij terugbellen?" in office hours: the call asked for, not a chat queue.
    const callAsked = open && asksToBeCalledBack(recognition.text);
    // "Mag ik gewoon iemand bellen?" in writing: how to phone, and a call back offered (not the queue).
    const phoneAsked =
      (reason === 'citizen_request' || reason === 'misunderstood') &&
      !isSpeechTurn(context) &&
      wantsToPhone(recognition.text);
    // "… am besten auf Deutsch": which language staff speak is not promised (DOMAIN.md is silent).
    const languageNote = staffLanguageNote(context, this.deps, recognition.text);
    if (languageNote) await say(context, this.deps, { text: languageNote });
    if (!open || callAsked || phoneAsked) {
      // A callback has no queue to leave: the flow starts again from its name if the citizen declines.
      await forgetKeptFlow(context, this.deps);
      // A callback arranged already in this conversation: when it comes, not a second request.
      if (data.callbackPart) {
        data.questionBeforeCallback = undefined;
        await say(context, this.deps, {
          text: text(context, this.deps, `handoff:callback.when.${data.callbackPart}`),
        });
        return step.endDialog();
      }
      const { resume } = (step.options ?? {}) as { resume?: IntentId };
      if (callAsked) {
        await say(context, this.deps, { text: text(context, this.deps, 'handoff:callbackRequested') });
        const accepted = {};
        return step.beginDialog(CALLBACK_DIALOG, {
          reason,
          summary,
          resume,
          accepted,
        } satisfies CallbackOptions);
      }
      return step.beginDialog(CALLBACK_DIALOG, {
        reason,
        summary,
        resume,
        ...(phoneAsked ? { phoneAsked } : {}),
      } satisfies CallbackOptions);
    }
    const reference = TurnContext.getConversationReference(activity) as unknown as Record<string, unknown>;
    // Queued, not offered a call back: the copy of the flow kept for a declined call back (with the
    // citizen's numbers and contact) is not needed; the queue keeps its own (queuedFlow.ts).
    data.questionBeforeCallback = undefined;
    data.handoffRequested = true;
    const queued = await services.queue.enqueue({
      conversationKey: key,
      reason,
      locale: turnLocale(context),
      summary,
      reference,
      route: services.route,
    });
    await this.tellPosition(step, services, queued, 'handoff:queue.joined');
    await context.sendActivity(
      EventFactory.createHandoffInitiation(
        context,
        { reason, summary, queue: 'cjib' },
        { activities: transcriptActivities(recent) as Activity[] },
      ),
    );
    return step.endDialog();
  }

  /** The callback's outcome goes to the router: a message that was no answer to the offer is routed afresh. */
  private async done(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.endDialog(step.result);
  }

  private async tellPosition(
    step: WaterfallStepContext,
    services: HandoffServices,
    handoff: HandoffCase,
    key: string,
  ): Promise<void> {
    const position = (await services.queue.position(handoff)) ?? 1;
    await services.queue.recordToldPosition(handoff.conversationKey, handoff.toldPosition, position);
    const context = step.context;
    await say(context, this.deps, {
      text: text(context, this.deps, key, { position }),
      choices: queueChoices(context, this.deps),
    });
  }
}
