import type { TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  type Dialog,
  type DialogContext,
  type DialogTurnResult,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { IntentId } from '../domain/language/intents';
import type { Locale } from '../domain/language/locale';
import { expressesFrustration } from '../domain/handoff/frustrationSignal';
import { takesWelcomeOffer } from '../domain/handoff/welcomeOffer';
import { saysThanks } from '../domain/language/conversationCues';
import { languageSwitchAsked } from '../domain/language/languageSwitchRequest';
import { asksAboutLettersLanguage, saysLetterInDutch } from '../domain/knowledge/contactLetterAsks';
import { normalizeQuestion } from '../domain/knowledge/normalizeQuestion';
import { offerPersonAfterFrustration, replyToCue, replyToWait, replyWhenStaffCall } from './cueReplies';
import type { DialogDeps } from './dialogDeps';
import { FAQ_DIALOG, FaqDialog } from './faqDialog';
import { answerHowToStop } from './bailiffStopQuestion';
import { replyWithDistressSteps } from './distressSteps';
import { sayForSomeoneElse } from './forSomeoneElseReply';
import { replyToHardship } from './hardshipReply';
import { replyToPressure } from './pressureReply';
import { replyLowerInstalmentBeforeLookup } from './lowerInstalmentAsked';
import { replyToChangeOfFiledRequest } from './filedRequestChange';
import { replyAboutFiledRequest } from './filedRequestReplies';
import type { FlowResult, IntentRoutes } from './flowRoutes';
import { resolveIntent } from './intentResolution';
import { answerToOffer, answerWithoutOffer } from './offerAnswer';
import { answerAmountFollowUp, leavesFaqForAmount } from './amountFollowUps';
import { resumeStoppedFlow } from './stoppedFlow';
import { answerAtChoices } from './offeredChoiceAnswer';
import { replyWithStageMeaning } from './stageMeaningReply';
import { resumeDeclinedConfirmation } from './arrangementDeclinedResume';
import { replyWithoutLetterAgain } from './noLetterAgain';
import { replyAboutRefusal } from './refusalFollowUp';
import { routeRequest } from './requestRouting';
import { changeLanguage } from './languageChange';
import { questionBesideLanguage } from '../domain/language/questionBesideLanguage';
import { inviteAnnouncedQuestion, sayCapabilities } from './smallTalk';
import { replaceTurnRecognition, turnLocale, turnRecognition } from './turn';
import type { Recognition } from '../domain/ports/recognizer';
import type { ConversationData } from './conversationData';

// The flow dialogs import these from here.
export type { FlowResult, IntentRoutes } from './flowRoutes';

export const MAIN_DIALOG = 'main';
const ROUTE = 'main.route';
/** A flow started from another one's result (a follow-up, a change of mind): its result is handled as well. */
const NEXT = 'main.next';

/**
 * The router: recognises each new message and starts the dialog for it, or answers small talk,
 * help, language changes and the fallback itself. Unsure → offer the top two; two misunderstandings
 * in a row → offer a person. The order of the checks below is part of the behaviour: what was offered
 * is read (and cleared) by resolveIntent, and a special case answered before it keeps the offer.
 */
/** Turn-state key: the message was routed again after a change of language for Dutch not understood. */
const NO_DUTCH_ROUTED = Symbol('noDutchRouted');

export class MainDialog extends ComponentDialog {
  private readonly routes: IntentRoutes = {};

  constructor(private readonly deps: DialogDeps) {
    super(MAIN_DIALOG);
    this.addDialog(new WaterfallDialog(ROUTE, [this.route.bind(this), this.afterFlow.bind(this)]));
    this.addDialog(new WaterfallDialog(NEXT, [this.startNext.bind(this), this.afterFlow.bind(this)]));
    this.addDialog(new FaqDialog(deps));
    this.initialDialogId = ROUTE;
  }

  /** Registers a feature's dialog and the intents that start it. */
  addFlow(dialog: Dialog, intents: IntentId[]): this {
    this.addDialog(dialog);
    for (const intent of intents) this.routes[intent] = dialog.id;
    return this;
  }

  /**
   * "Ok bedankt, nu weer Nederlands graag" while an answer asks "did this help?": the change of
   * language comes first, so the message is routed afresh. The flows change language themselves and
   * keep what was given (InterruptibleDialog).
   */
  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const active = innerDc.activeDialog;
    const { activity } = innerDc.context;
    if (active?.id === FAQ_DIALOG && activity.type === 'message') {
      if (await this.switchAsked(innerDc.context, activity.text ?? '')) {
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(ROUTE);
      }
      // "En hoeveel is dat per maand?", "hoeveel?" after the kantonrechter: about that answer's amount.
      if (await leavesFaqForAmount(innerDc, this.deps, await turnRecognition(innerDc.context, this.deps))) {
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(ROUTE);
      }
    }
    return super.onContinueDialog(innerDc);
  }

  /** A language asked for in the message that is not the one spoken now, or not yet the citizen's choice. */
  private async switchAsked(context: TurnContext, said: string): Promise<Locale | undefined> {
    const wanted = languageSwitchAsked(said);
    if (!wanted) return undefined;
    // "Ik krijg post in het Engels, kan dat in het Nederlands?" in Dutch: about the letters, not the chat.
    if (wanted === turnLocale(context) && asksAboutLettersLanguage(normalizeQuestion(said))) return undefined;
    const chosen = (await this.deps.state.user.get(context, {})).locale;
    return wanted !== turnLocale(context) || wanted !== chosen ? wanted : undefined;
  }

  /** "Ok english then. Why is my fine so high?": the language asked for, then the question, in it. */
  private async switchLanguage(
    step: WaterfallStepContext,
    recognition: Recognition,
    data: ConversationData,
    personOfferStands: boolean,
  ): Promise<DialogTurnResult> {
    const context = step.context;
    // "Ich verstehe kein Niederländisch" on its own: said of a Dutch letter, so that answer follows the switch.
    // (Routed once more in the new language: the route then does not switch again, see `route`.)
    const noDutch = saysLetterInDutch(normalizeQuestion(recognition.text)) ? recognition.text : undefined;
    if (noDutch) context.turnState.set(NO_DUTCH_ROUTED, true);
    const beside = personOfferStands ? undefined : (noDutch ?? questionBesideLanguage(recognition.text));
    await changeLanguage(context, this.deps, recognition, data, personOfferStands, beside !== undefined);
    if (!beside) return step.endDialog();
    const rest = await this.deps.recognizer.recognize(beside, turnLocale(context));
    // "Dzień dobry, dostałem mandat, czy można po polsku?": a rest not understood gets what the
    // assistant can do (the main choices), in the new language, not "not sure what you mean"; a
    // hello with it ("hello I got a ticket, english please") too, not a bare "how can I help?".
    if (rest.score < this.deps.confidenceThreshold || rest.intent === 'none' || rest.intent === 'greeting') {
      await sayCapabilities(context, this.deps, 'common:help.text');
      return step.endDialog();
    }
    replaceTurnRecognition(context, rest);
    return step.replaceDialog(ROUTE);
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const context = step.context;
    const data = await this.deps.state.conversation.get(context, {});
    const recognition = await turnRecognition(context, this.deps);
    // The welcome's offer of a person stands for the first message only, and only a clear yes takes it:
    // "ok", "top, dank je" or 👍 acknowledge the welcome (they were queued for staff).
    // (On the first message the only offer is the welcome's, unless the handoff gate made one for distress.)
    const welcomeOffer = data.personOffered === true && data.turns === 1 && data.handoffReason === undefined;
    if (welcomeOffer && recognition.entities.yesNo === true && !takesWelcomeOffer(recognition.text))
      data.personOffered = undefined;
    // An offer of a person made in this conversation (not the welcome's): a change of language keeps it.
    const personOfferStands =
      (data.personOffered === true && !welcomeOffer) ||
      (data.pendingClarification?.length === 1 && data.pendingClarification[0] === 'human_agent');
    const offered = data.pendingClarification?.includes('change_language')
      ? undefined
      : data.pendingClarification;
    const nothingAsked = !data.pendingClarification?.length && !data.personOffered;
    if (await replyToWait(context, this.deps, recognition)) return step.endDialog();
    // "Mag ik namens mijn opa…?", "ik ben de kleindochter van…": that said first, then the message as usual.
    await sayForSomeoneElse(context, this.deps, recognition.text, data);
    // "Wat moet ik doen?" to the person offered for distress: the steps it named, not the capabilities.
    if (await replyWithDistressSteps(context, this.deps, recognition, data)) return step.endDialog();
    // "Kan het maandbedrag van mijn bestaande regeling omlaag, ik ben mijn baan kwijt" before a lookup:
    // the running arrangement's answer (a personal arrangement first), not the job loss's or the noodstop's.
    if (await replyLowerInstalmentBeforeLookup(context, this.deps, recognition, data))
      return step.endDialog();
    // Shame, not reading well, "wat mot ik doen", an amount too high, "ik betaal niks meer": warm and concrete.
    if (await replyToPressure(context, this.deps, recognition, data)) return step.endDialog();
    // The bailiff at the door, gijzeling feared, a job lost: kindness, what helps and a person at once.
    const hardship = await replyToHardship(step, this.deps, this.routes, recognition, data);
    if (hardship) return hardship;
    // "Kan ik dat stoppen?" about the bailiff or garnishment just spoken of: how, not "nothing to stop".
    const stopAsked = await answerHowToStop(step, recognition, data);
    if (stopAsked) return stopAsked;
    // "Nog één vraag", "one more question": an invitation to ask it (not a hello, not misunderstood).
    if (nothingAsked && (await inviteAnnouncedQuestion(context, this.deps, recognition.text))) {
      data.misunderstandings = 0;
      return step.endDialog();
    }
    // "Ok bedankt, nu weer Nederlands graag": the language asked for, whatever else the message says.
    const switched = context.turnState.get(NO_DUTCH_ROUTED) === true;
    const switchTo = switched ? undefined : await this.switchAsked(context, recognition.text);
    if (switchTo) {
      data.pendingClarification = undefined;
      return this.switchLanguage(step, recognition, data, personOfferStands);
    }
    if (await replyToChangeOfFiledRequest(context, this.deps, recognition, data)) return step.endDialog();
    if (await replyAboutFiledRequest(context, this.deps, recognition, data, nothingAsked))
      return step.endDialog();
    if (await replyAboutRefusal(context, this.deps, recognition, data)) return step.endDialog();
    // An amount just spoken of (the term table, the kantonrechter's deposit), or "toch wel" after a stop.
    const inContext =
      (await resumeDeclinedConfirmation(step, this.deps, this.routes, recognition, data)) ??
      (await answerAmountFollowUp(step, this.deps, recognition, data)) ??
      (await resumeStoppedFlow(step, this.deps, this.routes, recognition, data));
    if (inContext) return inContext;
    // "Ik heb de brief niet hier" again after the ways without a letter: the short version, a person offered.
    if (await replyWithoutLetterAgain(context, this.deps, recognition, data)) return step.endDialog();
    // A person offered after "dit is waardeloos" (a single offered intent): a second outburst takes it.
    const personPending =
      data.pendingClarification?.length === 1 && data.pendingClarification[0] === 'human_agent';
    // "What does stage open mean?" after a lookup: that stage, for this citizen's own fines.
    if (await replyWithStageMeaning(context, this.deps, recognition, data)) return step.endDialog();
    // An e-mail address or "no idea" at several choices: kept for later, or what each is for (no choice made).
    if (await answerAtChoices(context, this.deps, recognition, offered, data)) return step.endDialog();
    const intent = resolveIntent(recognition, data, this.deps);
    // "English" picked from the languages offered, with a question in the same message.
    if (
      intent === 'change_language' &&
      !switched &&
      questionBesideLanguage(recognition.text) &&
      !asksAboutLettersLanguage(normalizeQuestion(recognition.text))
    )
      return this.switchLanguage(step, recognition, data, personOfferStands);
    if (await replyWhenStaffCall(context, this.deps, recognition, data)) return step.endDialog();
    // "Dit is waardeloos", "you don't understand me": the assistant is failing this citizen; sorry, and a person.
    if (intent !== 'human_agent' && expressesFrustration(recognition.text)) {
      if (personPending && this.routes.human_agent)
        return step.beginDialog(this.routes.human_agent, { recognition, intent: 'human_agent' });
      await offerPersonAfterFrustration(context, this.deps, data);
      return step.endDialog();
    }
    if (await replyToCue(context, this.deps, recognition, data, intent, offered)) return step.endDialog();
    // "ja graag" or "nee" to offered choices: which one, or what else; not a misunderstanding.
    const picked = intent !== undefined && offered?.includes(intent);
    // "ok then yes, call me": a person asked for, not a bare yes to answer.
    const asksPerson = intent === 'human_agent';
    // Thanks to a choice of several (no yes/no question) is thanks; to a single offer it may be a yes,
    // and to the welcome (its offer of a person) "ok thanks" acknowledges it: what can I do, then.
    const thanks = saysThanks(recognition.text) && !welcomeOffer;
    if (
      offered?.length &&
      !picked &&
      !(thanks && offered.length > 1) &&
      !asksPerson &&
      (await answerToOffer(context, this.deps, recognition, offered, data))
    )
      return step.endDialog();
    // "nee" to "Kan ik nog iets anders voor u doen?", or "ja" to it: a goodbye, or what it is.
    // "Ok bedankt" with no yes/no question pending is thanks, not a yes that asks "how can I help?".
    if (nothingAsked && !asksPerson && !thanks && (await answerWithoutOffer(context, this.deps, recognition)))
      return step.endDialog();
    return routeRequest(step, this.deps, this.routes, { recognition, intent, data, personOfferStands });
  }

  private async afterFlow(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = (step.result ?? {}) as FlowResult;
    // Through NEXT, so the handoff's own result (a flow to go on with, a message to route) is handled too.
    if (result.handoff && this.routes.human_agent)
      return step.replaceDialog(NEXT, {
        dialogId: this.routes.human_agent,
        options: { resume: result.resume },
      });
    const next = result.next ? this.routes[result.next] : undefined;
    if (next) {
      const recognition = await turnRecognition(step.context, this.deps);
      return step.replaceDialog(NEXT, { dialogId: next, options: { recognition, intent: result.next } });
    }
    if (result.reroute) return step.replaceDialog(ROUTE);
    return step.endDialog();
  }

  private async startNext(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { dialogId, options } = step.options as { dialogId: string; options: object };
    return step.beginDialog(dialogId, options);
  }
}
