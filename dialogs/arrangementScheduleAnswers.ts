import type { TurnContext } from 'botbuilder';
import { DEFAULT_ARRANGEMENT_POLICY, type ArrangementPolicy } from '../domain/arrangement/arrangementPolicy';
import type { ArrangementDraft } from '../domain/arrangement/arrangementDraft';
import { addMonths } from '../domain/arrangement/calendarDate';
import { wantsToPayInFull } from '../domain/arrangement/payInFull';
import { paymentQuestion } from '../domain/arrangement/paymentQuestion';
import { asksMonthlyAmount } from '../domain/arrangement/planQuestions';
import { scheduleObjection } from '../domain/arrangement/scheduleObjection';
import { termQuestion, type TermQuestion } from '../domain/arrangement/termQuestion';
import { formatDate } from '../domain/dates';
import { plainSpaces } from '../domain/language/intlLocale';
import { extractMonths } from '../domain/language/monthsEntity';
import { formatMoney } from '../domain/money';
import type { Reply } from '../domain/ports/replyRenderer';
import type { DialogDeps } from './dialogDeps';
import { numberedKey } from './numberedChoiceKey';
import { isSpeechTurn, text, turnLocale } from './turn';
import { numberFormat } from '../domain/language/intlFormats';

/*
 * Questions about the months and the paying of the schedule on the table ("can I get more
 * months?", "can the date be the 25th?", "can my partner pay?"), answered from the schedule and the
 * term table, or honestly as not known (DOMAIN.md §1.3 leaves the payment method and due day open);
 * and what the schedule's choices mean, for a citizen who does not know or is worried.
 */

type Draft = Pick<ArrangementDraft, 'totalAmount' | 'months' | 'monthlyAmount' | 'firstDueDate'>;
/** What places an amount in the term table: its total and the months that go with it. */
type Band = Pick<ArrangementDraft, 'totalAmount' | 'months'>;
/**
 * What of the term answer was already said at this question ("kan het in 6 maanden?" and then "nee
 * wacht, 9 maanden"): the table and the same advice are not said twice, only the bands asked about.
 */
export interface TermsSaid {
  termsTable?: boolean;
  termsAdvice?: string[];
}

/** The answer to a question about the schedule's months or payments; undefined when it is none. */
export function scheduleQuestionReply(
  context: TurnContext,
  deps: DialogDeps,
  draft: Draft,
  said: TermsSaid = {},
): Reply | undefined {
  const message = context.activity.text ?? '';
  // "Te hoog, kan het over 12 maanden?" or "alles ineens" answer the schedule; the flow reads them.
  if (scheduleObjection(message) || wantsToPayInFull(message)) return undefined;
  const terms = termQuestion(message);
  if (terms) return termsReply(context, deps, draft, terms, said);
  const found = paymentQuestion(message);
  if (!found) return undefined;
  // "Why is the last one different?" when it is not: its date and amount.
  const even = draft.totalAmount % draft.months === 0;
  const kind =
    found === 'lastDiffers' && even
      ? 'lastDue'
      : // "Is the monthly amount fixed?": yes, and only the last one differs when the total does not divide.
        found === 'sameEachMonth' && !even
        ? 'sameEachMonthRounded'
        : found;
  const locale = turnLocale(context);
  const vars = {
    monthly: formatMoney(draft.monthlyAmount, locale),
    total: formatMoney(draft.totalAmount, locale),
    firstDue: formatDate(draft.firstDueDate, locale),
    // Every instalment falls on the first one's day of the month; the last absorbs the rounding.
    lastDue: formatDate(addMonths(draft.firstDueDate, draft.months - 1), locale),
    last: formatMoney(draft.totalAmount - draft.monthlyAmount * (draft.months - 1), locale),
    months: draft.months,
    tooHigh: text(context, deps, 'arrangement:plan.tooHigh'),
    no: text(context, deps, 'arrangement:plan.no'),
  };
  return { text: text(context, deps, `arrangement:pay.${kind}`, vars) };
}

/**
 * The table's bounds as on cjib.nl and in the knowledge base: whole euros without the sign ("1.250"),
 * the locale's text puts the currency where its language does ("€ 1.250", "EUR 1,250", "1.250 €").
 */
function tableMoney(cents: number, context: TurnContext): string {
  // Grouped as the amounts beside it ("1 250" in Polish, which would otherwise write "1250").
  const options = { maximumFractionDigits: 2, useGrouping: 'always' } as unknown as Intl.NumberFormatOptions;
  return plainSpaces(numberFormat(turnLocale(context), 'tableMoney', options).format(cents / 100));
}

/** One band's amounts in words: "tot € 120", "€ 120 tot € 300", "€ 4.000 of meer". */
function bandRange(context: TurnContext, deps: DialogDeps, policy: ArrangementPolicy, index: number): string {
  const money = (cents: number): string => tableMoney(cents, context);
  const band = policy.termTable[index]!;
  const next = policy.termTable[index + 1];
  if (index === 0 && next)
    return text(context, deps, 'arrangement:terms.bandFirst', { to: money(next.fromCents) });
  if (!next) return text(context, deps, 'arrangement:terms.bandLast', { from: money(band.fromCents) });
  return text(context, deps, 'arrangement:terms.band', {
    from: money(band.fromCents),
    to: money(next.fromCents),
  });
}

/**
 * The term table (3 months up to € 120 … 36 months from € 4,000), the band the citizen's own amount
 * is in, and what to do when the monthly amount is too high: a personal arrangement (§1.4).
 */
function termsReply(
  context: TurnContext,
  deps: DialogDeps,
  draft: Draft,
  asked: TermQuestion,
  said: TermsSaid,
): Reply {
  const policy = deps.arrangements?.policy ?? DEFAULT_ARRANGEMENT_POLICY;
  const locale = turnLocale(context);
  const bands = policy.termTable.map((_, i) => i);
  const first = policy.termTable[0]!;
  const last = policy.termTable[policy.termTable.length - 1]!;
  const table = isSpeechTurn(context)
    ? text(context, deps, 'arrangement:terms.range', {
        fewest: first.months,
        upTo: tableMoney(policy.termTable[1]?.fromCents ?? first.fromCents, context),
        most: last.months,
        from: tableMoney(last.fromCents, context),
      })
    : `${text(context, deps, 'arrangement:terms.table')}\n${bands
        .map((i) => {
          const line = { range: bandRange(context, deps, policy, i), months: policy.termTable[i]!.months };
          return `- ${text(context, deps, 'arrangement:terms.line', line)}`;
        })
        .join('\n')}`;
  const fewer = asked.fewer || (asked.months !== undefined && asked.months < draft.months);
  const sentences = [...(said.termsTable ? [] : [table]), ...ownBand(context, deps, draft, asked.months)];
  // "In 3 keer, dan ben ik er sneller vanaf" with 36 months proposed: fewer, not "too high".
  const advice = fewer ? 'arrangement:terms.fewer' : 'arrangement:terms.tooHigh';
  if (!said.termsAdvice?.includes(advice))
    sentences.push(
      text(context, deps, advice, {
        monthly: formatMoney(draft.monthlyAmount, locale),
        total: formatMoney(draft.totalAmount, locale),
        tooHigh: text(context, deps, 'arrangement:plan.tooHigh'),
      }),
    );
  said.termsTable = true;
  said.termsAdvice = [...(said.termsAdvice ?? []), advice];
  return { text: sentences.join(isSpeechTurn(context) ? ' ' : '\n\n') };
}

/**
 * The band of the citizen's own amount and its months ("daarbij horen 18 maanden"), and the band of
 * the months asked for when that is another one ("36 maanden hoort bij € 4.000 of meer").
 */
export function ownBand(context: TurnContext, deps: DialogDeps, draft: Band, asked: number | undefined): string[] {
  const policy = deps.arrangements?.policy ?? DEFAULT_ARRANGEMENT_POLICY;
  const bands = policy.termTable.map((_, i) => i);
  const own = bands.filter((i) => draft.totalAmount >= policy.termTable[i]!.fromCents).pop() ?? 0;
  const sentences = [
    text(context, deps, 'arrangement:terms.own', {
      total: formatMoney(draft.totalAmount, turnLocale(context)),
      range: bandRange(context, deps, policy, own),
      months: draft.months,
    }),
  ];
  const named = asked ? bands.find((i) => policy.termTable[i]!.months === asked) : undefined;
  if (asked && asked !== draft.months && named !== undefined)
    sentences.push(
      text(context, deps, 'arrangement:terms.named', {
        months: asked,
        range: bandRange(context, deps, policy, named),
      }),
    );
  return sentences;
}

/**
 * "Hoeveel per maand als ik het over 36 maanden spreid?" after "the monthly amount is too high": the
 * months of the standard arrangement for this amount (and of the ones asked), and that in a personal
 * arrangement the CJIB sets amount and months after assessing it (DOMAIN.md §1.4); undefined when
 * the message is no question about months.
 */
export function personalTermsReply(context: TurnContext, deps: DialogDeps, draft: Band): Reply | undefined {
  const message = context.activity.text ?? '';
  const terms = termQuestion(message);
  // ("Ile to będzie miesięcznie na 36 miesięcy?" names months beside "per month": not an amount of one's own.)
  const months = terms?.months ?? (asksMonthlyAmount(message) ? extractMonths(message) : undefined);
  if (!terms && months === undefined) return undefined;
  const sentences = [
    ...ownBand(context, deps, draft, months),
    text(context, deps, 'arrangement:person.personalTerms'),
  ];
  return { text: sentences.join(isSpeechTurn(context) ? ' ' : '\n\n') };
}

/** "Ik weet het niet" (or worried) at the schedule: what each choice means, with the monthly amount. */
export function unsureReply(
  context: TurnContext,
  deps: DialogDeps,
  limits: { monthlyCents: number } | undefined,
  worried = false,
): Reply {
  const monthly = limits ? formatMoney(limits.monthlyCents, turnLocale(context)) : '';
  const lead = text(context, deps, worried ? 'arrangement:plan.worried' : 'arrangement:plan.unsure');
  return {
    text: `${lead} ${text(context, deps, numberedKey(context, deps, 'arrangement:plan.choicesExplained'), { monthly })}`,
  };
}
