import { Dialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { showsHardship } from '../domain/handoff/hardshipSituation';
import { asksToApplyForNoodstop } from '../domain/knowledge/noodstopRequest';
import { saysLivingAbroad } from '../domain/knowledge/residesAbroad';
import { PERSON_LEADS } from '../domain/knowledge/moneyAsks';
import { offersPersonAfter } from '../domain/knowledge/practicalAsks';
import { specificLead } from '../domain/knowledge/specificAsks';
import { situationLead } from '../domain/knowledge/situationLead';
import type { TopicId } from '../domain/knowledge/topics';
import type { ReplyChoice } from '../domain/ports/replyRenderer';
import type { DialogDeps } from './dialogDeps';
import { type FaqResult, type FaqValues, NO, valuesOf, YES } from './faqState';
import { offerPerson as offerPersonInRouter } from './identifyReplies';
import { say, text, turnLocale } from './turn';

/** Where an answer ends with the offer of a person instead of "did this help?": the noodstop, which staff request, and enforcement under way. */

/**
 * Someone detained, a bailiff or garnishment already: what only staff can look into (how much, how to
 * pay it at once, whether a noodstop still can), so every answer on it ends with the offer of a person.
 */
const PERSON_TOPICS: ReadonlySet<TopicId> = new Set(['detention', 'bailiff_involved', 'seized_vehicle']);

/**
 * "Ik wil een noodstop aanvragen": staff request it (DOMAIN.md §1.5), so a person is offered after the
 * answer. So is any answer to a citizen who says they cannot pay or have lost their income ("ik heb
 * geen geld", "ik ben mijn werk kwijt"): a vulnerable-citizen signal (DESIGN.md), never "did this help?".
 */
export function noodstopOffer(step: WaterfallStepContext, topicId: TopicId): string | undefined {
  const { question, again } = valuesOf(step);
  const asked = question ?? step.context.activity.text ?? '';
  // A licence taken by the police is the OM's matter: CJIB staff are no way forward there.
  if (PERSON_TOPICS.has(topicId) && situationLead(topicId, asked) !== 'takenByPolice') return 'faq:personOffer.question';
  // "Ik heb deze maand even geen geld": deferral through a person, not the noodstop's request.
  if (PERSON_LEADS.has(situationLead(topicId, asked) ?? '')) return 'faq:personOffer.question';
  // "Mag ik namens mijn oma bellen?", "wanneer komt de deurwaarder?": what only a person can say.
  if (offersPersonAfter(specificLead(topicId, asked))) return 'faq:personOffer.question';
  // Living abroad: staff look at the situation (abroadCannotPay.ts), not "you request the noodstop from staff".
  if (topicId === 'noodstop' && showsHardship(asked) && saysLivingAbroad(asked)) return 'faq:personOffer.question';
  if (topicId === 'noodstop' && (asksToApplyForNoodstop(asked, again !== undefined) || showsHardship(asked)))
    return 'faq:noodstopPerson.offer';
  return showsHardship(asked) ? 'faq:personOffer.question' : undefined;
}

/** The noodstop explained a turn ago with the offer of a person in distress counts as its answer just given. */
export async function noodstopExplained(
  step: WaterfallStepContext,
  deps: DialogDeps,
  topicId: TopicId,
): Promise<'repeat' | undefined> {
  if (topicId !== 'noodstop') return undefined;
  return (await deps.state.conversation.get(step.context, {})).noodstopExplained ? 'repeat' : undefined;
}

/**
 * A person offered where "did this help?" would be asked (yes: the handoff, no: how to do it later),
 * the topic's other follow-ups still offered; without ratings, the router's offer of a person.
 */
export async function offerPersonAfterAnswer(
  step: WaterfallStepContext,
  deps: DialogDeps,
  topicId: TopicId,
  followUps: ReplyChoice[],
  questionKey: string,
  before?: string,
  short: TopicId[] = [],
): Promise<DialogTurnResult> {
  if (before) await say(step.context, deps, { text: before });
  const question = text(step.context, deps, questionKey);
  if (!deps.feedback) {
    await offerPersonInRouter(step.context, deps, question);
    return step.endDialog({} satisfies FaqResult);
  }
  const t = (key: string): string => deps.localizer.t(turnLocale(step.context), key);
  const offered: ReplyChoice[] = [
    { value: YES, title: t('common:choice.yes') },
    { value: NO, title: t('common:choice.no') },
    ...followUps.filter((c) => c.value !== 'action:human_agent'),
  ];
  Object.assign(valuesOf(step), { topicId, offered, short, personOffer: true } satisfies FaqValues);
  await say(step.context, deps, { text: question, choices: offered, expectsInput: true });
  return Dialog.EndOfTurn;
}

/** Yes to the person offered: the handoff; no: how to reach one later (for the noodstop: how staff request it). */
export async function answerPersonOffer(
  step: WaterfallStepContext,
  deps: DialogDeps,
  accepted: boolean,
  topicId: TopicId | undefined,
): Promise<DialogTurnResult> {
  if (accepted) return step.endDialog({ handoff: true } satisfies FaqResult);
  const declined = topicId === 'noodstop' ? 'faq:noodstopPerson.declined' : 'faq:personOffer.declined';
  await say(step.context, deps, { text: text(step.context, deps, declined) });
  return step.endDialog({} satisfies FaqResult);
}
