import type { WaterfallStepContext } from 'botbuilder-dialogs';
import { answerExcerpt, meaningAsked } from '../domain/knowledge/answerExcerpt';
import type { TopicId } from '../domain/knowledge/topics';
import type { DialogDeps } from './dialogDeps';
import { operatorValues } from './faqAnswer';
import { valuesOf } from './faqState';
import { turnLocale } from './turn';

/*
 * A follow-up right after an answer that asks one fact in it: the paragraph holding that fact
 * (answerExcerpt.ts). The message the answer was given to travels to the next answer in the turn's
 * state, so the same question asked again is still pointed back to with the whole answer.
 */

const ANSWERED = 'faq.answeredBefore';

/** Keeps, for this turn, the message the answer just given was given to. */
export function rememberAnswered(step: WaterfallStepContext): void {
  step.context.turnState.set(ANSWERED, valuesOf(step).answered);
}

function answerOf(step: WaterfallStepContext, deps: DialogDeps, topicId: TopicId): string {
  const locale = turnLocale(step.context);
  return deps.localizer.t(locale, `faq:topics.${topicId}.answer`, operatorValues(deps.localizer, locale));
}

/**
 * "Was ist ein Notstopp?" right after the noodstop, which the recogniser cannot place: the answer just
 * given names it, so it is explained from there (not "I am not sure what you mean").
 */
export function meaningInAnswer(step: WaterfallStepContext, deps: DialogDeps, topicId: TopicId): boolean {
  const term = meaningAsked(step.context.activity.text ?? '');
  return term !== undefined && answerExcerpt(answerOf(step, deps, topicId), step.context.activity.text ?? '') !== undefined;
}

/** The paragraph of `topicId`'s answer that this turn's message asks about, if one stands out. */
export function excerptAsked(step: WaterfallStepContext, deps: DialogDeps, topicId: TopicId): string | undefined {
  const asked = step.context.activity.text ?? '';
  const before = step.context.turnState.get(ANSWERED) as string | undefined;
  return answerExcerpt(answerOf(step, deps, topicId), asked, before);
}
