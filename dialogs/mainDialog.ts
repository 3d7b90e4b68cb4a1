import {
  ComponentDialog,
  type Dialog,
  type DialogTurnResult,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { IntentId } from '../domain/language/intents';
import { givesCjibNumberForLookup } from '../domain/knowledge/givenCjibNumber';
import { isQuestion } from '../domain/knowledge/questionForm';
import { routeKnowledge } from '../domain/knowledge/routeKnowledge';
import { asksWhenStaffCall } from '../domain/handoff/callbackTiming';
import { conversationKeyOf } from '../domain/handoff/handoffServices';
import { expressesFrustration } from '../domain/handoff/frustrationSignal';
import { asksForPerson, declinesPerson } from '../domain/handoff/personRequest';
import { changesMindToYes } from '../domain/handoff/secondThought';
import { takesWelcomeOffer } from '../domain/handoff/welcomeOffer';
import { asksIfAssistantIsHuman } from '../domain/language/assistantIdentity';
import { chitChatOf, endsConversation, saysNotMeant } from '../domain/language/conversationCues';
import { asksToWait } from '../domain/language/waitRequest';
import { asksWhenDecided } from '../domain/language/howLongQuestion';
import { asksForReference } from '../domain/language/referenceQuestion';
import { saysNotUnderstood } from '../domain/language/dontKnow';
import { requestedLocale } from '../domain/language/requestedLocale';
import { SUPPORTED_LOCALES, type Locale } from '../domain/language/locale';
import type { Recognition } from '../domain/ports/recognizer';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { answerTopic } from './faqAnswer';
import { FAQ_DIALOG, FaqDialog, type FaqOptions } from './faqDialog';
import { chooseLanguage } from './languageChoice';
import {
  answerToOffer,
  answerWithoutOffer,
  bareYesNo,
  NO_CONTENT_AFTER_NO,
  offeredChoices,
} from './offerAnswer';
import { askAboutPerson } from './personQuestion';
import { offeredIntent, sayCapabilities } from './smallTalk';
import { isSpeechTurn, say, turnLocale, turnRecognition } from './turn';

/** From this many words a request for a person comes with a story, which may hold a question too. */
const STORY_WORDS = 15;

/** Intents that carry no request: never offered as what a misunderstood message may have meant. */
const SMALL_TALK: ReadonlySet<IntentId> = new Set(['none', 'greeting', 'thanks', 'goodbye']);

/** Words that say a number is where one lives: "postcode", "ich wohne in", "I live at", "adres". */
const POSTCODE_CUE =
  /\b(postcode|postal code|post code|zip|postleitzahl|plz|kod pocztowy|kod|woon\w*|wohne\w*|live|living|mieszkam|adres|address|adresse)\b/i;

/** Words from which a message with a postcode says more than where the citizen lives. */
const POSTCODE_STATEMENT_WORDS = 7;

/**
 * "Ich wohne in 47533 Kleve", "8911 AB": a short statement of the postcode and nothing else asked
 * (the recogniser may hear living abroad in it): what the citizen wants is asked.
 */
function saysOnlyPostcode(recognition: Recognition, intent: IntentId | undefined): boolean {
  if (intent === undefined || SMALL_TALK.has(intent)) return true;
  if (intent === 'fine_status' || intent === 'payment_arrangement' || intent === 'human_agent') return false;
  if (intent === 'cancel' || intent === 'change_language') return false;
  return recognition.text.trim().split(/\s+/).length <= POSTCODE_STATEMENT_WORDS;
}

/**
 * A postcode given outside a flow, without a CJIB number or a question: a Dutch one, or one said
 * to be a postcode or an address ("ich wohne in 47533 Kleve"; a bare "12345" may be anything).
 * Only with no request or with the lookup or the arrangement, which then use it.
 */
function givenPostcode(recognition: Recognition, intent: IntentId | undefined): string | undefined {
  const { postcode, cjibNumber } = recognition.entities;
  if (!postcode || cjibNumber || isQuestion(recognition.text)) return undefined;
  if (postcode.country !== 'NL' && !POSTCODE_CUE.test(recognition.text)) return undefined;
  const forFlow = intent === 'fine_status' || intent === 'payment_arrangement';
  return forFlow || saysOnlyPostcode(recognition, intent) ? postcode.value : undefined;
}

export const MAIN_DIALOG = 'main';
const ROUTE = 'main.route';
/** A flow started from another one's result (a follow-up, a change of mind): its result is handled as well. */
const NEXT = 'main.next';

/** What a child dialog may hand back: a message it did not consume, or an interruption to act on. */
export interface FlowResult {
  /** The current message was not an answer to the child's question: route it afresh. */
  reroute?: boolean;
  /** The citizen asked for a person mid-flow. */
  handoff?: boolean;
  /** The citizen picked a follow-up that starts a flow (e.g. "look up my fine" after an answer). */
  next?: IntentId;
}

/** Intents that start a flow dialog, registered by the feature that owns the dialog. */
export type IntentRoutes = Partial<Record<IntentId, string>>;

/**
 * The router: recognises each new message and starts the dialog for it, or answers small talk,
 * help, language changes and the fallback itself. Unsure → offer the top two; two misunderstandings
 * in a row → offer a person.
 */
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
    // "Momentje": nothing to route; what was offered before still stands.
    if (asksToWait(recognition.text)) {
      await say(context, this.deps, {
        text: this.deps.localizer.t(turnLocale(context), 'common:wait.reply'),
      });
      return step.endDialog();
    }
    // "Hoe lang duurt dat?" after an arrangement request: its decision, not the payment deadline.
    if (data.arrangementFiled && asksWhenDecided(recognition.text)) {
      await say(context, this.deps, {
        text: this.deps.localizer.t(turnLocale(context), 'arrangement:filed.howLong'),
      });
      return step.endDialog();
    }
    // "Wat was mijn referentienummer ook alweer?" later on: the reference of the request filed here.
    if (data.arrangementReference && asksForReference(recognition.text)) {
      const reference = data.arrangementReference;
      await say(context, this.deps, {
        text: this.deps.localizer.t(turnLocale(context), 'arrangement:filed.reference', { reference }),
      });
      return step.endDialog();
    }
    // "Ja, versturen" once more right after the reference was given: that same request, never a second one.
    const referenceJustGiven = data.referenceJustGiven;
    data.referenceJustGiven = undefined;
    if (referenceJustGiven && nothingAsked && bareYesNo(recognition, this.deps) === true) {
      const again = this.deps.localizer.t(turnLocale(context), 'arrangement:filed.already', {
        reference: referenceJustGiven,
      });
      await say(context, this.deps, { text: again });
      return step.endDialog();
    }
    // A person offered after "dit is waardeloos" (a single offered intent): a second outburst takes it.
    const personPending =
      data.pendingClarification?.length === 1 && data.pendingClarification[0] === 'human_agent';
    const intent = this.resolveIntent(recognition, data);
    // 'When will you call me back?' after a callback request: when, not a clarifying question.
    if (data.callbackPart && asksWhenStaffCall(recognition.text)) {
      const when = this.deps.localizer.t(turnLocale(context), `handoff:callback.when.${data.callbackPart}`);
      await say(context, this.deps, { text: when });
      return step.endDialog();
    }
    // "Dit is waardeloos", "you don't understand me": the assistant is failing this citizen; sorry, and a person.
    if (intent !== 'human_agent' && expressesFrustration(recognition.text)) {
      if (personPending && this.routes.human_agent)
        return step.beginDialog(this.routes.human_agent, { recognition, intent: 'human_agent' });
      return this.offerPersonAfterFrustration(step, data);
    }
    // "Ich verstehe nicht", "wat bedoel je?" with nothing asked: what the assistant can do, not a guess.
    if (
      !offered?.length &&
      saysNotUnderstood(recognition.text) &&
      recognition.text.trim().split(/\s+/).length <= 6
    ) {
      await sayCapabilities(context, this.deps, 'common:help.text');
      return step.endDialog();
    }
    // "Nee, dat bedoel ik niet" with nothing asked: sorry, and ask again in other words (never a goodbye).
    if (saysNotMeant(recognition.text)) {
      data.misunderstandings = 0;
      await say(context, this.deps, {
        text: this.deps.localizer.t(turnLocale(context), 'faq:feedback.sorry'),
      });
      return step.endDialog();
    }
    // "lol", "hoe gaat het?", "je bent top": a friendly word back and what it can do, no cold "cannot help".
    const chitChat =
      intent === undefined || SMALL_TALK.has(intent) ? chitChatOf(recognition.text) : undefined;
    if (chitChat) {
      const key =
        chitChat === 'laugh'
          ? 'common:chitChat.laugh'
          : chitChat === 'howAreYou'
            ? 'common:chitChat.howAreYou'
            : 'common:chitChat.compliment';
      await sayCapabilities(context, this.deps, key);
      return step.endDialog();
    }
    // "Praat ik met een robot?": say it is an assistant (EU AI Act art. 50) and offer a person.
    if (asksIfAssistantIsHuman(recognition.text)) {
      data.personOffered = true;
      const t = (key: string): string => this.deps.localizer.t(turnLocale(context), key);
      await askAboutPerson(context, this.deps, t('common:identity.reply'));
      return step.endDialog();
    }
    // "ja graag" or "nee" to offered choices: which one, or what else; not a misunderstanding.
    const picked = intent !== undefined && offered?.includes(intent);
    // "ok then yes, call me": a person asked for, not a bare yes to answer.
    const asksPerson = intent === 'human_agent';
    if (
      offered?.length &&
      !picked &&
      !asksPerson &&
      (await answerToOffer(context, this.deps, recognition, offered, data))
    )
      return step.endDialog();
    // "nee" to "Kan ik nog iets anders voor u doen?", or "ja" to it: a goodbye, or what it is.
    if (nothingAsked && !asksPerson && (await answerWithoutOffer(context, this.deps, recognition)))
      return step.endDialog();
    // "My postcode is 8911 AB", "ich wohne in 47533 Kleve": kept for the lookup (not asked again);
    // without a request in it, what the citizen wants is asked.
    const postcode = givenPostcode(recognition, intent);
    if (postcode) {
      data.mentionedPostcode = postcode;
      if (saysOnlyPostcode(recognition, intent)) {
        data.misunderstandings = 0;
        data.pendingClarification = ['fine_status', 'payment_arrangement'];
        await say(context, this.deps, {
          text: this.deps.localizer.t(turnLocale(context), 'lookup:postcodeKept'),
          choices: offeredChoices(context, this.deps, data.pendingClarification),
          expectsInput: true,
        });
        return step.endDialog();
      }
    }
    if (givesCjibNumberForLookup(recognition, intent) && this.routes.fine_status) {
      data.misunderstandings = 0;
      data.lastIntent = 'fine_status';
      return step.beginDialog(this.routes.fine_status, { recognition, intent: 'fine_status' });
    }
    // Questions for the knowledge base (also unsure ones whose words confirm a topic, and scam messages).
    const knowledge = routeKnowledge(recognition, intent);
    // "Kan ik dat in termijnen betalen?" after a lookup, or with the letter's number: the citizen's own
    // schedule answers it better than the general conditions.
    const ownFines = data.identified !== undefined || recognition.entities.cjibNumber !== undefined;
    if (
      knowledge.kind === 'topic' &&
      knowledge.topicId === 'instalments' &&
      ownFines &&
      this.routes.payment_arrangement
    ) {
      data.misunderstandings = 0;
      data.lastIntent = 'payment_arrangement';
      return step.beginDialog(this.routes.payment_arrangement, {
        recognition,
        intent: 'payment_arrangement',
      });
    }
    if (knowledge.kind === 'topic' || knowledge.kind === 'clarify') {
      data.misunderstandings = 0;
      // What was asked last (also for staff's summary), so a later "hallo" is no repeated hello.
      data.lastIntent = intent ?? recognition.intent;
      return step.beginDialog(FAQ_DIALOG, { recognition, selection: knowledge } satisfies FaqOptions);
    }
    if (!intent) return this.misunderstood(step, recognition, data);
    data.misunderstandings = 0;
    const previousIntent = data.lastIntent;
    data.lastIntent = intent;
    this.deps.metrics?.intent(intent);
    // "Hallo?" again after a hello: perhaps waiting for a person to answer. Never the same hello twice:
    // who is here and the offer of a person, then (offer still open) the short question.
    if (intent === 'greeting' && previousIntent === 'greeting' && !context.responded) {
      if (personOfferStands)
        await say(context, this.deps, {
          text: this.deps.localizer.t(turnLocale(context), 'common:greeting.afterWelcome'),
        });
      else {
        data.personOffered = true;
        await askAboutPerson(
          context,
          this.deps,
          this.deps.localizer.t(turnLocale(context), 'common:greeting.again'),
        );
      }
      return step.endDialog();
    }
    const dialogId = this.routes[intent];
    if (intent === 'human_agent') await this.answerQuestionInStory(context, recognition);
    if (dialogId) return step.beginDialog(dialogId, { recognition, intent });
    await this.answerDirectly(step, intent, recognition, data, personOfferStands, previousIntent);
    return step.endDialog();
  }

  private async afterFlow(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = (step.result ?? {}) as FlowResult;
    if (result.handoff && this.routes.human_agent) return step.replaceDialog(this.routes.human_agent);
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

  /** The intent to act on, taking an answer to an earlier "did you mean" or "want a person?" into account. */
  private resolveIntent(recognition: Recognition, data: ConversationData): IntentId | undefined {
    const pending = data.pendingClarification;
    const personOffered = data.personOffered;
    data.pendingClarification = undefined;
    data.personOffered = undefined;
    if (pending?.includes('change_language') && requestedLocale(recognition.text)) return 'change_language';
    // "ja" to a single offer ("Wilt u een medewerker spreken?" after a paid lookup) takes it.
    if (
      pending?.length === 1 &&
      pending[0] !== 'change_language' &&
      bareYesNo(recognition, this.deps) === true
    )
      return pending[0];
    if (pending?.length) {
      const picked = offeredIntent(recognition.text, pending, this.deps, recognition);
      if (picked) return picked;
    }
    // A bare yes or no answers the offer; "nee, ik wil een betalingsregeling" is routed as it says.
    const yesNo = personOffered ? bareYesNo(recognition, this.deps, NO_CONTENT_AFTER_NO) : undefined;
    // "Nee, doei": no person, and the citizen is leaving.
    if (yesNo === false && recognition.intent === 'goodbye') return 'goodbye';
    // "Thanks, that's all", "dzięki, pa", "oké bedankt, doei": a goodbye, not "anything else?".
    if (endsConversation(recognition.text)) return 'goodbye';
    if (yesNo === false) {
      // Remembered for the next message only (false: offered and turned down), for a second thought.
      data.personOffered = false;
      return 'help';
    }
    if (yesNo === true) return 'human_agent';
    // "Toch wel", "actually yes", "doch" right after turning the person down: the person after all.
    if (personOffered === false && changesMindToYes(recognition.text)) return 'human_agent';
    // "Ik wil een mens", "bel me maar", also inside an angry or long message: the citizen asking is a handoff trigger.
    if (asksForPerson(recognition.text)) return 'human_agent';
    // "Ik wil geen medewerker, gewoon betalen": a person turned down, whatever the model makes of the word.
    if (recognition.intent === 'human_agent' && declinesPerson(recognition.text)) {
      const next = recognition.ranked.find((r) => r.intent !== 'human_agent' && r.intent !== 'none');
      return next && next.score >= this.deps.confidenceThreshold ? next.intent : undefined;
    }
    if (recognition.intent === 'none' || recognition.score < this.deps.confidenceThreshold) return undefined;
    return recognition.intent;
  }

  /** Whether the citizen is in the queue for a person right now (the gate lets their messages through). */
  private async waitingForPerson(
    context: WaterfallStepContext['context'],
    data: ConversationData,
  ): Promise<boolean> {
    if (!data.handoffRequested || !this.deps.handoff) return false;
    const { channelId, conversation } = context.activity;
    const handoff = await this.deps.handoff.queue.get(conversationKeyOf(channelId, conversation.id));
    return handoff?.status === 'queued';
  }

  private async misunderstood(
    step: WaterfallStepContext,
    recognition: Recognition,
    data: ConversationData,
  ): Promise<DialogTurnResult> {
    const context = step.context;
    const locale = turnLocale(context);
    const t = (key: string): string => this.deps.localizer.t(locale, key);
    // An empty message or only emoji: nothing was misunderstood, so no person is offered for it.
    // Letters of any script count as text (Arabic or Cyrillic is a message, not an empty one).
    if (!/[\p{L}\p{N}]/u.test(recognition.text)) {
      // A bare "?" is "what?": what the assistant can do, not "I see no text".
      const key = recognition.text.includes('?') ? 'common:help.text' : 'common:fallback.empty';
      await sayCapabilities(context, this.deps, key);
      return step.endDialog();
    }
    data.misunderstandings = (data.misunderstandings ?? 0) + 1;
    this.deps.metrics?.fallback();
    // Waiting for a person already: "shall I find you a person?" would make no sense.
    if (await this.waitingForPerson(context, data)) data.misunderstandings = 1;
    // The person was offered and the citizen wrote something else again: not the same question a
    // second time in a row, but what the assistant can do, with a person among the choices.
    if (data.misunderstandings > 2) {
      data.misunderstandings = 0;
      await sayCapabilities(context, this.deps, 'common:fallback.stillNotUnderstood');
      return step.endDialog();
    }
    if (data.misunderstandings === 2) {
      data.personOffered = true;
      await askAboutPerson(context, this.deps, t('common:fallback.offerPerson'));
      return step.endDialog();
    }
    const candidates = recognition.ranked
      // 'Did you mean: Greeting?' asks nothing a citizen would choose: only topics and flows are offered.
      .filter((r) => !SMALL_TALK.has(r.intent) && r.score > 0)
      .filter((r) => r.intent !== 'human_agent' || !declinesPerson(recognition.text))
      .slice(0, 2)
      .map((r) => r.intent);
    if (recognition.intent !== 'none' && candidates.length === 2) {
      data.pendingClarification = candidates;
      const choices = offeredChoices(context, this.deps, candidates);
      await say(context, this.deps, { text: t('common:fallback.clarify'), choices, expectsInput: true });
      return step.endDialog();
    }
    await sayCapabilities(context, this.deps, 'common:fallback.none');
    return step.endDialog();
  }

  /**
   * "Ik heb al betaald en nu weer een brief met een hoger bedrag. Hoe kan dat? En ik wil iemand
   * spreken": a long story with a question and a request for a person. The question is answered
   * (without follow-ups) before the handoff, so the wait for staff or their call does not start with
   * nothing; short requests ("ik wil een mens") are handed over at once.
   */
  private async answerQuestionInStory(
    context: WaterfallStepContext['context'],
    recognition: Recognition,
  ): Promise<void> {
    if (recognition.text.trim().split(/\s+/).length < STORY_WORDS || !recognition.text.includes('?')) return;
    const asked = routeKnowledge(recognition, undefined);
    if (asked.kind === 'topic' && asked.topicId !== 'scam')
      await answerTopic(context, this.deps, asked.topicId, { followUps: false });
  }

  /** Sorry, and the offer of a person as the one offered intent, so "ja" takes it and "nee" asks what else. */
  private async offerPersonAfterFrustration(
    step: WaterfallStepContext,
    data: ConversationData,
  ): Promise<DialogTurnResult> {
    const context = step.context;
    const t = (key: string): string => this.deps.localizer.t(turnLocale(context), key);
    data.misunderstandings = 0;
    data.pendingClarification = ['human_agent'];
    await askAboutPerson(context, this.deps, t('common:frustration.offer'));
    return step.endDialog();
  }

  private async answerDirectly(
    step: WaterfallStepContext,
    intent: IntentId,
    recognition: Recognition,
    data: ConversationData,
    personOfferStands: boolean,
    previousIntent?: IntentId,
  ): Promise<void> {
    const context = step.context;
    const locale = turnLocale(context);
    const t = (key: string): string => this.deps.localizer.t(locale, key);
    switch (intent) {
      case 'greeting':
        // Right after the welcome (a first message on SMS or the phone) a second hello is one too
        // many; on the phone the welcome itself ends with the question.
        if (context.responded && isSpeechTurn(context)) return;
        // Right after the welcome (same turn) its menu still stands; later, 'How can I help?' offers
        // the main flows again, so on SMS '2' after a hello still means the second.
        if (context.responded) await say(context, this.deps, { text: t('common:greeting.afterWelcome') });
        else await sayCapabilities(context, this.deps, 'common:greeting.reply');
        return;
      case 'goodbye':
        await say(context, this.deps, { text: t('common:goodbye.reply') });
        return;
      case 'thanks':
        // Thanks again after "anything else?": the citizen is done; no second "anything else?".
        await say(context, this.deps, {
          text: t(previousIntent === 'thanks' ? 'common:goodbye.reply' : 'common:thanks.reply'),
        });
        return;
      case 'cancel':
        await say(context, this.deps, { text: t('common:cancel.nothing') });
        return;
      case 'change_language':
        await this.changeLanguage(step, recognition, data, personOfferStands);
        return;
      default:
        // help, and any intent whose feature has not registered a dialog. Asked twice in a row: the
        // same list once more would read as a loop, so examples of questions to ask instead.
        await sayCapabilities(
          context,
          this.deps,
          intent === 'help' && previousIntent === 'help' ? 'common:help.again' : 'common:help.text',
        );
    }
  }

  private async changeLanguage(
    step: WaterfallStepContext,
    recognition: Recognition,
    data: ConversationData,
    personOfferStands: boolean,
  ): Promise<void> {
    const context = step.context;
    const wanted = requestedLocale(recognition.text);
    if (!wanted) {
      const locale = turnLocale(context);
      await say(context, this.deps, {
        text: this.deps.localizer.t(locale, 'common:language.ask'),
        choices: SUPPORTED_LOCALES.map((l) => ({
          value: l,
          title: this.deps.localizer.t(l, 'common:language.name'),
        })),
        expectsInput: true,
      });
      data.pendingClarification = ['change_language'];
      return;
    }
    await chooseLanguage(context, this.deps, wanted);
    if (personOfferStands) return this.offerPersonAgain(context, data, wanted);
    await say(context, this.deps, { text: this.deps.localizer.t(wanted, 'common:language.changed') });
  }

  /**
   * "Can we speak English?" while a person is offered: the offer still stands, now in the citizen's
   * language, so their "yes" takes it; after distress with the kindness and 113 again.
   */
  private async offerPersonAgain(
    context: WaterfallStepContext['context'],
    data: ConversationData,
    locale: Locale,
  ): Promise<void> {
    const t = (key: string): string => this.deps.localizer.t(locale, key);
    data.personOffered = true;
    const question =
      data.handoffReason === 'distress'
        ? `${t('common:language.continued')} ${t('handoff:distress.offer')}`
        : t('common:language.offerPerson');
    await askAboutPerson(context, this.deps, question, locale);
  }
}
