import { type Claim, openAmount } from '../domain/claims/claim';
import {
  instalmentsLeft,
  type RunningArrangement,
  runningArrangements,
} from '../domain/claims/arrangementProgress';
import type { OwnClaimQuestion } from '../domain/language/ownClaimQuestion';
import { formatMoney, speakMoney } from '../domain/money';
import type { Reply } from '../domain/ports/replyRenderer';
import type { ClaimsReplyContext } from './claimsReply';

/*
 * Short answers about the citizen's own claims, once looked up: the running arrangement (instalments
 * left, monthly amount, what is still to pay, its reference) and what an amount is made of. One
 * content, written and spoken. The next instalment and paying the rest at once: ownArrangementNext.ts.
 */

type T = (key: string, vars?: Record<string, unknown>) => string;

function translator(ctx: ClaimsReplyContext): T {
  return (key, vars) => ctx.localizer.t(ctx.locale, key, vars);
}

/** The asked fact first, from the first running arrangement (or the total still to pay). */
function lead(
  question: OwnClaimQuestion,
  running: RunningArrangement,
  total: number,
  ctx: ClaimsReplyContext,
  spoken: boolean,
): string {
  const t = translator(ctx);
  const money = (cents: number): string =>
    spoken ? speakMoney(cents, ctx.locale) : formatMoney(cents, ctx.locale);
  const { arrangement } = running;
  if (question === 'instalmentsLeft')
    return t('lookup:own.lead.instalmentsLeft', {
      left: instalmentsLeft(arrangement),
      months: arrangement.months,
    });
  if (question === 'monthlyAmount')
    return t('lookup:own.lead.monthlyAmount', { amount: money(arrangement.monthlyAmount) });
  return t('lookup:own.lead.openAmount', { amount: money(total) });
}

function arrangementFacts(running: RunningArrangement, ctx: ClaimsReplyContext, spoken: boolean): string {
  const t = translator(ctx);
  const money = (cents: number): string =>
    spoken ? speakMoney(cents, ctx.locale) : formatMoney(cents, ctx.locale);
  const { arrangement, claims } = running;
  return t(spoken ? 'lookup:own.arrangementSpeech' : 'lookup:own.arrangement', {
    reference: arrangement.reference,
    amount: money(arrangement.monthlyAmount),
    paid: arrangement.instalmentsPaid,
    months: arrangement.months,
    left: instalmentsLeft(arrangement),
    open: money(claims.reduce((sum, c) => sum + openAmount(c), 0)),
  });
}

/**
 * "Hoeveel termijnen nog?", "wat is mijn maandbedrag?", "hoeveel moet ik nog betalen?": the asked
 * fact and the arrangement's facts. Undefined when there is no running arrangement and the question
 * is about one (the caller then offers the citizen's own schedule instead).
 */
export function ownArrangementReply(
  claims: Claim[],
  question: Extract<OwnClaimQuestion, 'instalmentsLeft' | 'monthlyAmount' | 'openAmount'>,
  ctx: ClaimsReplyContext,
): Reply | undefined {
  const t = translator(ctx);
  const total = claims.reduce((sum, c) => sum + openAmount(c), 0);
  const running = runningArrangements(claims);
  if (running.length === 0) {
    if (question !== 'openAmount') return undefined;
    return {
      text: t('lookup:own.lead.openAmount', { amount: formatMoney(total, ctx.locale) }),
      speech: t('lookup:own.lead.openAmount', { amount: speakMoney(total, ctx.locale) }),
    };
  }
  const first = running[0] as RunningArrangement;
  return {
    text: [
      lead(question, first, total, ctx, false),
      ...running.map((r) => arrangementFacts(r, ctx, false)),
    ].join('\n\n'),
    speech: [
      lead(question, first, total, ctx, true),
      ...running.map((r) => arrangementFacts(r, ctx, true)),
    ].join(' '),
  };
}

/** What a breakdown needs of a claim: its kind and its amounts. */
type BreakdownClaim = Pick<Claim, 'type' | 'amounts'>;

/** Why an increase is there, by the kind of sanction (DOMAIN.md §2.3). */
function increaseRuleKey(claim: Pick<Claim, 'type'>): string {
  if (claim.type === 'wahv') return 'lookup:own.breakdown.why.wahv';
  if (claim.type === 'strafbeschikking' || claim.type === 'europese_boete')
    return 'lookup:own.breakdown.why.strafbeschikking';
  if (claim.type === 'schadevergoedingsmaatregel')
    return 'lookup:own.breakdown.why.schadevergoedingsmaatregel';
  return 'lookup:own.breakdown.why.other';
}

function claimBreakdown(
  claim: BreakdownClaim,
  heading: string,
  ctx: ClaimsReplyContext,
  spoken: boolean,
): string {
  const t = translator(ctx);
  const money = (cents: number): string =>
    spoken ? speakMoney(cents, ctx.locale) : formatMoney(cents, ctx.locale);
  const { fine, increase, adminCosts, paid } = claim.amounts;
  const rows: [string, number][] = [['fine', fine]];
  if (increase > 0) rows.push(['increase', increase]);
  if (adminCosts > 0) rows.push(['adminCosts', adminCosts]);
  if (paid > 0) rows.push(['paid', paid]);
  rows.push(['open', openAmount(claim)]);
  const parts = rows.map(([key, cents]) => t(`lookup:own.breakdown.row.${key}`, { amount: money(cents) }));
  return spoken
    ? `${heading}: ${parts.join(', ')}.`
    : [`**${heading}**`, ...parts.map((p) => `- ${p}`)].join('\n');
}

/**
 * "Waarom is het zo duur?", "waar bestaat dit bedrag uit?": per claim the fine, the increase (if
 * any), the administration costs, what is paid and what is left; then why there is an increase,
 * or that there is none.
 */
export function breakdownReply<C extends BreakdownClaim>(
  claims: C[],
  ctx: ClaimsReplyContext,
  /** The claim's name: a record's description, or a schedule's claim line (the arrangement flow). */
  nameOf: (claim: C) => string,
): Reply {
  const t = translator(ctx);
  const shown = claims.some((c) => openAmount(c) > 0) ? claims.filter((c) => openAmount(c) > 0) : claims;
  const increased = shown.filter((c) => c.amounts.increase > 0);
  const rules = [...new Set(increased.map(increaseRuleKey))].map((key) => t(key));
  const closing = increased.length
    ? rules
    : [
        t('lookup:own.breakdown.noIncrease'),
        ...(shown.some((c) => c.amounts.adminCosts > 0) ? [t('lookup:own.breakdown.adminOnce')] : []),
      ];
  const intro = t('lookup:own.breakdown.intro');
  return {
    text: [intro, ...shown.map((c) => claimBreakdown(c, nameOf(c), ctx, false)), closing.join(' ')].join(
      '\n\n',
    ),
    speech: [intro, ...shown.map((c) => claimBreakdown(c, nameOf(c), ctx, true)), ...closing].join(' '),
  };
}
