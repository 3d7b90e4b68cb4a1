import type { TurnContext } from 'botbuilder';
import type { ArrangementDraft } from '../domain/arrangement/arrangementDraft';
import { formatMoney } from '../domain/money';
import type { DialogDeps } from './dialogDeps';
import { text, turnLocale } from './turn';
import { pluralRules } from '../domain/language/intlFormats';

/** The last instalment of a draft: the monthly amount plus what rounding left (see instalmentSchedule). */
export function lastInstalmentCents(
  draft: Pick<ArrangementDraft, 'months' | 'monthlyAmount' | 'totalAmount'>,
): number {
  return draft.totalAmount - draft.monthlyAmount * (draft.months - 1);
}

/** "11 termijnen", "3 raty": Polish says 2-4 (and 22-24, …) with another noun form than 5 and up. */
function instalmentCount(context: TurnContext, deps: DialogDeps, count: number): string {
  const few = pluralRules(turnLocale(context)).select(count) === 'few';
  return text(context, deps, few ? 'arrangement:confirm.instalmentsFew' : 'arrangement:confirm.instalments', {
    count,
  });
}

/**
 * Exactly what is agreed, so that the amounts said add up to the total: "11 termijnen van € 45,95
 * en een laatste van € 46,05 (totaal € 551,50)", or "6 termijnen van € 21,50 (totaal € 129,00)"
 * when every instalment is the same.
 */
export function agreedTerms(
  context: TurnContext,
  deps: DialogDeps,
  draft: Pick<ArrangementDraft, 'months' | 'monthlyAmount' | 'totalAmount'>,
): string {
  const locale = turnLocale(context);
  const last = lastInstalmentCents(draft);
  const even = last === draft.monthlyAmount;
  return text(context, deps, even ? 'arrangement:confirm.termsEven' : 'arrangement:confirm.terms', {
    instalments: instalmentCount(context, deps, even ? draft.months : draft.months - 1),
    monthly: formatMoney(draft.monthlyAmount, locale),
    last: formatMoney(last, locale),
    total: formatMoney(draft.totalAmount, locale),
  });
}
