import { type Claim, openAmount } from '../domain/claims/claim';
import { type RunningArrangement, runningArrangements } from '../domain/claims/arrangementProgress';
import { nextInstalment } from '../domain/claims/nextInstalment';
import { arrangementStanding } from '../domain/claims/arrangementStanding';
import { upcomingSentence } from './arrangementStandingText';
import { addMonths } from '../domain/arrangement/calendarDate';
import { formatDate, speakDate } from '../domain/dates';
import { formatMoney, speakMoney } from '../domain/money';
import type { Reply } from '../domain/ports/replyRenderer';
import { type ClaimsReplyContext, describeClaim } from './claimsReply';
import { dueDateReply } from './ownDueDateReply';

/*
 * The running arrangement's next step once the fines are looked up: when the next instalment is due
 * and how much it is (worked out from the record, see nextInstalment), and paying the rest at once.
 * Where the whole schedule can be seen is always said: the record is not the decision letter.
 */

type Vars = Record<string, unknown>;

function both(ctx: ClaimsReplyContext, key: string, vars: (spoken: boolean) => Vars): Reply {
  return {
    text: ctx.localizer.t(ctx.locale, key, vars(false)),
    speech: ctx.localizer.t(ctx.locale, key, vars(true)),
  };
}

function money(cents: number, ctx: ClaimsReplyContext, spoken: boolean): string {
  return spoken ? speakMoney(cents, ctx.locale) : formatMoney(cents, ctx.locale);
}

function openOf(running: RunningArrangement): number {
  return running.claims.reduce((sum, c) => sum + openAmount(c), 0);
}

function nextLine(running: RunningArrangement, ctx: ClaimsReplyContext): Reply[] {
  const next = nextInstalment(running.arrangement, openOf(running), ctx.today);
  if (!next) return [{ text: ctx.localizer.t(ctx.locale, 'lookup:own.next.allPaid') }];
  const key = next.overdue ? 'lookup:own.next.overdue' : 'lookup:own.next.upcoming';
  const lines = [
    both(ctx, key, (spoken) => ({
      number: next.number,
      months: next.months,
      amount: money(next.amount, ctx, spoken),
      date: spoken ? speakDate(next.dueDate, ctx.locale) : formatDate(next.dueDate, ctx.locale),
    })),
  ];
  if (next.last) lines.push({ text: ctx.localizer.t(ctx.locale, 'lookup:own.next.last') });
  // One behind: the one after it still comes on its own date ("wanneer is de volgende?" asks that too).
  if (next.overdue) {
    const upcoming = arrangementStanding(running.arrangement, openOf(running), ctx.today).upcoming;
    const text = upcomingSentence(upcoming, ctx);
    if (text) lines.push({ text, speech: upcomingSentence(upcoming, ctx, true) });
  }
  return lines;
}

function joined(replies: Reply[]): Reply {
  return {
    text: replies.map((r) => r.text).join('\n\n'),
    speech: replies.map((r) => r.speech ?? r.text).join(' '),
  };
}

/**
 * "Wanneer moet ik mijn volgende termijn betalen?": per running arrangement its next instalment's
 * number, amount and date (or that it is past and not seen paid), then where all dates are. Without
 * its terms on record only where to see them; without an arrangement, the fines' own due dates.
 */
export function nextInstalmentReply(claims: Claim[], ctx: ClaimsReplyContext): Reply {
  const running = runningArrangements(claims);
  const where: Reply = { text: ctx.localizer.t(ctx.locale, 'lookup:own.next.where') };
  if (running.length === 0) {
    if (!claims.some((c) => c.stage === 'in_arrangement')) {
      // (All paid: the due dates' answer says so without a lead-in.)
      const toPay = claims.some((c) => openAmount(c) > 0 && c.stage !== 'paid');
      const lead: Reply[] = toPay
        ? [{ text: ctx.localizer.t(ctx.locale, 'lookup:own.next.noArrangement') }]
        : [];
      return joined([...lead, dueDateReply(claims, ctx)]);
    }
    return joined([{ text: ctx.localizer.t(ctx.locale, 'lookup:own.next.unknown') }, where]);
  }
  return joined([...running.flatMap((r) => nextLine(r, ctx)), where]);
}

/**
 * "Kan ik de rest in één keer betalen?" with an arrangement running: yes, the amount still open in it
 * (per fine when it holds several: one transfer per fine, DOMAIN.md §8.12), and how to pay it
 * (DOMAIN.md §2.2: the Digitaal Loket, or a transfer with the letter's account and CJIB number).
 * Undefined without a running arrangement (the question then is the general one).
 */
export function payRestReply(claims: Claim[], ctx: ClaimsReplyContext): Reply | undefined {
  const running = runningArrangements(claims);
  if (running.length === 0) return undefined;
  const inArrangement = running.flatMap((r) => r.claims).filter((c) => openAmount(c) > 0);
  const total = inArrangement.reduce((sum, c) => sum + openAmount(c), 0);
  if (total === 0) return { text: ctx.localizer.t(ctx.locale, 'lookup:own.next.allPaid') };
  const parts: Reply[] = [
    both(ctx, 'lookup:own.payRest.yes', (spoken) => ({ amount: money(total, ctx, spoken) })),
  ];
  if (inArrangement.length > 1) {
    const lines = inArrangement.map((c) =>
      both(ctx, 'lookup:own.payRest.fineLine', (spoken) => ({
        description: describeClaim(c, ctx.locale),
        digits: c.cjibNumber.slice(-4),
        amount: money(openAmount(c), ctx, spoken),
      })),
    );
    const intro = ctx.localizer.t(ctx.locale, 'lookup:own.payRest.perFine');
    parts.push({
      text: [intro, ...lines.map((l) => `- ${l.text}`)].join('\n'),
      speech: [intro, ...lines.map((l) => l.speech ?? l.text)].join(' '),
    });
  }
  parts.push({
    text: ctx.localizer.t(ctx.locale, 'lookup:own.payRest.how'),
    speech: ctx.localizer.t(ctx.locale, 'lookup:own.payRest.howSpeech'),
  });
  parts.push({ text: ctx.localizer.t(ctx.locale, 'lookup:own.payRest.after') });
  return joined(parts);
}

/**
 * "Wanneer ben ik klaar met afbetalen?": per running arrangement how many instalments are left and,
 * paid on time, the date of the last (the first's date plus the months, instalments being monthly,
 * DOMAIN.md §1.3), then where all dates are. Without an arrangement the fines' own due dates.
 */
export function paidOffReply(claims: Claim[], ctx: ClaimsReplyContext): Reply {
  const running = runningArrangements(claims);
  if (running.length === 0) return nextInstalmentReply(claims, ctx);
  const where: Reply = { text: ctx.localizer.t(ctx.locale, 'lookup:own.next.where') };
  const lines = running.map(({ arrangement }): Reply => {
    const left = arrangement.months - arrangement.instalmentsPaid;
    if (left <= 0) return { text: ctx.localizer.t(ctx.locale, 'lookup:own.next.allPaid') };
    const lastDate = addMonths(arrangement.startDate, arrangement.months - 1);
    return both(ctx, 'lookup:own.next.paidOff', (spoken) => ({
      left,
      months: arrangement.months,
      date: spoken ? speakDate(lastDate, ctx.locale) : formatDate(lastDate, ctx.locale),
    }));
  });
  return joined([...lines, where]);
}
