import { addMonths } from '../arrangement/calendarDate';
import { instalmentsLeft } from './arrangementProgress';
import type { ExistingArrangement } from './claim';

/**
 * A running arrangement's last instalment: what is still open once the other instalments left are
 * paid at the monthly amount (9 × € 39,90 is € 359,10, a debt of € 359,00 ends with € 39,80), and
 * when it is due. Undefined when nothing is left, or the last is the monthly amount like the others.
 */
export function lastInstalment(
  arrangement: ExistingArrangement,
  openCents: number,
): { amountCents: number; dueDate: string } | undefined {
  const left = instalmentsLeft(arrangement);
  if (left === 0 || openCents <= 0) return undefined;
  const amountCents = openCents - arrangement.monthlyAmount * (left - 1);
  if (amountCents <= 0 || amountCents === arrangement.monthlyAmount) return undefined;
  return { amountCents, dueDate: addMonths(arrangement.startDate, arrangement.months - 1) };
}
