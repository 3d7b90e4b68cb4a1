import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { isDistressSignal } from '../domain/handoff/distressSignal';
import { expressesFrustration } from '../domain/handoff/frustrationSignal';
import type { HandoffCase } from '../domain/handoff/handoffCase';
import type { HandoffQueue } from '../domain/handoff/handoffQueue';
import { tellsOwnSituation } from '../domain/handoff/ownSituation';
import { wantsToStopWaiting } from '../domain/handoff/stopWaiting';
import { asksAboutWaiting, impatientWithQueue } from '../domain/handoff/waitingQuestion';
import { typicalWaitMinutes } from '../domain/handoff/waitEstimate';
import { SUPPORTED_LOCALES } from '../domain/language/locale';
import type { DialogDeps } from '../dialogs/dialogDeps';
import { CANCEL_QUEUE_KEY, QUEUE_STOP_KEY, queueChoices } from '../dialogs/handoffDialog';
import { restoreKeptFlow } from '../dialogs/queuedFlow';
import { isSpeechTurn, say, text, turnRecognition } from '../dialogs/turn';

/** How many recently helped conversations the waiting-time estimate looks at. */
const RECENT_CASES = 50;

/** The texts that tell a waiting citizen their place in the queue (and the way out). */
export type PositionKey =
  | 'handoff:queue.already'
  | 'handoff:queue.stillQueued'
  | 'handoff:queue.sorry'
  | 'handoff:queue.contactNoted'
  | 'handoff:queue.situationNoted'
  | 'handoff:queue.position'
  | 'handoff:queue.waitEstimate'
  | 'handoff:queue.waitUnknown'
  | 'handoff:distress.queued'
  | 'handoff:distress.crisisQueued';

/**
 * What a message means from a citizen waiting in the queue: "stop waiting" leaves it, distress hears
 * that a person is coming (never a cancel), "how long still?" the place and an estimate, a phone number
 * or one's own situation is noted for staff, "hallo?", "doei" or a stray key the place again. Anything
 * else is for the assistant as usual (`answer` says which).
 */
export class WhileQueued {
  constructor(
    private readonly queue: HandoffQueue,
    private readonly deps: DialogDeps,
    private readonly dialogState: StatePropertyAccessor,
    private readonly save: (context: TurnContext) => Promise<void>,
  ) {}

  /**
   * Answers the message of a queued citizen when it is about the wait: 'answered'; 'resume' when the
   * citizen left the queue and a flow kept for it goes on (the assistant answers the message in it);
   * 'assistant' when the assistant answers it as usual.
   */
  async answer(
    context: TurnContext,
    key: string,
    handoff: HandoffCase,
    crisis: boolean,
  ): Promise<'answered' | 'resume' | 'assistant'> {
    const said = context.activity.text ?? '';
    // Distress while waiting for a person is never a wish to stop waiting ("ik zie het niet meer zitten").
    // A wish to die: the crisis line first, on its own line (suicideSignal.ts).
    if (isDistressSignal(said))
      return this.told(
        context,
        handoff,
        crisis ? 'handoff:distress.crisisQueued' : 'handoff:distress.queued',
      );
    // Silence on the phone (or an empty message) while waiting: where they stand, not "I did not hear you".
    if (!said.trim()) return this.told(context, handoff, 'handoff:queue.stillQueued');
    // "Laat maar, ik wil toch geen medewerker meer": stopping in own words leaves the queue too.
    if (wantsToStopWaiting(said) || (await this.wantsToLeave(context))) {
      await this.queue.cancel(key);
      // A flow interrupted for the queue goes on where it was: its question again, the next answer its.
      if (await restoreKeptFlow(context, this.deps, this.dialogState)) {
        await say(context, this.deps, { text: text(context, this.deps, 'handoff:queue.cancelledResume') });
        return 'resume';
      }
      await say(context, this.deps, { text: text(context, this.deps, 'handoff:queue.cancelled') });
      return 'answered';
    }
    // Another key pressed on the phone, or a bare number that picks nothing ("2" when SMS offered one
    // choice), while waiting with no question open: where they stand and how to stop.
    if (/^[0-9*#]$/.test(said.trim()) && !(await this.flowRunning(context)))
      return this.told(context, handoff, 'handoff:queue.stillQueued');
    // "Hallo?" while waiting: is anyone there yet? Where they stand, not the welcome menu again.
    if (await this.greets(context)) return this.told(context, handoff, 'handoff:queue.stillQueued');
    if (impatientWithQueue(said)) return this.told(context, handoff, 'handoff:queue.sorry');
    // "Hoe lang duurt het nog?": the place and an honest estimate from recent waits (or that none can be given).
    if (asksAboutWaiting(said)) {
      const recent = await this.queue.list(['with_agent', 'bot', 'closed'], RECENT_CASES);
      const minutes = typicalWaitMinutes(recent, this.deps.clock.now());
      return this.told(
        context,
        handoff,
        minutes ? 'handoff:queue.waitEstimate' : 'handoff:queue.waitUnknown',
        {
          minutes,
        },
      );
    }
    // A phone number or e-mail address while waiting (no flow asked for it): kindly, how staff can use it.
    if (await this.givesContact(context)) {
      await this.queue.noteWhileWaiting(key, { note: said });
      return this.told(context, (await this.queue.get(key)) ?? handoff, 'handoff:queue.contactNoted');
    }
    // "Ich verdiene nur 1200 Euro", "ik heb schulden" while waiting: noted for the person who takes over
    // (they read the conversation), not the same answer again with a person offered. Moved up when it
    // shows hardship: the place told is the new one.
    if (tellsOwnSituation(said)) {
      await this.queue.noteWhileWaiting(key, { note: said });
      return this.told(context, (await this.queue.get(key)) ?? handoff, 'handoff:queue.situationNoted');
    }
    // "Dit is waardeloos" while waiting: sorry for the wait and where they stand, not a person offered again.
    if (expressesFrustration(said)) return this.told(context, handoff, 'handoff:queue.sorry');
    // "Doei", "nee" while queued: not a goodbye to answer (the citizen is still in line), but where they stand.
    if (await this.saysByeOrNo(context)) return this.told(context, handoff, 'handoff:queue.stillQueued');
    return 'assistant';
  }

  /** The place in the queue, and the way out of it. */
  async tellPosition(
    context: TurnContext,
    handoff: HandoffCase,
    key: PositionKey = 'handoff:queue.already',
    vars: Record<string, unknown> = {},
  ): Promise<void> {
    const position = (await this.queue.position(handoff)) ?? 1;
    await say(context, this.deps, {
      text: text(context, this.deps, key, { ...vars, position }),
      choices: queueChoices(context, this.deps),
    });
    await this.save(context);
  }

  /** "Stop met wachten", the cancel choice, the stop key on the phone, or a confident cancel. */
  async wantsToLeave(context: TurnContext): Promise<boolean> {
    const answer = (context.activity.text ?? '').trim().toLowerCase();
    if (answer === 'cancel_queue') return true;
    // On the phone the way out is said, not offered as a menu: "toets 1" (QUEUE_STOP_KEY).
    if (answer === QUEUE_STOP_KEY && isSpeechTurn(context) && !(await this.flowRunning(context))) return true;
    if (SUPPORTED_LOCALES.some((l) => this.deps.localizer.t(l, CANCEL_QUEUE_KEY).toLowerCase() === answer))
      return true;
    const recognition = await turnRecognition(context, this.deps);
    return recognition.intent === 'cancel' && recognition.score >= this.deps.confidenceThreshold;
  }

  private async told(
    context: TurnContext,
    handoff: HandoffCase,
    key: PositionKey,
    vars?: Record<string, unknown>,
  ): Promise<'answered'> {
    await this.tellPosition(context, handoff, key, vars);
    return 'answered';
  }

  /** A bare greeting ("hallo?", "hello, anyone?") that asks nothing else. */
  private async greets(context: TurnContext): Promise<boolean> {
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
}
