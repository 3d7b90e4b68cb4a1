import { yesNoChoices } from '../dialogs/identifyReplies';
import {
  ActivityTypes,
  type ConversationState,
  type StatePropertyAccessor,
  type TurnContext,
} from 'botbuilder';
import { isDistressSignal } from '../domain/handoff/distressSignal';
import { isSuicidalStatement } from '../domain/handoff/suicideSignal';
import { expressesFrustration } from '../domain/handoff/frustrationSignal';
import type { HandoffCase } from '../domain/handoff/handoffCase';
import { asksAboutWaiting, impatientWithQueue } from '../domain/handoff/waitingQuestion';
import { wantsToStopWaiting } from '../domain/handoff/stopWaiting';
import { typicalWaitMinutes } from '../domain/handoff/waitEstimate';
import type { HandoffQueue } from '../domain/handoff/handoffQueue';
import { conversationKeyOf } from '../domain/handoff/handoffServices';
import { SUPPORTED_LOCALES } from '../domain/language/locale';
import type { Logger } from '../domain/ports/logger';
import type { DialogDeps } from '../dialogs/dialogDeps';
import { CALLBACK_DIALOG } from '../dialogs/callbackDialog';
import { restoreKeptFlow } from '../dialogs/queuedFlow';
import { answeredWhileWaiting, markWaitingInQueue } from '../dialogs/queueWaiting';
import { CANCEL_QUEUE_KEY, QUEUE_STOP_KEY, queueChoices } from '../dialogs/handoffDialog';
import { isSpeechTurn, say, text, turnLocale, turnRecognition } from '../dialogs/turn';
import { tellsOwnSituation } from '../domain/handoff/ownSituation';
import { noteTurnWhileWaiting } from './handoffWaitingNotes';
import { LIVE_FOR_STAFF, type LiveTranscript } from './liveTranscript';
import type { TurnHandler } from './turnPipeline';

/** How many recently helped conversations the waiting-time estimate looks at. */
const RECENT_CASES = 50;

/**
 * The turn-pipeline step in front of the dialogs that knows about handoffs:
 * - while an agent owns the conversation the assistant stays silent (the transcript recorder has
 *   stored the citizen's message; the console shows it to the agent);
 * - while queued, "stop waiting" leaves the queue, distress hears that a person is coming (never a
 *   cancel), "how long still?" the place in the queue; anything else goes to the assistant as usual;
 * - a distress signal clears the running flow and offers a person at once;
 * - handoff.status events from an external contact centre move the case.
 */
export class HandoffGate implements TurnHandler {
  private readonly dialogState: StatePropertyAccessor;

  constructor(
    private readonly inner: TurnHandler,
    private readonly queue: HandoffQueue,
    private readonly deps: DialogDeps,
    private readonly conversationState: ConversationState,
    private readonly logger: Logger,
    private readonly live?: LiveTranscript,
  ) {
    this.dialogState = conversationState.createProperty('dialogState');
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
    // Distress while waiting for a person is never a wish to stop waiting ("ik zie het niet meer zitten").
    // A wish to die: the crisis line first, on its own line (suicideSignal.ts).
    const crisis = isSuicidalStatement(activity.text ?? '');
    if (handoff?.status === 'queued' && isDistressSignal(activity.text ?? ''))
      return this.tellPosition(
        context,
        handoff,
        crisis ? 'handoff:distress.crisisQueued' : 'handoff:distress.queued',
      );
    // Silence on the phone (or an empty message) while waiting: where they stand, not "I did not hear you".
    if (handoff?.status === 'queued' && !(activity.text ?? '').trim())
      return this.tellPosition(context, handoff, 'handoff:queue.stillQueued');
    // "Laat maar, ik wil toch geen medewerker meer": stopping in own words leaves the queue too.
    if (
      handoff?.status === 'queued' &&
      (wantsToStopWaiting(activity.text ?? '') || (await this.wantsToLeaveQueue(context)))
    ) {
      await this.queue.cancel(key);
      // A flow interrupted for the queue goes on where it was: its question again, the next answer its.
      if (await restoreKeptFlow(context, this.deps, this.dialogState)) {
        await say(context, this.deps, { text: text(context, this.deps, 'handoff:queue.cancelledResume') });
        return this.inner.run(context);
      }
      await say(context, this.deps, { text: text(context, this.deps, 'handoff:queue.cancelled') });
      return;
    }
    // Another key pressed on the phone, or a bare number that picks nothing ("2" when SMS offered one
    // choice), while waiting with no question open: where they stand and how to stop.
    if (
      handoff?.status === 'queued' &&
      /^[0-9*#]$/.test((activity.text ?? '').trim()) &&
      !(await this.flowRunning(context))
    )
      return this.tellPosition(context, handoff, 'handoff:queue.stillQueued');
    // "Hallo?" while waiting: is anyone there yet? Where they stand, not the welcome menu again.
    if (handoff?.status === 'queued' && (await this.greetsWhileWaiting(context)))
      return this.tellPosition(context, handoff, 'handoff:queue.stillQueued');
    if (handoff?.status === 'queued' && impatientWithQueue(activity.text ?? ''))
      return this.tellPosition(context, handoff, 'handoff:queue.sorry');
    // "Hoe lang duurt het nog?": the place and an honest estimate from recent waits (or that none can be given).
    if (handoff?.status === 'queued' && asksAboutWaiting(activity.text ?? '')) {
      const recent = await this.queue.list(['with_agent', 'bot', 'closed'], RECENT_CASES);
      const minutes = typicalWaitMinutes(recent, this.deps.clock.now());
      const key = minutes ? 'handoff:queue.waitEstimate' : 'handoff:queue.waitUnknown';
      return this.tellPosition(context, handoff, key, { minutes });
    }
    // A phone number or e-mail address while waiting (no flow asked for it): kindly, how staff can use it.
    if (handoff?.status === 'queued' && (await this.givesContact(context))) {
      await this.queue.noteWhileWaiting(key, { note: activity.text ?? '' });
      return this.tellPosition(context, (await this.queue.get(key)) ?? handoff, 'handoff:queue.contactNoted');
    }
    // "Ich verdiene nur 1200 Euro", "ik heb schulden" while waiting: noted for the person who takes over
    // (they read the conversation), not the same answer again with a person offered.
    if (handoff?.status === 'queued' && tellsOwnSituation(activity.text ?? '')) {
      // Noted in the case summary; no money or debts move the case up the queue.
      await this.queue.noteWhileWaiting(key, { note: activity.text ?? '' });
      // Moved up when it shows hardship: the place told is the new one.
      return this.tellPosition(
        context,
        (await this.queue.get(key)) ?? handoff,
        'handoff:queue.situationNoted',
      );
    }
    // "Dit is waardeloos" while waiting: sorry for the wait and where they stand, not a person offered again.
    if (handoff?.status === 'queued' && expressesFrustration(activity.text ?? ''))
      return this.tellPosition(context, handoff, 'handoff:queue.sorry');
    // "Doei", "nee" while queued: not a goodbye to answer (the citizen is still in line), but where they stand.
    if (handoff?.status === 'queued' && (await this.saysByeOrNo(context)))
      return this.tellPosition(context, handoff, 'handoff:queue.stillQueued');
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
      if (still?.status === 'queued') await this.tellPosition(context, still, 'handoff:queue.position');
    }
  }

  private async wantsToLeaveQueue(context: TurnContext): Promise<boolean> {
    const answer = (context.activity.text ?? '').trim().toLowerCase();
    if (answer === 'cancel_queue') return true;
    // On the phone the way out is said, not offered as a menu: "toets 1" (QUEUE_STOP_KEY).
    if (answer === QUEUE_STOP_KEY && isSpeechTurn(context) && !(await this.flowRunning(context))) return true;
    if (SUPPORTED_LOCALES.some((l) => this.deps.localizer.t(l, CANCEL_QUEUE_KEY).toLowerCase() === answer))
      return true;
    const recognition = await turnRecognition(context, this.deps);
    return recognition.intent === 'cancel' && recognition.score >= this.deps.confidenceThreshold;
  }

  /**
   * "Stop met wachten", "laat maar, ik wil stoppen" while staff have the chat: the citizen leaves it.
   * A bare "stop" may be meant for the agent (an answer to their question): it reaches them instead.
   */
  private async wantsToLeaveAgent(context: TurnContext): Promise<boolean> {
    const said = (context.activity.text ?? '').trim();
    if (said.toLowerCase() !== 'cancel_queue' && said.split(/\s+/).length < 2) return false;
    return this.wantsToLeaveQueue(context);
  }

  /** A bare greeting ("hallo?", "hello, anyone?") that asks nothing else. */
  private async greetsWhileWaiting(context: TurnContext): Promise<boolean> {
    const recognition = await turnRecognition(context, this.deps);
    if (recognition.text.trim().split(/\s+/).length > 3) return false;
    return recognition.intent === 'greeting' && recognition.score >= this.deps.confidenceThreshold;
  }

  /** A phone number or e-mail address on its own or in a short message, while no flow asks a question. */
  private async givesContact(context: TurnContext): Promise<boolean> {
    const recognition = await turnRecognition(context, this.deps);
    const { phone, email, cjibNumber } = recognition.entities;
    if ((!phone && !email) || cjibNumber) return false;
    return !(await this.flowRunning(context));
  }

  /** Whether a dialog is waiting for an answer (then a number or key is that answer, not for the queue). */
  private async flowRunning(context: TurnContext): Promise<boolean> {
    const state = (await this.dialogState.get(context)) as { dialogStack?: unknown[] } | undefined;
    return (state?.dialogStack?.length ?? 0) > 0;
  }

  /** A short goodbye or a bare "no": said while queued, it would otherwise end the conversation with the citizen still in line. */
  private async saysByeOrNo(context: TurnContext): Promise<boolean> {
    const recognition = await turnRecognition(context, this.deps);
    if (recognition.text.trim().split(/\s+/).length > 4) return false;
    if (recognition.intent === 'goodbye' && recognition.score >= this.deps.confidenceThreshold) return true;
    return (
      recognition.entities.yesNo === false &&
      (recognition.intent === 'none' ||
        recognition.score < this.deps.confidenceThreshold ||
        recognition.intent === 'thanks')
    );
  }

  /** "Hoe lang moet ik nog wachten?" while queued: the place in the queue, and the way out of it. */
  private async tellPosition(
    context: TurnContext,
    handoff: HandoffCase,
    key:
      | 'handoff:queue.already'
      | 'handoff:queue.stillQueued'
      | 'handoff:queue.sorry'
      | 'handoff:queue.contactNoted'
      | 'handoff:queue.situationNoted'
      | 'handoff:queue.position'
      | 'handoff:queue.waitEstimate'
      | 'handoff:queue.waitUnknown'
      | 'handoff:distress.queued'
      | 'handoff:distress.crisisQueued' = 'handoff:queue.already',
    vars: Record<string, unknown> = {},
  ): Promise<void> {
    const position = (await this.queue.position(handoff)) ?? 1;
    await say(context, this.deps, {
      text: text(context, this.deps, key, { ...vars, position }),
      choices: queueChoices(context, this.deps),
    });
    await this.conversationState.saveChanges(context, false);
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
