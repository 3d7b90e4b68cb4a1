import { addMonths } from '../arrangement/calendarDate';
import { instalmentsLeft } from './arrangementProgress';
import type { ExistingArrangement } from './claim';

/** The next instalment of a running arrangement, as the record allows it to be worked out. */
export interface NextInstalment {
  /** Which instalment it is (1-based) of how many. */
  number: number;
  months: number;
  /** ISO date (yyyy-mm-dd) it is due. */
  dueDate: string;
  /** In cents. */
  amount: number;
  /** The last one: after it nothing is left to pay. */
  last: boolean;
  /** Its date lies before today: the record does not show it paid (yet). */
  overdue: boolean;
}

/**
 * The record holds the first instalment's date, the number paid and the monthly amount; instalments
 * are monthly (DOMAIN.md §1.3), so the next one (paid + 1) is due that many months after the first,
 * on the same day (the month's last day when shorter). Equal amounts, the last absorbing the rounding
 * (DOMAIN.md, product policy): the last is whatever is still open, never more than that.
 * Undefined when every instalment is paid or nothing is open.
 */
export function nextInstalment(
  arrangement: ExistingArrangement,
  openCents: number,
  today: string,
): NextInstalment | undefined {
  if (instalmentsLeft(arrangement) === 0 || openCents <= 0) return undefined;
  const number = arrangement.instalmentsPaid + 1;
  const last = number === arrangement.months;
  const dueDate = addMonths(arrangement.startDate, arrangement.instalmentsPaid);
  return {
    number,
    months: arrangement.months,
    dueDate,
    amount: last ? openCents : Math.min(arrangement.monthlyAmount, openCents),
    last,
    overdue: dueDate < today,
  };
}
