import type { TurnContext } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { soundsAngry } from '../domain/handoff/angryRequest';
import { asksForPerson } from '../domain/handoff/personRequest';
import { followUpKind, refersBack } from '../domain/knowledge/followUpTopic';
import { givesCjibNumberForLookup } from '../domain/knowledge/givenCjibNumber';
import { aboutFiledRequest, asksCostsWhilePending } from '../domain/knowledge/askedFirst';
import { routeKnowledge } from '../domain/knowledge/routeKnowledge';
import { offersArrangementHere } from '../domain/knowledge/situationLead';
import { monthsWished } from '../domain/arrangement/monthsWished';
import { ownMonthlyAmountCents } from '../domain/arrangement/ownMonthlyAmount';
import type { IntentId } from '../domain/language/intents';
import { saysInstalmentWillBeMissed, saysMissedInstalment } from '../domain/language/missedInstalment';
import { asksWhatIsOwed } from '../domain/language/owedQuestion';
import { finedOnVisit } from '../domain/language/touristFine';
import { ownClaimQuestion } from '../domain/language/ownClaimQuestion';
import { givenPostcode, saysOnlyPostcode } from '../domain/language/postcodeOutsideFlow';
import type { Recognition } from '../domain/ports/recognizer';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { noteQuestionBeforeLookup } from './askedBeforeLookup';
import { sayOpenNow, whenOpenAsked } from './openingTimes';
import { answerDirectly } from './directReplies';
import { answerTopic } from './faqAnswer';
import { retriesLookup, startsLookup } from './lookupTriggers';
import { replyWhatNowAfterOutage } from './outageOptions';
import { startArrangementForSanction, startArrangementWithoutNumber } from './sanctionArrangement';
import { FAQ_DIALOG, type FaqOptions } from './faqDialog';
import type { IntentRoutes } from './flowRoutes';
import { misunderstood } from './misunderstanding';
import { offeredChoices } from './offerAnswer';
import { askAboutPerson } from './personQuestion';
import { shownClaims } from './shownClaims';
import { say, turnLocale } from './turn';

/** From this many words a request for a person comes with a story, which may hold a question too. */
const STORY_WORDS = 15;
/** Answers after which the citizen's letter number starts the arrangement: an own monthly amount is kept for it. */
const ARRANGEMENT_TOPICS: ReadonlySet<string> = new Set([
  'instalments',
  'instalment_terms',
  'personal_arrangement',
]);

/**
 * "Ik heb al betaald en nu weer een brief met een hoger bedrag. Hoe kan dat? En ik wil iemand
 * spreken": a long story with a question and a request for a person. The question is answered
 * (without follow-ups) before the handoff, so the wait for staff or their call does not start with
 * nothing; short requests ("ik wil een mens") are handed over at once.
 */
async function answerQuestionInStory(
  context: TurnContext,
  deps: DialogDeps,
  recognition: Recognition,
): Promise<void> {
  // "Das ist doch Abzocke!!! … Ich will sofort einen Menschen sprechen": angry, the person at once
  // with a short acknowledgement, no lecture first.
  if (soundsAngry(recognition.text)) {
    await say(context, deps, { text: deps.localizer.t(turnLocale(context), 'handoff:angryAcknowledged') });
    return;
  }
  if (recognition.text.trim().split(/\s+/).length < STORY_WORDS || !recognition.text.includes('?')) return;
  const asked = routeKnowledge(recognition, undefined);
  if (asked.kind === 'topic' && asked.topicId !== 'scam')
    await answerTopic(context, deps, asked.topicId, { followUps: false });
}

/** A short "how long does that take?" while the fines looked up include one under appeal. */
async function asksHowLongAfterAppealShown(
  context: TurnContext,
  deps: DialogDeps,
  recognition: Recognition,
): Promise<boolean> {
  if (followUpKind(recognition.text) !== 'duration' || !refersBack(recognition.text)) return false;
  return (await shownClaims(context, deps))?.underAppeal === true;
}

/** What the router knows of the message once the special cases and the offers are out of the way. */
export interface RequestToRoute {
  recognition: Recognition;
  /** The intent to act on (undefined: not understood). */
  intent: IntentId | undefined;
  data: ConversationData;
  /** An offer of a person made in this conversation (not the welcome's) still stands. */
  personOfferStands: boolean;
}

/**
 * Which flow or answer a message gets: a postcode kept, the lookup for a CJIB number, the own
 * instalments, a knowledge answer, the fallback, a second hello, a flow dialog or a direct answer.
 */
export async function routeRequest(
  step: WaterfallStepContext,
  deps: DialogDeps,
  routes: IntentRoutes,
  { recognition, intent, data, personOfferStands }: RequestToRoute,
): Promise<DialogTurnResult> {
  const context = step.context;
  // "I already paid, why a reminder?" before any lookup: kept for the lookup to answer (askedBeforeLookup.ts).
  noteQuestionBeforeLookup(recognition.text, data);
  // "Wanneer zijn jullie wel open?" right after asking for a person: when staff are there (office hours).
  const opening = whenOpenAsked(deps, recognition.text, data);
  if (opening === 'closed' && routes.human_agent)
    return step.beginDialog(routes.human_agent, { recognition, intent: 'human_agent' });
  if (opening === 'open') {
    await sayOpenNow(context, deps, data);
    return step.endDialog();
  }
  // "Ik wil een medewerker spreken over mijn regeling, ik heb een termijn gemist": a person asked for in
  // words, with a topic, is a request for a person (the message goes into the case), not the topic's answer.
  if (intent === 'human_agent' && asksForPerson(recognition.text) && routes.human_agent) {
    data.misunderstandings = 0;
    data.lastIntent = intent;
    deps.metrics?.intent(intent);
    await answerQuestionInStory(context, deps, recognition);
    return step.beginDialog(routes.human_agent, { recognition, intent });
  }
  // "My postcode is 8911 AB", "ich wohne in 47533 Kleve": kept for the lookup (not asked again);
  // without a request in it, what the citizen wants is asked.
  const postcode = givenPostcode(recognition, intent);
  if (postcode) {
    data.mentionedPostcode = postcode;
    if (saysOnlyPostcode(recognition, intent)) {
      data.misunderstandings = 0;
      data.pendingClarification = ['fine_status', 'payment_arrangement'];
      await say(context, deps, {
        text: deps.localizer.t(turnLocale(context), 'lookup:postcodeKept'),
        choices: offeredChoices(context, deps, data.pendingClarification),
        expectsInput: true,
      });
      return step.endDialog();
    }
  }
  // "Ik heb de regeling net aangevraagd maar wil hem intrekken", "BR-2026-15176552": a request sent
  // before, which a person handles (its reference is no CJIB number, and no new request is started).
  if (aboutFiledRequest(recognition.text)) {
    data.misunderstandings = 0;
    data.lastIntent = 'payment_arrangement';
    const selection = { kind: 'topic', topicId: 'filed_request' } as const;
    return step.beginDialog(FAQ_DIALOG, { recognition, selection } satisfies FaqOptions);
  }
  const arrangement =
    (await startArrangementForSanction(step, deps, routes, recognition, data)) ??
    (await startArrangementWithoutNumber(step, routes, recognition, data));
  if (arrangement) return arrangement;
  // "Komen er nog kosten bij?" right after sending a request: whether increases come meanwhile is not known.
  if (data.arrangementFiled === true && asksCostsWhilePending(recognition.text, true)) {
    data.misunderstandings = 0;
    data.lastIntent = 'payment_arrangement';
    const selection = { kind: 'topic', topicId: 'instalments' } as const;
    return step.beginDialog(FAQ_DIALOG, { recognition, selection } satisfies FaqOptions);
  }
  // "Hoe betaal ik?", "en wie moet dan betalen?" after a lookup that showed a bailiff on all of it:
  // the bailiff on the letter (the CJIB's ways of paying would send the money to the wrong place).
  if (data.bailiffShown && (intent === 'how_to_pay' || followUpKind(recognition.text) === 'whoPays')) {
    data.misunderstandings = 0;
    data.lastIntent = 'bailiff';
    return step.beginDialog(FAQ_DIALOG, { topicId: 'bailiff_involved' } satisfies FaqOptions);
  }
  // "Ik heb een betalingsregeling maar ik kan deze maand niet betalen": an instalment of a running
  // arrangement will be missed; the missed-instalment answer, not a new application. With an
  // arrangement shown or filed here, "deze maand lukt het niet" says the same.
  const knownArrangement = data.runningArrangement === true || data.arrangementFiled === true;
  const missed = knownArrangement
    ? saysInstalmentWillBeMissed(recognition.text)
    : saysMissedInstalment(recognition.text);
  if (missed && !recognition.entities.cjibNumber) {
    data.misunderstandings = 0;
    data.lastIntent = 'payment_arrangement';
    const selection = { kind: 'topic', topicId: 'missed_instalment' } as const;
    return step.beginDialog(FAQ_DIALOG, { recognition, selection } satisfies FaqOptions);
  }
  // "Probeer het nog eens" after the back office was down: that lookup again, with the details given.
  const retried = retriesLookup(recognition, data);
  const retryRoute = retried ? routes[retried] : undefined;
  if (retried && retryRoute) {
    data.misunderstandings = 0;
    data.personOffered = undefined;
    data.lastIntent = retried;
    await say(context, deps, { text: deps.localizer.t(turnLocale(context), 'lookup:retrying') });
    return step.beginDialog(retryRoute, { intent: retried });
  }
  // "En nu?" after the back office was down: the options again (a person now, or later), not the fallback.
  if (await replyWhatNowAfterOutage(context, deps, recognition, data)) return step.endDialog();
  // The dead, a plate, another fine after a lookup: the lookup has the right path (lookupTriggers.ts).
  if (startsLookup(recognition, data) && routes.fine_status) {
    data.misunderstandings = 0;
    data.lastIntent = 'fine_status';
    return step.beginDialog(routes.fine_status, { recognition, intent: 'fine_status' });
  }
  const asked = ownClaimQuestion(recognition.text);
  // "Kan ik de rest in één keer betalen?" is about an arrangement shown running here; else the usual answers.
  const question = asked === 'payRest' && data.runningArrangement !== true ? undefined : asked;
  // "Hoeveel termijnen nog?", "wanneer is mijn volgende termijn?", "welke boete is dit?" before a lookup
  // are answered once the fines are found (only the record knows); "what do I still owe?" or "why so
  // much?" then is the overview.
  const arrangementQuestion =
    question === 'instalmentsLeft' ||
    question === 'monthlyAmount' ||
    question === 'nextInstalment' ||
    question === 'paidOff' ||
    question === 'whichFine'
      ? question
      : undefined;
  // "Kan ik in delen betalen?", the conditions (which say it can be requested here), then the
  // letter's number: the request, with that number, not only the overview.
  if (
    givesCjibNumberForLookup(recognition, intent) &&
    data.lastIntent === 'payment_arrangement' &&
    routes.payment_arrangement
  ) {
    data.misunderstandings = 0;
    return step.beginDialog(routes.payment_arrangement, { recognition, intent: 'payment_arrangement' });
  }
  if (givesCjibNumberForLookup(recognition, intent) && routes.fine_status) {
    data.misunderstandings = 0;
    data.lastIntent = 'fine_status';
    return step.beginDialog(routes.fine_status, {
      recognition,
      intent: 'fine_status',
      question: arrangementQuestion,
    });
  }
  // "Hoeveel termijnen nog?", "waarom is het zo duur?" once the fines were looked up: answered from
  // them (identification kept), not with the whole overview, the arrangement flow or the general rules.
  if (question && data.identified !== undefined && routes.fine_status) {
    data.misunderstandings = 0;
    data.lastIntent = 'fine_status';
    return step.beginDialog(routes.fine_status, { recognition, intent: 'fine_status', question });
  }
  if (
    (question === 'nextInstalment' || question === 'paidOff' || question === 'whichFine') &&
    routes.fine_status
  ) {
    data.misunderstandings = 0;
    data.lastIntent = 'fine_status';
    return step.beginDialog(routes.fine_status, { recognition, intent: 'fine_status', question });
  }
  // "Ik wil gewoon weten wat ik moet betalen": the amount owed, which the lookup tells (not how to pay).
  if (asksWhatIsOwed(recognition.text) && routes.fine_status) {
    data.misunderstandings = 0;
    data.lastIntent = 'fine_status';
    return step.beginDialog(routes.fine_status, { recognition, intent: 'fine_status' });
  }
  // "Hoe lang duurt dat?" right after a lookup that showed a fine under appeal: the appeal's decision
  // time and nothing to pay meanwhile (the short answer), not the payment term.
  if (data.lastIntent === 'fine_status' && (await asksHowLongAfterAppealShown(context, deps, recognition))) {
    data.misunderstandings = 0;
    data.lastIntent = 'objection';
    return step.beginDialog(FAQ_DIALOG, { topicId: 'objection', again: 'repeat' } satisfies FaqOptions);
  }
  // Questions for the knowledge base (also unsure ones whose words confirm a topic, and scam messages).
  const knowledge = routeKnowledge(recognition, intent);
  // "I got a fine while on holiday in Amsterdam": unsure to the recognizer, but the words say the
  // foreign topic (a visitor's fine, paid from abroad).
  if (!intent && knowledge.kind !== 'topic' && finedOnVisit(recognition.text)) {
    data.misunderstandings = 0;
    data.lastIntent = recognition.intent;
    const selection = { kind: 'topic', topicId: 'foreign' } as const;
    return step.beginDialog(FAQ_DIALOG, { recognition, selection } satisfies FaqOptions);
  }
  // "Kan ik dat in termijnen betalen?" after a lookup, or with the letter's number: the citizen's own
  // schedule answers it better than the general conditions.
  const ownFines = data.identified !== undefined || recognition.entities.cjibNumber !== undefined;
  if (
    knowledge.kind === 'topic' &&
    knowledge.topicId === 'instalments' &&
    ownFines &&
    routes.payment_arrangement
  ) {
    data.misunderstandings = 0;
    data.lastIntent = 'payment_arrangement';
    return step.beginDialog(routes.payment_arrangement, { recognition, intent: 'payment_arrangement' });
  }
  if (knowledge.kind === 'topic' || knowledge.kind === 'clarify') {
    data.misunderstandings = 0;
    // What was asked last (also for staff's summary), so a later "hallo" is no repeated hello. The
    // instalments answered ("ik woon in België en wil in termijnen betalen", read as abroad) say they
    // can be requested here: the letter's number next is that request.
    const instalments =
      knowledge.kind === 'topic' &&
      (knowledge.topicId === 'instalments' || offersArrangementHere(knowledge.topicId, recognition.text));
    data.lastIntent = instalments ? 'payment_arrangement' : (intent ?? recognition.intent);
    // "Ratenzahlung bitte, ich kann nur 20 im Monat", "over 12 maanden": kept for the schedule shown later.
    if (knowledge.kind === 'topic' && ARRANGEMENT_TOPICS.has(knowledge.topicId)) {
      data.ownMonthlyCents =
        ownMonthlyAmountCents(recognition.text, recognition.entities.amountCents) ?? data.ownMonthlyCents;
      data.monthsWished = monthsWished(recognition.text) ?? data.monthsWished;
    }
    return step.beginDialog(FAQ_DIALOG, { recognition, selection: knowledge } satisfies FaqOptions);
  }
  if (!intent) return misunderstood(step, deps, recognition, data);
  data.misunderstandings = 0;
  const previousIntent = data.lastIntent;
  data.lastIntent = intent;
  deps.metrics?.intent(intent);
  // "Hallo?" again after a hello: perhaps waiting for a person to answer. Never the same hello twice:
  // who is here and the offer of a person, then (offer still open) the short question.
  if (intent === 'greeting' && previousIntent === 'greeting' && !context.responded) {
    if (personOfferStands)
      await say(context, deps, {
        text: deps.localizer.t(turnLocale(context), 'common:greeting.afterWelcome'),
      });
    else {
      data.personOffered = true;
      await askAboutPerson(context, deps, deps.localizer.t(turnLocale(context), 'common:greeting.again'));
    }
    return step.endDialog();
  }
  const dialogId = routes[intent];
  if (intent === 'human_agent') await answerQuestionInStory(context, deps, recognition);
  if (dialogId)
    return step.beginDialog(dialogId, {
      recognition,
      intent,
      ...(intent === 'fine_status' ? { question: arrangementQuestion } : {}),
    });
  await answerDirectly(context, deps, intent, recognition, data, personOfferStands, previousIntent);
  return step.endDialog();
}
