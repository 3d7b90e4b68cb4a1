import {
  ActivityTypes,
  type ConversationState,
  type StatePropertyAccessor,
  type TurnContext,
} from 'botbuilder';
import { isDistressSignal } from '../domain/handoff/distressSignal';
import { isSuicidalStatement } from '../domain/handoff/suicideSignal';
import type { HandoffQueue } from '../domain/handoff/handoffQueue';
import { conversationKeyOf } from '../domain/handoff/handoffServices';
import type { Logger } from '../domain/ports/logger';
import type { DialogDeps } from '../dialogs/dialogDeps';
import { CALLBACK_DIALOG } from '../dialogs/callbackDialog';
import { yesNoChoices } from '../dialogs/identifyReplies';
import { answeredWhileWaiting, markWaitingInQueue } from '../dialogs/queueWaiting';
import { say, text, turnLocale } from '../dialogs/turn';
import { noteTurnWhileWaiting } from './handoffWaitingNotes';
import { LIVE_FOR_STAFF, type LiveTranscript } from './liveTranscript';
import type { TurnHandler } from './turnPipeline';
import { WhileQueued } from './whileQueued';

/**
 * The turn-pipeline step in front of the dialogs that knows about handoffs:
 * - while an agent owns the conversation the assistant stays silent (the transcript recorder has
 *   stored the citizen's message; the console shows it to the agent);
 * - while queued, messages about the wait are answered by WhileQueued ("stop waiting", distress, "how
 *   long still?"); anything else goes to the assistant as usual;
 * - a distress signal clears the running flow and offers a person at once;
 * - handoff.status events from an external contact centre move the case.
 */
export class HandoffGate implements TurnHandler {
  private readonly dialogState: StatePropertyAccessor;
  private readonly whileQueued: WhileQueued;

  constructor(
    private readonly inner: TurnHandler,
    private readonly queue: HandoffQueue,
    private readonly deps: DialogDeps,
    private readonly conversationState: ConversationState,
    private readonly logger: Logger,
    private readonly live?: LiveTranscript,
  ) {
    this.dialogState = conversationState.createProperty('dialogState');
    this.whileQueued = new WhileQueued(queue, deps, this.dialogState, (context) =>
      conversationState.saveChanges(context, false),
    );
  }

  async run(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const key = conversationKeyOf(activity.channelId, activity.conversation?.id ?? '');
    if (activity.type === ActivityTypes.Event && activity.name === 'handoff.status')
      return this.onHandoffStatus(context, key);
    if (activity.type !== ActivityTypes.Message) return this.inner.run(context);

    // Conversations never queued (almost all) need no lookup: the flag lives in the conversation state.
    const data = await this.deps.state.conversation.get(context, {});
    const handoff = data.handoffRequested ? await this.queue.get(key) : undefined;
    // The words as typed may reach the staff member who claims the case (in memory, never stored).
    if (handoff?.status === 'queued' || handoff?.status === 'with_agent')
      context.turnState.set(LIVE_FOR_STAFF, true);
    // "Stop", "laat maar" while talking to staff: the citizen may leave; the assistant says it is back.
    if (handoff?.status === 'with_agent' && (await this.wantsToLeaveAgent(context))) {
      await this.queue.citizenLeaves(key);
      this.live?.forget(key);
      return this.sayAndSave(context, 'handoff:relay.citizenLeft');
    }
    if (handoff?.status === 'with_agent') {
      this.logger.debug(
        { conversationId: activity.conversation.id },
        'message relayed to the agent; assistant silent',
      );
      return;
    }
    const crisis = isSuicidalStatement(activity.text ?? '');
    if (handoff?.status === 'queued') {
      const answered = await this.whileQueued.answer(context, key, handoff, crisis);
      if (answered === 'resume') return this.inner.run(context);
      if (answered === 'answered') return;
    }
    // While a callback is being arranged the person is coming already: the callback flow answers with kindness.
    if (
      handoff?.status !== 'queued' &&
      (isDistressSignal(activity.text ?? '') || crisis) &&
      !(await this.arrangingCallback(context))
    ) {
      // A callback already arranged: kindness and 113, and that staff will call (not a second callback).
      if (data.callbackPart)
        return this.sayAndSave(
          context,
          crisis ? 'handoff:distress.crisisCallback' : 'handoff:distress.callback',
        );
      return this.offerPerson(context, crisis);
    }
    const localeBefore = turnLocale(context);
    const intentBefore = data.lastIntent;
    if (handoff?.status === 'queued') markWaitingInQueue(context);
    await this.inner.run(context);
    // Just queued after "ik wil een medewerker": the subject asked about before is the case's topic.
    if (handoff?.status !== 'queued' && data.handoffRequested)
      await this.queue.noteWhileWaiting(key, { topic: intentBefore });
    // A question asked or a fine looked up while waiting: noted for staff (masked).
    if (handoff?.status === 'queued') await noteTurnWhileWaiting(context, this.deps, this.queue, handoff);
    // A question answered while waiting (no poll then): the place in the queue and the way out.
    // A change of language while waiting: the place in the queue again, in the new language.
    if (
      handoff?.status === 'queued' &&
      (turnLocale(context) !== localeBefore || answeredWhileWaiting(context))
    ) {
      const still = await this.queue.get(key);
      if (still?.status === 'queued')
        await this.whileQueued.tellPosition(context, still, 'handoff:queue.position');
    }
  }

  /**
   * "Stop met wachten", "laat maar, ik wil stoppen" while staff have the chat: the citizen leaves it.
   * A bare "stop" may be meant for the agent (an answer to their question): it reaches them instead.
   */
  private async wantsToLeaveAgent(context: TurnContext): Promise<boolean> {
    const said = (context.activity.text ?? '').trim();
    if (said.toLowerCase() !== 'cancel_queue' && said.split(/\s+/).length < 2) return false;
    return this.whileQueued.wantsToLeave(context);
  }

  private async sayAndSave(context: TurnContext, key: string): Promise<void> {
    await say(context, this.deps, { text: text(context, this.deps, key) });
    await this.conversationState.saveChanges(context, false);
  }

  /** Whether the callback flow (phone number, part of the day) is on the dialog stack, at any depth. */
  private async arrangingCallback(context: TurnContext): Promise<boolean> {
    interface Stack {
      dialogStack?: { id: string; state?: { dialogs?: Stack } }[];
    }
    const onStack = (stack: Stack | undefined): boolean =>
      (stack?.dialogStack ?? []).some(
        (entry) => entry.id === CALLBACK_DIALOG || onStack(entry.state?.dialogs),
      );
    return onStack((await this.dialogState.get(context)) as Stack | undefined);
  }

  /** Stops whatever flow was running and asks whether the citizen wants a person now; "yes" queues them. */
  private async offerPerson(context: TurnContext, crisis = false): Promise<void> {
    await this.dialogState.delete(context);
    const data = await this.deps.state.conversation.get(context, {});
    data.personOffered = true;
    data.handoffReason = 'distress';
    // The offer explains the noodstop: "hoe vraag ik die aan?" next gets the short answer.
    data.noodstopExplained = true;
    await say(context, this.deps, {
      text: text(context, this.deps, crisis ? 'handoff:distress.crisisOffer' : 'handoff:distress.offer'),
      choices: yesNoChoices(context, this.deps),
      expectsInput: true,
    });
    await this.conversationState.saveChanges(context, false);
  }

  private async onHandoffStatus(context: TurnContext, key: string): Promise<void> {
    const state = String((context.activity.value as { state?: unknown } | undefined)?.state ?? '');
    try {
      const moved = await this.queue.applyExternalStatus(key, state);
      if (moved && state === 'failed')
        await say(context, this.deps, { text: text(context, this.deps, 'handoff:relay.externalFailed') });
      if (moved && state === 'completed')
        await say(context, this.deps, { text: text(context, this.deps, 'handoff:relay.handedBack') });
    } catch (err) {
      this.logger.warn(
        { conversationId: context.activity.conversation?.id, state, error: { name: (err as Error)?.name } },
        'handoff.status ignored',
      );
    }
  }
}
