/**
 * What comes next for a claim that is not paid, by its kind of sanction and stage (DOMAIN.md §2.3,
 * §2.5): the increases differ per kind (a traffic fine becomes 1.5 and then 3 times the fine; a
 * strafbeschikking or European fine gets EUR 15, then 20% with at least EUR 30; a compensation order
 * EUR 20, then 20% with at least EUR 40), and after the second reminder the roads differ too.
 */
import type { Claim } from './claim';

export type UnpaidStep = 'first_reminder' | 'second_reminder' | 'after_reminders' | 'bailiff' | 'none';
export type SanctionKind = 'wahv' | 'criminal' | 'compensation' | 'other';

export function sanctionKind(claim: Pick<Claim, 'type'>): SanctionKind {
  switch (claim.type) {
    case 'wahv':
      return 'wahv';
    case 'strafbeschikking':
    case 'europese_boete':
      return 'criminal';
    case 'schadevergoedingsmaatregel':
      return 'compensation';
    default:
      return 'other';
  }
}

/** The next step if this claim stays unpaid ('none': nothing to pay now, or it is paid). */
export function nextIfUnpaid(claim: Pick<Claim, 'stage'>): UnpaidStep {
  switch (claim.stage) {
    case 'open':
      return 'first_reminder';
    case 'first_reminder':
      return 'second_reminder';
    case 'second_reminder':
    case 'bank_debit':
      return 'after_reminders';
    case 'bailiff':
      return 'bailiff';
    default:
      return 'none';
  }
}
