import { ownMonthlyAmountCents } from './ownMonthlyAmount';
import { scheduleObjection } from './scheduleObjection';

/**
 * A monthly amount of the citizen's own that is at least the proposed one ("can I pay 50 a month?"
 * at 21.50): the schedule is affordable (a personal arrangement is for amounts that are too high).
 * The own amount in cents, or undefined when there is none, it is lower, or the citizen cannot pay.
 */
export function ownAmountThatFits(
  message: string,
  amountCents: number | undefined,
  monthlyCents: number,
): number | undefined {
  const own = ownMonthlyAmountCents(message, amountCents);
  if (own === undefined || own < monthlyCents) return undefined;
  if (scheduleObjection(message) === 'cannotPay') return undefined;
  return own;
}
