import { type Claim, openAmount } from '../domain/claims/claim';
import { formatDate, speakDate } from '../domain/dates';
import type { Locale } from '../domain/language/locale';
import { formatMoney, speakMoney } from '../domain/money';
import type { Localizer } from '../domain/ports/localizer';
import type { Reply, ReplyFact } from '../domain/ports/replyRenderer';
import { arrangementMeaning } from './arrangementStandingText';
import { arrangementRows } from './arrangementStandingRows';
import { firstSentence, spokenClaimsList } from './claimsSpeech';

export interface ClaimsReplyContext {
  locale: Locale;
  localizer: Localizer;
  /** Today in the Netherlands (yyyy-mm-dd): due dates before it are marked as passed. */
  today: string;
}

/** The claim's description in the citizen's language, else English, else Dutch. */
export function describeClaim(claim: Claim, locale: Locale): string {
  return claim.description[locale] ?? claim.description.en ?? claim.description.nl ?? claim.letterCode;
}

function facts(claim: Claim, ctx: ClaimsReplyContext): ReplyFact[] {
  const t = (key: string, vars?: Record<string, unknown>): string => ctx.localizer.t(ctx.locale, key, vars);
  const rows: ReplyFact[] = [
    {
      label: t('lookup:card.number'),
      value: t('lookup:card.numberEnding', { digits: claim.cjibNumber.slice(-4) }),
    },
  ];
  if (claim.licencePlate) rows.push({ label: t('lookup:card.plate'), value: claim.licencePlate });
  rows.push({ label: t('lookup:card.stage'), value: t(`lookup:stage.${claim.stage}.name`) });
  rows.push({ label: t('lookup:card.open'), value: formatMoney(openAmount(claim), ctx.locale) });
  // A running arrangement replaces the letter's due date: its own terms are what the citizen keeps to.
  const arrangement = claim.stage === 'in_arrangement' ? claim.arrangement : undefined;
  if (arrangement) {
    rows.push({
      label: t('lookup:card.arrangement'),
      value: t('lookup:card.arrangementValue', {
        amount: formatMoney(arrangement.monthlyAmount, ctx.locale),
        paid: arrangement.instalmentsPaid,
        months: arrangement.months,
      }),
    });
    rows.push({ label: t('lookup:card.arrangementReference'), value: arrangement.reference });
    rows.push(...arrangementRows(arrangement, openAmount(claim), ctx));
  } else if (claim.stage !== 'paid') {
    const date = formatDate(claim.dueDate, ctx.locale);
    rows.push({
      label: t('lookup:card.due'),
      // (In an arrangement without its terms on record the date is not "passed" either.)
      value:
        claim.dueDate < ctx.today && claim.stage !== 'in_arrangement'
          ? t('lookup:card.duePassed', { date })
          : date,
    });
  }
  return rows;
}

/**
 * What the claim's stage means. An open claim whose due date has passed says so: "pay before the
 * due date and nothing is added" would no longer be true.
 */
function meaningKey(claim: Claim, ctx: ClaimsReplyContext): string {
  if (claim.stage === 'open' && claim.dueDate < ctx.today) return 'lookup:stage.open.meaningOverdue';
  return `lookup:stage.${claim.stage}.meaning`;
}

/** The meaning as said; a running arrangement's says where it stands (an instalment behind is never hidden). */
export function meaning(claim: Claim, ctx: ClaimsReplyContext, spoken = false): string {
  if (claim.stage === 'in_arrangement' && claim.arrangement)
    return arrangementMeaning(claim.arrangement, openAmount(claim), ctx, spoken);
  return ctx.localizer.t(ctx.locale, meaningKey(claim, ctx));
}

/** A claim as a caller hears it; `short` (one of several): its stage's meaning in one sentence. */
function spoken(claim: Claim, ctx: ClaimsReplyContext, short = false): string {
  const t = (key: string, vars?: Record<string, unknown>): string => ctx.localizer.t(ctx.locale, key, vars);
  const description = describeClaim(claim, ctx.locale);
  if (claim.stage === 'paid') return t('lookup:speech.paidClaim', { description });
  if (claim.stage === 'in_arrangement' && claim.arrangement) {
    const a = claim.arrangement;
    const line = t('lookup:speech.claimArrangement', {
      description,
      amount: speakMoney(openAmount(claim), ctx.locale),
      monthly: speakMoney(a.monthlyAmount, ctx.locale),
      paid: a.instalmentsPaid,
      months: a.months,
      reference: a.reference,
    });
    return `${line} ${meaning(claim, ctx, true)}`;
  }
  const line = t('lookup:speech.claim', {
    description,
    stage: t(`lookup:stage.${claim.stage}.name`),
    amount: speakMoney(openAmount(claim), ctx.locale),
    date: speakDate(claim.dueDate, ctx.locale),
  });
  // As on the card ("(verstreken)"): a due date that has passed is said to have passed.
  const passed = claim.dueDate < ctx.today && claim.stage !== 'in_arrangement';
  const when = passed ? ` ${t('lookup:speech.duePassed')}` : '';
  // (Under appeal or with a bailiff the whole meaning stays: it says what to do instead of paying.)
  const said = meaning(claim, ctx, true);
  const brief = short && claim.stage !== 'appeal_pending' && claim.stage !== 'bailiff';
  return `${line}${when} ${brief ? firstSentence(said) : said}`;
}

/**
 * The total as a caller hears it. An amount under appeal need not be paid while the appeal runs,
 * so "in total you still have to pay" it would contradict what was just said: it is named as on
 * hold, and the total is what is left to pay now.
 */
function spokenTotal(claims: Claim[], ctx: ClaimsReplyContext): string {
  const t = (key: string, vars?: Record<string, unknown>): string => ctx.localizer.t(ctx.locale, key, vars);
  const sum = (list: Claim[]): number => list.reduce((total, c) => total + openAmount(c), 0);
  const onHold = sum(claims.filter((c) => c.stage === 'appeal_pending'));
  const payable = sum(claims.filter((c) => c.stage !== 'appeal_pending'));
  const money = (cents: number): string => speakMoney(cents, ctx.locale);
  if (onHold === 0) return t('lookup:speech.total', { amount: money(payable) });
  if (payable === 0) return t('lookup:speech.onHoldOnly', { onHold: money(onHold) });
  return t('lookup:speech.totalOnHold', { amount: money(payable), onHold: money(onHold) });
}

/** The card's total; an amount under appeal is on hold, so it is not in "still to pay" (as on the phone). */
function cardTotal(claims: Claim[], total: number, ctx: ClaimsReplyContext): string {
  const t = (key: string, vars?: Record<string, unknown>): string => ctx.localizer.t(ctx.locale, key, vars);
  const onHold = claims
    .filter((c) => c.stage === 'appeal_pending')
    .reduce((sum, c) => sum + openAmount(c), 0);
  const money = (cents: number): string => formatMoney(cents, ctx.locale);
  if (onHold === 0) return t('lookup:card.total', { amount: money(total) });
  if (onHold === total) return t('lookup:card.totalOnHoldOnly', { onHold: money(onHold) });
  return t('lookup:card.totalWithOnHold', { amount: money(total - onHold), onHold: money(onHold) });
}

/**
 * The answer to "what do I owe": per claim its description, stage in plain words and what that
 * means, open amount and due date, then the total. One content, three forms: a card (rendered as
 * text where cards do not work) and a spoken version for the phone.
 */
export function claimsReply(claims: Claim[], ctx: ClaimsReplyContext): Reply {
  const t = (key: string, vars?: Record<string, unknown>): string => ctx.localizer.t(ctx.locale, key, vars);
  if (claims.length === 0) return { text: t('lookup:result.none') };
  const total = claims.reduce((sum, c) => sum + openAmount(c), 0);
  const allPaid = claims.every((c) => c.stage === 'paid');
  const intro = allPaid ? t('lookup:result.allPaid') : t('lookup:result.intro');
  const totalLine = cardTotal(claims, total, ctx);
  // On the phone several fines: how many and the total first, then each one short (claimsSpeech.ts).
  const speech = spokenClaimsList(claims, ctx.locale, ctx.localizer, {
    intro,
    line: (claim, short) => spoken(claim, ctx, short),
    total: allPaid ? undefined : spokenTotal(claims, ctx),
  });
  return {
    text: intro,
    // One line per part (the count, the total, each fine): a repetition on the phone is cut between them.
    speech: speech.join('\n'),
    card: {
      title: t('lookup:card.title'),
      sections: claims.map((claim) => ({
        heading: describeClaim(claim, ctx.locale),
        facts: facts(claim, ctx),
        text: meaning(claim, ctx),
      })),
      ...(allPaid ? {} : { footer: totalLine }),
    },
  };
}
