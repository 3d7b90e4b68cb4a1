import type { TurnContext } from 'botbuilder';
import { termMonths } from '../domain/arrangement/arrangementPolicy';
import { offersOwnAmount } from '../domain/arrangement/amountOffered';
import { ownMonthlyAmountCents } from '../domain/arrangement/ownMonthlyAmount';
import { asksCostsWhilePending, grownFineCents } from '../domain/knowledge/askedFirst';
import { namesFineAmount, trafficFineReminderAmounts } from '../domain/knowledge/reminderAmounts';
import { normalizeQuestion } from '../domain/knowledge/normalizeQuestion';
import { sanctionOutsideTable } from '../domain/knowledge/sanctionInParts';
import { DECISION_TIME } from '../domain/knowledge/topicCues';
import type { TopicId } from '../domain/knowledge/topics';
import { formatMoney } from '../domain/money';
import type { DialogDeps } from './dialogDeps';
import { turnLocale, turnRecognition } from './turn';

/**
 * Short answers said before a topic's answer for what the question names: an amount (the months of the
 * standard table, what a traffic fine grows to), or the decision awaited (its time, increases meanwhile).
 */

/** An amount said per month ("20 euro per maand", "30 a month", "20 Euro im Monat", "20 euro miesięcznie"). */
function isMonthlyAmount(text: string): boolean {
  // ("Sixty euros a month", "fünfzig Euro im Monat": in words too.)
  if (ownMonthlyAmountCents(text, undefined) !== undefined) return true;
  return /\d+[.,]?\d*\s?(euro|eur|€)?\s?(per maand|in de maand|p\/m|a month|per month|each month|every month|im monat|pro monat|monatlich|miesięcznie|miesiecznie|na miesiąc|na miesiac|co miesiąc|co miesiac)/i.test(
    text,
  );
}

/** Topics about paying in instalments, where an amount in the question can be answered for itself. */
const TERMS_TOPICS: ReadonlySet<TopicId> = new Set(['instalments', 'instalment_terms']);

/**
 * The answer for the amount in the question, put before a topic's answer: the months of the standard
 * table ("hoeveel maanden bij 500 euro?") or what a traffic fine grows to ("hoeveel is dat bij een boete
 * van 100 euro?"); undefined when the topic has none or the question names no amount.
 */
export async function amountLead(
  context: TurnContext,
  deps: DialogDeps,
  topicId: TopicId,
): Promise<string | undefined> {
  if (TERMS_TOPICS.has(topicId)) return termsForAmount(context, deps);
  if (topicId === 'late_payment') return remindersForAmount(context, deps);
  return undefined;
}

/**
 * "Hoe lang duurt het voor mijn regeling is goedgekeurd?": not known (DOMAIN.md §7.4), said first, before
 * the answer about applying (which says it too, at its end).
 */
export async function decisionTimeLead(
  context: TurnContext,
  deps: DialogDeps,
  topicId: TopicId,
): Promise<string | undefined> {
  if (topicId !== 'instalments') return undefined;
  const { text } = await turnRecognition(context, deps);
  const normalized = normalizeQuestion(text);
  const asks = DECISION_TIME.every((cue) => cue.test(normalized));
  if (asks) return deps.localizer.t(turnLocale(context), 'faq:decisionTime');
  // "Komen er nog kosten bij?" right after a request was sent here: not known (DOMAIN.md §1.10).
  const sent = (await deps.state.conversation.get(context, {})).arrangementFiled === true;
  return asksCostsWhilePending(text, sent)
    ? deps.localizer.t(turnLocale(context), 'faq:direct.pendingIncreases')
    : undefined;
}

/** "Mandat był 100 euro", "en bij 200 euro?": that fine after the 1st and the 2nd reminder. */
async function remindersForAmount(context: TurnContext, deps: DialogDeps): Promise<string | undefined> {
  const recognition = await turnRecognition(context, deps);
  const locale = turnLocale(context);
  // "900 euro voor een boete van 310??": why that much, from the fine named (and the lookup offered).
  const grown = grownFineCents(recognition.text);
  if (grown !== undefined) {
    const { firstCents, secondCents } = trafficFineReminderAmounts(grown);
    return deps.localizer.t(locale, 'faq:direct.amountGrew', {
      amount: formatMoney(grown, locale),
      first: formatMoney(firstCents, locale),
      second: formatMoney(secondCents, locale),
    });
  }
  const cents = recognition.entities.amountCents;
  if (cents === undefined || cents <= 0 || !namesFineAmount(recognition.text)) return undefined;
  const { firstCents, secondCents } = trafficFineReminderAmounts(cents);
  return deps.localizer.t(locale, 'faq:remindersFor', {
    amount: formatMoney(cents, locale),
    first: formatMoney(firstCents, locale),
    second: formatMoney(secondCents, locale),
  });
}

/** "Tellen de administratiekosten mee voor de 75 euro?": the minimum asked about, not an amount owed. */
const ABOUT_MINIMUM =
  /administrat|verwaltungskosten|kosztow administracyjn|koszty administracyjn|minimum|minimaal|minimal|mindest|minimaln/i;

/**
 * "Hoeveel maanden krijg ik bij 500 euro?": the months and the monthly amount of the standard table
 * for that amount (the policy's own rule), or that it is below the minimum; nothing without an amount.
 */
async function termsForAmount(context: TurnContext, deps: DialogDeps): Promise<string | undefined> {
  const policy = deps.arrangements?.policy;
  const recognition = await turnRecognition(context, deps);
  const cents = recognition.entities.amountCents;
  if (!policy || cents === undefined || cents <= 0) return undefined;
  // "Ich kann nur 20 Euro im Monat zahlen": a monthly amount, not the amount owed.
  // ("Mogę płacić 25 euro", "I can pay 25": an amount offered, not owed.)
  if (
    isMonthlyAmount(recognition.text) ||
    offersOwnAmount(recognition.text) ||
    ABOUT_MINIMUM.test(recognition.text)
  )
    return undefined;
  // The table is not that of an ontnemingsmaatregel, a compensation order, a European or a court fine.
  if (sanctionOutsideTable(recognition.text) !== undefined) return undefined;
  const locale = turnLocale(context);
  const money = (value: number): string => formatMoney(value, locale);
  if (cents < policy.minimumCents) {
    return deps.localizer.t(locale, 'faq:termsFor.belowMinimum', {
      amount: money(cents),
      minimum: money(policy.minimumCents),
    });
  }
  const months = termMonths(cents, policy);
  return deps.localizer.t(locale, 'faq:termsFor.months', {
    amount: money(cents),
    months,
    monthly: money(Math.floor(cents / months)),
  });
}
