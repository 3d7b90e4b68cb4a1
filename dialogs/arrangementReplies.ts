import type { TurnContext } from 'botbuilder';
import {
  claimLine,
  type ClaimLeftOut,
  type ClaimLine,
  type ClaimLines,
} from '../domain/arrangement/claimLines';
import type { InstalmentSchedule } from '../domain/arrangement/instalmentSchedule';
import type { Claim } from '../domain/claims/claim';
import { calendarDateIn } from '../domain/arrangement/calendarDate';
import { formatDate } from '../domain/dates';
import { formatMoney } from '../domain/money';
import type { Reply } from '../domain/ports/replyRenderer';
import { scheduleSpeech } from './arrangementSpokenOffer';
import { breakdownReply } from './ownClaimReplies';
import type { DialogDeps } from './dialogDeps';
import { text, turnLocale } from './turn';

/** A claim's description in the turn's language (the back office has nl and en), else in Dutch. */
export function description(context: TurnContext, claim: ClaimLine): string {
  const locale = turnLocale(context);
  return claim.description[locale] ?? claim.description.en ?? claim.description.nl ?? claim.numberEnding;
}

// The running arrangement's view lives beside its standing (an instalment behind, the next one).
export { existingArrangementReplies } from './existingArrangementReply';

/**
 * The claims left out of a new arrangement, each with why. Claims of a running arrangement are
 * listed too: the running arrangement's card does not say which fines it covers.
 */
export function excludedClaimsReply(
  context: TurnContext,
  deps: DialogDeps,
  excluded: ClaimLeftOut[],
): Reply | undefined {
  if (excluded.length === 0) return undefined;
  const locale = turnLocale(context);
  const vars = (claim: ClaimLine) => ({
    description: description(context, claim),
    amount: formatMoney(claim.openCents, locale),
  });
  const why = (reason: string): string => text(context, deps, `arrangement:excluded.${reason}`);
  const lines = excluded.map(
    ({ claim, reason }) => `- ${text(context, deps, 'arrangement:claims.line', vars(claim))}: ${why(reason)}`,
  );
  // On the phone a bold heading is read out bare ("Niet in de nieuwe regeling."): a sentence per fine instead.
  const speech = excluded.map(
    ({ claim, reason }) =>
      `${text(context, deps, 'arrangement:claims.excludedSpeech', vars(claim))} ${why(reason)}`,
  );
  return {
    text: `**${text(context, deps, 'arrangement:claims.excluded')}**\n${lines.join('\n')}`,
    speech: speech.join(' '),
  };
}

/**
 * "Which fines are in it?", "why is this one not in it?" at the schedule: the claims in it with their
 * amounts, then those left out with why (as shown before the schedule).
 */
export function includedClaimsReply(
  context: TurnContext,
  deps: DialogDeps,
  { included, excluded }: ClaimLines,
): Reply {
  const locale = turnLocale(context);
  const lines = included.map(
    (claim) =>
      `- ${text(context, deps, 'arrangement:claims.line', { description: description(context, claim), amount: formatMoney(claim.openCents, locale) })}`,
  );
  const left = excludedClaimsReply(context, deps, excluded);
  const parts = [`**${text(context, deps, 'arrangement:claims.included')}**\n${lines.join('\n')}`];
  if (left) parts.push(left.text ?? '');
  // On the phone a sentence leads in, not the bare heading ("In de nieuwe regeling.").
  const speech = [
    text(context, deps, 'arrangement:claims.includedSpeech'),
    ...lines.map((line) => `${line.slice(2)}.`),
  ];
  if (left?.speech) speech.push(left.speech);
  return { text: parts.join('\n\n'), speech: speech.join(' ') };
}

/** The proposed schedule: which claims, the total, months, monthly amount (and last), first due date. */
export function scheduleReply(
  context: TurnContext,
  deps: DialogDeps,
  included: Claim[],
  schedule: InstalmentSchedule,
): Reply {
  const locale = turnLocale(context);
  const t = (key: string, vars?: Record<string, unknown>): string => text(context, deps, key, vars);
  const money = (cents: number): string => formatMoney(cents, locale);
  const firstDue = formatDate(schedule.firstDueDate, locale);
  const sentences = [
    t('arrangement:plan.text', {
      total: money(schedule.totalCents),
      months: schedule.months,
      monthly: money(schedule.monthlyCents),
      firstDue,
    }),
  ];
  if (schedule.lastCents !== schedule.monthlyCents)
    sentences.push(t('arrangement:plan.lastDiffers', { last: money(schedule.lastCents) }));
  sentences.push(t('arrangement:plan.newFines'));
  const facts = [
    { label: t('arrangement:plan.total'), value: money(schedule.totalCents) },
    { label: t('arrangement:plan.months'), value: String(schedule.months) },
    { label: t('arrangement:plan.monthly'), value: money(schedule.monthlyCents) },
  ];
  if (schedule.lastCents !== schedule.monthlyCents)
    facts.push({ label: t('arrangement:plan.last'), value: money(schedule.lastCents) });
  facts.push({ label: t('arrangement:plan.firstDue'), value: firstDue });
  return {
    text: sentences.join(' '),
    speech: scheduleSpeech(context, deps, included, schedule),
    card: {
      title: t('arrangement:plan.title'),
      sections: [
        {
          heading: t('arrangement:claims.included'),
          facts: included.map(claimLine).map((claim) => ({
            label: description(context, claim),
            value: money(claim.openCents),
          })),
        },
        { facts },
      ],
    },
  };
}

/** "When is the first payment due?" during the flow: the schedule's first due date and monthly amount. */
export function firstDueReply(
  context: TurnContext,
  deps: DialogDeps,
  draft: { firstDueDate: string; monthlyAmount: number },
): Reply {
  const locale = turnLocale(context);
  return {
    text: text(context, deps, 'arrangement:plan.firstDueAnswer', {
      firstDue: formatDate(draft.firstDueDate, locale),
      monthly: formatMoney(draft.monthlyAmount, locale),
    }),
  };
}

/** An own monthly amount at or above the proposed one: the schedule fits (not a personal arrangement). */
export function ownAmountFitsReply(
  context: TurnContext,
  deps: DialogDeps,
  amounts: { own: number; monthlyCents: number; totalCents: number },
): Reply {
  const money = (cents: number): string => formatMoney(cents, turnLocale(context));
  return {
    text: text(context, deps, 'arrangement:plan.ownAmountFits', {
      own: money(amounts.own),
      monthly: money(amounts.monthlyCents),
      total: money(amounts.totalCents),
    }),
  };
}

/** "I want to pay it all at once": nothing requested, the total, and the ways to pay offered. */
export function payInFullReply(context: TurnContext, deps: DialogDeps, totalCents: number): Reply {
  return {
    text: text(context, deps, 'arrangement:plan.atOnce', {
      total: formatMoney(totalCents, turnLocale(context)),
    }),
    choices: [{ value: 'how_to_pay', title: text(context, deps, 'common:intent.how_to_pay') }],
    expectsInput: true,
  };
}

/** "How much is it in total?" during the flow: the schedule's total, instalments and first due date. */
export function scheduleTotalReply(
  context: TurnContext,
  deps: DialogDeps,
  draft: { totalAmount: number; months: number; monthlyAmount: number; firstDueDate: string },
): Reply {
  const locale = turnLocale(context);
  const money = (cents: number): string => formatMoney(cents, locale);
  const sentences = [
    text(context, deps, 'arrangement:plan.totalAnswer', {
      total: money(draft.totalAmount),
      months: draft.months,
      monthly: money(draft.monthlyAmount),
      firstDue: formatDate(draft.firstDueDate, locale),
    }),
  ];
  const last = draft.totalAmount - draft.monthlyAmount * (draft.months - 1);
  if (last !== draft.monthlyAmount)
    sentences.push(text(context, deps, 'arrangement:plan.lastDiffers', { last: money(last) }));
  return { text: sentences.join(' ') };
}

/**
 * "Waarom zo veel?" with the schedule on the table: what each fine in it is made of (the fine, an
 * increase, the costs, what is paid), as after a lookup. Undefined for a schedule kept without amounts.
 */
export function scheduleBreakdownReply(
  context: TurnContext,
  deps: DialogDeps,
  claims: ClaimLines,
): Reply | undefined {
  const lines = claims.included.filter(
    (line): line is ClaimLine & Required<Pick<ClaimLine, 'amounts'>> => line.amounts !== undefined,
  );
  if (lines.length === 0 || lines.length < claims.included.length) return undefined;
  const ctx = {
    locale: turnLocale(context),
    localizer: deps.localizer,
    today: calendarDateIn(deps.clock.now(), deps.arrangements?.policy.timeZone ?? 'Europe/Amsterdam'),
  };
  return breakdownReply(lines, ctx, (line) => description(context, line));
}
