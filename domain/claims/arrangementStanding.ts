import { addMonths } from '../arrangement/calendarDate';
import { instalmentsLeft } from './arrangementProgress';
import type { ExistingArrangement } from './claim';
import type { NextInstalment } from './nextInstalment';

/**
 * Where a running arrangement stands today, as the record allows it to be worked out: the
 * instalments whose date has passed without the record showing them paid, and the first one still
 * to come. Every view of an arrangement tells both, so a missed instalment is never hidden behind
 * "pay each instalment on time".
 */
export interface ArrangementStanding {
  /** Oldest first; empty when nothing is behind. */
  overdue: NextInstalment[];
  /** The first instalment due today or later; undefined when none is left after the overdue ones. */
  upcoming?: NextInstalment;
}

/**
 * Instalments are monthly from the first one's date (DOMAIN.md §1.3); equal amounts, the last one
 * absorbing the rounding (product policy), so the open amount is handed out over the unpaid
 * instalments in order and their amounts sum exactly to it.
 */
export function arrangementStanding(
  arrangement: ExistingArrangement,
  openCents: number,
  today: string,
): ArrangementStanding {
  const standing: ArrangementStanding = { overdue: [] };
  if (instalmentsLeft(arrangement) === 0) return standing;
  let remaining = Math.max(0, openCents);
  for (
    let number = arrangement.instalmentsPaid + 1;
    number <= arrangement.months && remaining > 0;
    number++
  ) {
    const last = number === arrangement.months;
    const amount = last ? remaining : Math.min(arrangement.monthlyAmount, remaining);
    remaining -= amount;
    const dueDate = addMonths(arrangement.startDate, number - 1);
    const overdue = dueDate < today;
    const instalment: NextInstalment = { number, months: arrangement.months, dueDate, amount, last, overdue };
    if (overdue) standing.overdue.push(instalment);
    else {
      standing.upcoming = instalment;
      break;
    }
  }
  return standing;
}

/** The overdue instalments' sum in cents. */
export function overdueCents(standing: ArrangementStanding): number {
  return standing.overdue.reduce((sum, i) => sum + i.amount, 0);
}
