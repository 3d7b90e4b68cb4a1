import { type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { answerCovers } from '../domain/knowledge/answerCoverage';
import { answerPart } from '../domain/knowledge/answerParts';
import { daysAsked } from '../domain/handoff/dayAsked';
import { dayHoursText } from './dayHoursReply';
import { meaningInAnswer } from './faqExcerpt';
import { directAnswer } from '../domain/knowledge/directAnswer';
import { followUpKind, followUpTopic, refersBack, topicInContext } from '../domain/knowledge/followUpTopic';
import { followUpLead, photoWithoutDigid } from '../domain/knowledge/specificAsks';
import { routeKnowledge } from '../domain/knowledge/routeKnowledge';
import { saysWhenOrHowPaid } from '../domain/knowledge/paidDetail';
import { cueTopic } from '../domain/knowledge/selectTopic';
import { INTENTS } from '../domain/language/intents';
import { ownClaimQuestion } from '../domain/language/ownClaimQuestion';
import type { TopicId } from '../domain/knowledge/topics';
import type { Recognition } from '../domain/ports/recognizer';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { amountLead } from './faqAnswer';
import { type Again, type FaqOptions, type FaqResult, repeatOptions, STEPS, valuesOf } from './faqState';
import { turnLocale, turnRecognition } from './turn';

/**
 * The knowledge topic the citizen's new question is about, if one. Unplaced by the recogniser, the
 * words may still name one topic alone ("en daarna naar het hof?" after the kantonrechter).
 */
function askedTopic(recognition: Recognition, placed: boolean): TopicId | undefined {
  const knowledge = routeKnowledge(recognition, placed ? recognition.intent : undefined);
  if (knowledge.kind === 'topic') return knowledge.topicId;
  return placed ? undefined : cueTopic(INTENTS, recognition.text);
}

/** Questions only the citizen's own record answers (see ownClaimQuestion), once it was looked up. */
function asksAboutShownFines(text: string, data: ConversationData): boolean {
  if (!data.identified) return false;
  const question = ownClaimQuestion(text);
  if (question === 'payRest' || question === 'paidOff') return data.runningArrangement === true;
  return question === 'nextInstalment' || question === 'whichFine';
}

/** Up to this many words a message at "did this help?" may lean on the answer just given. */
const SHORT_FOLLOW_UP = 6;

/**
 * A message at "did this help?" that is no rating: a follow-up about the answer just given (its facts
 * again, a short answer of its own, the next topic it leads to), or a new question for the router.
 */
export async function answerFollowUp(
  step: WaterfallStepContext,
  deps: DialogDeps,
  text: string,
): Promise<DialogTurnResult> {
  // "Wat kost dat?", "and if I don't?": a short question about the answer just given, which the
  // recogniser cannot place on its own (one it can place, like "hoe lang duurt het beroep?", is routed).
  // "En dan?", "muss ich in der Zwischenzeit zahlen?" lean on the answer whatever the recogniser says.
  const recognition = await turnRecognition(step.context, deps);
  // "Wanneer is mijn volgende termijn?", "welke boete is dit?" once the fines were looked up: only
  // their record answers it (the router's lookup follow-ups), not a knowledge topic again.
  if (asksAboutShownFines(text, await deps.state.conversation.get(step.context, {})))
    return step.endDialog({ reroute: true } satisfies FaqResult);
  const placed = recognition.intent !== 'none' && recognition.score >= deps.confidenceThreshold;
  const { topicId: current, again } = valuesOf(step);
  // "En als ik dat niet doe?" right after an answer that says what follows: that part (answerParts.ts),
  // whatever topic the recogniser hears in it.
  const leans =
    refersBack(text) ||
    (current !== undefined && answerPart(current, followUpKind(text), text) !== undefined);
  const next = placed && !leans ? undefined : followUpTopic(current, text);
  // "En op zaterdag?" after the contact answer: that day's hours for the chat, from the office hours.
  const days = current === 'contact' ? daysAsked(text) : undefined;
  const dayHours = days && dayHoursText(step.context, deps, days);
  if (dayHours) return step.replaceDialog(STEPS, { topicId: current, lead: dayHours } satisfies FaqOptions);
  // "Muss ich trotzdem bezahlen?" after the rental car: that answer's short word on it.
  // "Ik was het niet, ik stond daar niet" after the appeal: what fits that, whatever topic the words suggest.
  const notMe = current !== undefined && directAnswer(current, text) === 'notMe';
  const paidDetail = current === 'payment_problem' && saysWhenOrHowPaid(text);
  if (
    current &&
    !again &&
    (notMe || paidDetail || followUpLead(current, text) || photoWithoutDigid(current, text))
  )
    return step.replaceDialog(STEPS, repeatOptions(step, current));
  // (Also when unsure: "en waar staat dat?" routed afresh would be the same answer again.)
  const asked = next === undefined ? askedTopic(recognition, placed) : undefined;
  // "Can I object?" right after the European fine: that fine's answer, not the Dutch appeal.
  const meant = asked ? topicInContext(current, asked) : next;
  if (!again && current !== undefined && meant === current) {
    // "How much extra?" is a follow-up even when the recogniser places it: its facts, once more.
    // Only a question surely the same is pointed back to; when unsure, the facts once more.
    // ("BR-2026-…" after the answer on a request already sent has a short answer of its own.)
    const own = directAnswer(current, text) !== undefined;
    const how: Again = asked === current && placed && !followUpKind(text) && !own ? 'point' : 'repeat';
    // "What is aanmaning?" after the increases: not in that answer, so not "here it is once more" but
    // honestly that there is no more on it here, and a person offered.
    if (
      !own &&
      !answerCovers(deps.localizer.t(turnLocale(step.context), `faq:topics.${current}.answer`), text)
    )
      return step.replaceDialog(STEPS, {
        topicId: current,
        personQuestion: 'faq:feedback.notInAnswer',
      } satisfies FaqOptions);
    return step.replaceDialog(STEPS, repeatOptions(step, current, how));
  }
  // "En bij 200 euro?" after an amount's answer: that amount's answer too (it differs, so no loop).
  // (Also a follow-up with a short answer of its own: "moet ik ondertussen betalen?" after "6 weeks".)
  const forAmount =
    next &&
    next === current &&
    again &&
    ((await amountLead(step.context, deps, next)) ?? directAnswer(next, text));
  if (next && forAmount)
    return step.replaceDialog(STEPS, { topicId: next, again: 'repeat' } satisfies FaqOptions);
  if (next) return step.replaceDialog(STEPS, { topicId: next } satisfies FaqOptions);
  // ("Ik bel vanuit het buitenland" after the numbers: the numbers' short answer for abroad.)
  const shortAgain = current && meant === current && directAnswer(current, text) ? 'repeat' : undefined;
  if (asked && meant && meant !== asked)
    return step.replaceDialog(STEPS, { topicId: meant, again: shortAgain } satisfies FaqOptions);
  // A short follow-up the recogniser cannot place whose words name one topic ("en daarna naar het
  // hof?"): that topic here (the router would ask which one); a longer message is a new question.
  if (asked && !placed && text.trim().split(/\s+/).length <= SHORT_FOLLOW_UP)
    return step.replaceDialog(STEPS, { topicId: meant ?? asked } satisfies FaqOptions);
  // "Was ist ein Notstopp?" right after it: explained from the answer just given (faqExcerpt.ts).
  if (current && !placed && !again && meaningInAnswer(step, deps, current))
    return step.replaceDialog(STEPS, { topicId: current, again: 'point' } satisfies FaqOptions);
  return step.endDialog({ reroute: true } satisfies FaqResult);
}
