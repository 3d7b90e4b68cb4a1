import { addMonths } from './calendarDate';

export interface Instalment {
  /** ISO date the instalment is due. */
  dueDate: string;
  amountCents: number;
}

/** A standard arrangement's payments: equal monthly amounts, the last absorbs the rounding. */
export interface InstalmentSchedule {
  totalCents: number;
  months: number;
  /** The amount of every instalment but the last. */
  monthlyCents: number;
  /** The last instalment: the monthly amount plus what rounding left (less than `months` cents). */
  lastCents: number;
  firstDueDate: string;
  instalments: Instalment[];
}

/**
 * Splits a total in cents over `months` monthly instalments, each due on the same day of the month
 * from `firstDueDate`. The monthly amount is rounded down, so the last instalment is never smaller
 * than the others and the sum is exactly the total.
 */
export function instalmentSchedule(
  totalCents: number,
  months: number,
  firstDueDate: string,
): InstalmentSchedule {
  if (!Number.isInteger(totalCents) || totalCents <= 0)
    throw new RangeError('total must be a positive whole number of cents');
  if (!Number.isInteger(months) || months <= 0)
    throw new RangeError('months must be a positive whole number');
  const monthlyCents = Math.floor(totalCents / months);
  const lastCents = totalCents - monthlyCents * (months - 1);
  const instalments = Array.from({ length: months }, (_, i) => ({
    dueDate: addMonths(firstDueDate, i),
    amountCents: i === months - 1 ? lastCents : monthlyCents,
  }));
  return { totalCents, months, monthlyCents, lastCents, firstDueDate, instalments };
}
