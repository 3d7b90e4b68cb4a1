import { directFollowUp } from './directFollowUp';
import { tellsOwnSituation } from '../domain/handoff/ownSituation';
import {
  ComponentDialog,
  Dialog,
  type DialogTurnResult,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { directAnswer } from '../domain/knowledge/directAnswer';
import { situationFollowUp } from '../domain/knowledge/enforcementSituations';
import { endsConversation, saysNotMeant } from '../domain/language/conversationCues';
import { announcesQuestion } from '../domain/language/questionAnnouncement';
import { asksForReference } from '../domain/language/referenceQuestion';
import { asksForMore } from '../domain/knowledge/moreRequest';
import { asksAssistantToDoIt } from '../domain/knowledge/noodstopRequest';
import { saysNotHelpful } from '../domain/knowledge/ratingReply';
import { selectTopic } from '../domain/knowledge/selectTopic';
import { parseFlowAction, parseTopicValue, type TopicId } from '../domain/knowledge/topics';
import type { ReplyChoice } from '../domain/ports/replyRenderer';
import { pickChoice } from './choiceReply';
import type { DialogDeps } from './dialogDeps';
import { amountLead, answerFollowUps, answerTopic, leadText, topicChoice } from './faqAnswer';
import { fitToShownClaims } from './shownClaimsAnswers';
import { bareYesNo, NO_CONTENT_AFTER_NO } from './offerAnswer';
import { sayCapabilities } from './smallTalk';
import { phoneFollowUps } from '../domain/knowledge/phoneFollowUps';
import { isSmsChannel } from './smsShortAnswer';
import { isSpeechTurn, say, text, turnKey, turnLocale, turnRecognition } from './turn';
import {
  FAQ_DIALOG,
  type FaqOptions,
  type FaqResult,
  type FaqValues,
  NO,
  repeatOptions,
  STEPS,
  valuesOf,
  YES,
} from './faqState';
import { bareAnswerToClarify } from './faqClarify';
import { excerptAsked, rememberAnswered } from './faqExcerpt';
import { besideTheAnswer } from './faqSecond';
import { followUpKind } from '../domain/knowledge/followUpTopic';
import { answerFollowUp } from './faqFollowUp';
import {
  answerPersonOffer,
  noodstopExplained,
  noodstopOffer,
  offerPersonAfterAnswer,
} from './faqPersonOffer';
import { helpful, notHelpful, startAction } from './faqRatingActions';
import { isWaitingInQueue, noteAnsweredWhileWaiting } from './queueWaiting';

export { answerTopic } from './faqAnswer';
export { FAQ_DIALOG, type FaqOptions, type FaqResult } from './faqState';

/**
 * Answers a question from the knowledge base (asking one short clarifying question when two or three
 * topics fit equally), then asks "did this help?" with the topic's follow-ups as further choices. The
 * rating is stored with the topic id only. Anything else the citizen types ends the dialog with
 * `{ reroute: true }`, so the router handles that message as new.
 */
export class FaqDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(FAQ_DIALOG);
    this.addDialog(
      new WaterfallDialog(STEPS, [this.select.bind(this), this.answer.bind(this), this.rated.bind(this)]),
    );
    this.initialDialogId = STEPS;
  }

  private async select(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as FaqOptions;
    valuesOf(step).answered = step.context.activity.text;
    valuesOf(step).again = options.again;
    valuesOf(step).full = options.full;
    valuesOf(step).notByAssistant = options.notByAssistant;
    valuesOf(step).personQuestion = options.personQuestion;
    valuesOf(step).lead = options.lead;
    if (options.question) valuesOf(step).question = options.question;
    if (options.full?.length) return step.next(options.full[0]);
    if (options.topicId) return step.next(options.topicId);
    if (options.clarify) {
      valuesOf(step).clarify = options.clarify;
      return Dialog.EndOfTurn;
    }
    const recognition = options.recognition ?? (await turnRecognition(step.context, this.deps));
    const selection =
      options.selection ??
      selectTopic(options.intent ?? recognition.intent, recognition.text, recognition.entities);
    if (selection.kind === 'topic') {
      valuesOf(step).question = recognition.text;
      return step.next(selection.topicId);
    }
    if (selection.kind === 'none') {
      await sayCapabilities(step.context, this.deps, 'common:help.text');
      return step.endDialog({} satisfies FaqResult);
    }
    const locale = turnLocale(step.context);
    const offered = selection.choices.map((id) => topicChoice(this.deps.localizer, locale, id));
    valuesOf(step).clarify = offered;
    await say(step.context, this.deps, {
      text: this.deps.localizer.t(locale, 'faq:clarify.question'),
      choices: offered,
      expectsInput: true,
    });
    return Dialog.EndOfTurn;
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { clarify } = valuesOf(step);
    const topicId = clarify
      ? parseTopicValue(pickChoice(step.context.activity.text, clarify)?.value)
      : (step.result as TopicId);
    if (!topicId && clarify) return bareAnswerToClarify(step, this.deps, clarify);
    if (!topicId) return step.endDialog({ reroute: true } satisfies FaqResult);

    const followUps = await answerFollowUps(step.context, this.deps, topicId);
    // "Nee, dit helpt niet": sorry, and a person offered (the topic's other follow-ups still there).
    const { personQuestion } = valuesOf(step);
    if (personQuestion) return offerPersonAfterAnswer(step, this.deps, topicId, followUps, personQuestion);
    // "Kan dat via jou?" after the noodstop: no, a member of staff requests it; a person offered.
    if (valuesOf(step).notByAssistant)
      return offerPersonAfterAnswer(step, this.deps, topicId, followUps, 'faq:noodstopPerson.notMe');
    const { full, lead } = valuesOf(step);
    if (full?.length) return this.answerInFull(step, full, followUps);
    if (lead) return this.askRating(step, topicId, followUps, lead);
    // "Hoe lang heb ik daarvoor?" right after the appeal, "hoe vraag ik die noodstop aan?" right after
    // it: the short answer, not the whole text again (an amount's answer comes first).
    // The noodstop explained a turn ago with the offer of a person counts as its answer just given.
    const again = valuesOf(step).again ?? (await noodstopExplained(step, this.deps, topicId));
    // (An answer fitted to the claims looked up has no short general version: "6 weeks" may not hold.)
    const fitted = again ? await fitToShownClaims(step.context, this.deps, topicId) : undefined;
    const direct = again && !fitted ? await directFollowUp(step.context, this.deps, topicId) : undefined;
    // (The police's taking is the OM's matter: CJIB staff are no way forward there.)
    const offer = direct === 'takenByPoliceBack' ? undefined : noodstopOffer(step, topicId);
    if (direct && !(await amountLead(step.context, this.deps, topicId))) {
      const locale = turnLocale(step.context);
      const before = leadText(this.deps, locale, direct);
      if (offer) return offerPersonAfterAnswer(step, this.deps, topicId, followUps, offer, before);
      return this.askRating(step, topicId, followUps, before);
    }
    // "Kan ik daar ook bezwaar tegen maken?", "wanneer krijg ik dat voorschot?" right after the answer:
    // the paragraph that holds it, not the whole answer again (faqExcerpt.ts).
    // ("Hoeveel kost dat dan?", "und wo?" lean on all of it: the whole answer once more, below.)
    const kind = followUpKind(step.context.activity.text ?? '');
    const excerpt =
      again && !fitted && (!kind || kind === 'contest') ? excerptAsked(step, this.deps, topicId) : undefined;
    if (excerpt && valuesOf(step).again === 'point') return this.pointBack(step, topicId, followUps, excerpt);
    if (excerpt) {
      await say(step.context, this.deps, { text: text(step.context, this.deps, 'faq:feedback.onceMore') });
      return this.askRating(step, topicId, followUps, excerpt);
    }
    if (valuesOf(step).again === 'point') return this.pointBack(step, topicId, followUps);
    if (valuesOf(step).again === 'repeat') {
      // "En bij 200 euro?" right after the increases: the answer for that amount, not the whole text again.
      const lead = await amountLead(step.context, this.deps, topicId);
      if (lead) return this.askRating(step, topicId, followUps, lead);
      await say(step.context, this.deps, { text: text(step.context, this.deps, 'faq:feedback.onceMore') });
    }
    // "Kan ik met iDEAL betalen en hoe lang heb ik?": the second question is answered too.
    const { question } = valuesOf(step);
    const { second, after, choices } = besideTheAnswer(step, this.deps, topicId, question, followUps);
    const askedBefore = valuesOf(step).again === 'repeat' ? valuesOf(step).question : undefined;
    if (!this.deps.feedback) {
      await answerTopic(step.context, this.deps, topicId, { followUps: !second && !after, askedBefore });
      if (second) await answerTopic(step.context, this.deps, second);
      if (after) await say(step.context, this.deps, { text: after, choices });
      return step.endDialog({} satisfies FaqResult);
    }
    // On the phone a long answer is said short, with "meer" for all of it (heard at "did this help?").
    // Not after 'repeat': a follow-up about the answer's facts needs all of them.
    const short = valuesOf(step).again === undefined;
    const shortened: TopicId[] = [];
    for (const id of second ? [topicId, second] : [topicId]) {
      if (await answerTopic(step.context, this.deps, id, { followUps: false, short, askedBefore }))
        shortened.push(id);
    }
    // (A caller who heard the short version still gets all of it on "meer".)
    if (offer) return offerPersonAfterAnswer(step, this.deps, topicId, choices, offer, after, shortened);
    return this.askRating(step, topicId, choices, after, shortened);
  }

  /** "Meer" after short spoken answers: each answer in full, then "did this help?" again. */
  private async answerInFull(
    step: WaterfallStepContext,
    topics: TopicId[],
    followUps: ReplyChoice[],
  ): Promise<DialogTurnResult> {
    for (const id of topics) await answerTopic(step.context, this.deps, id, { followUps: false });
    return this.askRating(step, topics[0], followUps);
  }

  /** "Did this help?" with the topic's follow-ups; `before` is said first (a short answer of its own). */
  private async askRating(
    step: WaterfallStepContext,
    topicId: TopicId,
    followUps: ReplyChoice[],
    before?: string,
    short: TopicId[] = [],
  ): Promise<DialogTurnResult> {
    if (!this.deps.feedback) {
      if (before) await say(step.context, this.deps, { text: before, choices: followUps });
      return step.endDialog({} satisfies FaqResult);
    }
    // Waiting in the queue: no poll; the place in the queue and the way out follow (queueWaiting.ts).
    if (isWaitingInQueue(step.context)) {
      if (before) await say(step.context, this.deps, { text: before });
      noteAnsweredWhileWaiting(step.context);
      return step.endDialog({} satisfies FaqResult);
    }
    if (before) await say(step.context, this.deps, { text: before });
    const t = (key: string): string => this.deps.localizer.t(turnLocale(step.context), key);
    // By SMS no rating after every answer (each message costs, five choices read as a form): the
    // answer's follow-ups under "anything else?"; a bare yes or no is then the router's.
    if (isSmsChannel(step.context.activity.channelId)) {
      Object.assign(valuesOf(step), { topicId, offered: followUps, short } satisfies FaqValues);
      await say(step.context, this.deps, {
        text: t('common:offer.anythingElse'),
        choices: followUps,
        expectsInput: true,
      });
      return Dialog.EndOfTurn;
    }
    // On the phone at most three choices read out, none to phone the CJIB (phoneFollowUps).
    const offered: ReplyChoice[] = [
      { value: YES, title: t('faq:feedback.yes') },
      { value: NO, title: t('faq:feedback.no') },
      ...(isSpeechTurn(step.context) ? phoneFollowUps(followUps) : followUps),
    ];
    Object.assign(valuesOf(step), { topicId, offered, short } satisfies FaqValues);
    await say(step.context, this.deps, {
      text: t('faq:feedback.question'),
      choices: offered,
      expectsInput: true,
    });
    return Dialog.EndOfTurn;
  }

  /**
   * The same question asked again right after its answer: the citizen did not find what they needed in
   * it. Its facts once more after a lead-in (never the same reply twice in a row, never a reply without
   * the facts), then the topic's follow-ups and a person.
   */
  private async pointBack(
    step: WaterfallStepContext,
    topicId: TopicId,
    followUps: ReplyChoice[],
    /** The part of the answer a new question asks about: said alone, without "here it is once more". */
    excerpt?: string,
  ): Promise<DialogTurnResult> {
    const human = 'action:human_agent';
    const offered = followUps.some((c) => c.value === human)
      ? followUps
      : [...followUps, { value: human, title: text(step.context, this.deps, 'common:choice.human') }];
    Object.assign(valuesOf(step), { topicId, offered } satisfies FaqValues);
    if (excerpt) await say(step.context, this.deps, { text: excerpt });
    else {
      await say(step.context, this.deps, { text: text(step.context, this.deps, 'faq:feedback.onceMore') });
      // On the phone the whole answer in parts, not all of it in one breath after its short version.
      await answerTopic(step.context, this.deps, topicId, { followUps: false, inParts: true });
    }
    // (After the whole answer again, the caller is not told a second time that it was about this.)
    const again =
      excerpt || !isSpeechTurn(step.context) ? 'faq:feedback.again' : 'faq:feedback.againWholeSpeech';
    await say(step.context, this.deps, {
      text: text(step.context, this.deps, again),
      choices: offered,
      expectsInput: true,
    });
    return Dialog.EndOfTurn;
  }

  private async rated(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const offered = valuesOf(step).offered ?? [];
    const text = step.context.activity.text;
    // "Meer", "tell me more" right after a short spoken answer: the whole answer.
    const { short } = valuesOf(step);
    if (short?.length && asksForMore(text ?? ''))
      return step.replaceDialog(STEPS, { full: short } satisfies FaqOptions);
    // "Meer" after a whole answer: there is no more; a person or another question (not "sorry").
    if (asksForMore(text ?? '')) {
      await say(step.context, this.deps, {
        // (Said on the phone, typed in a chat: "zeg" or "typ" 'medewerker'.)
        text: this.deps.localizer.t(
          turnLocale(step.context),
          turnKey(step.context, this.deps, 'faq:feedback.nothingMore'),
        ),
        expectsInput: true,
      });
      return step.endDialog({} satisfies FaqResult);
    }
    // "Dank je, nog één vraag": no rating; the router invites the question.
    if (announcesQuestion(text ?? '')) return step.endDialog({ reroute: true } satisfies FaqResult);
    // "Ok thanks bye", "dzięki, pa": the citizen is leaving; the router says goodbye (no rating).
    if (endsConversation(text ?? '')) return step.endDialog({ reroute: true } satisfies FaqResult);
    // "Nee, dat bedoel ik niet": a no to "did this help?", never a goodbye.
    if (saysNotMeant(text ?? '') || saysNotHelpful(text ?? '')) {
      const { personOffer, topicId } = valuesOf(step);
      if (personOffer) return answerPersonOffer(step, this.deps, false, topicId);
      return notHelpful(step, this.deps);
    }
    let picked = pickChoice(text, offered);
    // (Only a rating question takes a bare yes or no: after "that was my previous answer" it is routed.)
    if (!picked && offered[0]?.value === YES && (text ?? '').trim().split(/\s+/).length <= 3) {
      // "Nie mam pieniędzy", "nee, ik wil een medewerker": a message of its own, not a rating.
      const yesNo = bareYesNo(await turnRecognition(step.context, this.deps), this.deps, NO_CONTENT_AFTER_NO);
      if (yesNo !== undefined) picked = offered[yesNo ? 0 : 1];
    }
    // "Wat was mijn referentienummer?" after an answer: the router gives the reference of the request.
    if (!picked && asksForReference(text ?? '')) return step.endDialog({ reroute: true } satisfies FaqResult);
    const { topicId: current, personOffer } = valuesOf(step);
    if (!picked && current === 'noodstop' && asksAssistantToDoIt(text ?? ''))
      return step.replaceDialog(STEPS, { topicId: current, notByAssistant: true } satisfies FaqOptions);
    // "Hoe krijgen we hem vrij?" after the gijzeling, "kan ik dat stoppen?" after the garnishment: its
    // short answer, whatever the recogniser makes of it (the payment term, a refund, cancel).
    if (!picked && current && situationFollowUp(current, text ?? ''))
      return step.replaceDialog(STEPS, repeatOptions(step, current));
    // "Pracuję, ale zarabiam mało" at the offer of a person: heard, and the offer once more (not the answer again).
    // (A situation with an answer of its own, "ik zit in de bijstand", gets that answer: see answerFollowUp.)
    if (
      !picked &&
      personOffer &&
      current &&
      tellsOwnSituation(text ?? '') &&
      !directAnswer(current, text ?? '')
    )
      return step.replaceDialog(STEPS, {
        topicId: current,
        personQuestion: 'faq:personOffer.situationNoted',
      } satisfies FaqOptions);
    if (!picked) {
      rememberAnswered(step);
      return answerFollowUp(step, this.deps, text ?? '');
    }
    if (personOffer && (picked.value === YES || picked.value === NO))
      return answerPersonOffer(step, this.deps, picked.value === YES, current);
    if (picked.value === NO) return notHelpful(step, this.deps);
    if (picked.value === YES) return helpful(step, this.deps, offered, text ?? '');
    const topicId = parseTopicValue(picked.value);
    if (topicId) return step.replaceDialog(FAQ_DIALOG, { topicId } satisfies FaqOptions);
    return startAction(step, parseFlowAction(picked.value));
  }
}
