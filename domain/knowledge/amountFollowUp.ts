/**
 * Follow-ups about an amount the conversation just spoke of, which no lookup is needed for:
 * "ik heb een boete van 280 euro, hoeveel maanden krijg ik?" (the term table, DOMAIN.md §1.3), then
 * "en hoeveel is dat per maand?" and "en als ik 2 boetes heb?" (the total counts); after the appeal to
 * the kantonrechter "hoeveel?" (the zekerheidsstelling) and "en als ik dat niet kan betalen?" (the
 * judge may waive it, DOMAIN.md §4). A bare "hoeveel?" there is about that answer, not a lookup.
 */
import { offersOwnAmount } from '../arrangement/amountOffered';
import { ownMonthlyAmountCents } from '../arrangement/ownMonthlyAmount';
import {
  asksMonthlyAmountOfTerms,
  asksTermsForAmount,
  namesMonthlyAmount,
  severalFines,
} from '../arrangement/termsForAmountQuestion';
import { asksBareHowMuch, saysCannotPayIt } from './courtDepositFollowUp';
import { sanctionOutsideTable } from './sanctionInParts';
import type { TopicId } from './topics';

/** What the last answer was about, when it was about an amount (kept for the next message only). */
export type AmountContext = { kind: 'terms'; amountCents?: number } | { kind: 'courtDeposit' };

/**
 * The reply a follow-up gets: the term table for a new amount, the monthly amount of the one named,
 * the total of several fines, the deposit or its waiver, the topic's answer again, or the citizen's
 * own monthly amount acknowledged for staff.
 */
export type AmountFollowUp = 'terms' | 'monthly' | 'several' | 'deposit' | 'waiver' | 'again' | 'ownMonthly';

/** Topics whose answer is about an amount: a bare "hoeveel?" after them asks that amount again. */
const AMOUNT_TOPICS: ReadonlySet<TopicId> = new Set([
  'late_payment',
  'admin_costs',
  'strafbeschikking',
  'bank_debit',
  'european_fine',
  'court_of_appeal',
  'instalments',
  'instalment_terms',
  'noodstop',
]);

/** Topics after which "ik kan maar 20 euro per maand" is a monthly amount of one's own, for staff to assess. */
const OWN_AMOUNT_TOPICS: ReadonlySet<TopicId> = new Set([
  'personal_arrangement',
  'instalments',
  'instalment_terms',
]);

/** Topics whose answer is the term table, so the amount named with them is remembered. */
export const TERMS_TOPICS: ReadonlySet<TopicId> = new Set(['instalments', 'instalment_terms']);

/** The amount context of a message: the FAQ topic just answered sets it, else the one kept from before. */
export function amountContextAfter(
  topic: TopicId | undefined,
  kept: AmountContext | undefined,
): AmountContext | undefined {
  if (topic === 'court_appeal') return { kind: 'courtDeposit' };
  if (topic && TERMS_TOPICS.has(topic)) return kept?.kind === 'terms' ? kept : { kind: 'terms' };
  return kept;
}

export interface AmountMessage {
  /** What the citizen said. */
  text: string;
  /** The amount the message names, in cents. */
  amountCents?: number;
  /** The citizen's own fines are known (looked up, or named by their number): their own schedule answers. */
  ownFines: boolean;
  /** The FAQ topic answered just before, when the message came at its "did this help?". */
  topic?: TopicId;
  /** The amount context kept from the answer before. */
  kept?: AmountContext;
  /** The message is a new question (at the router), not a follow-up at the FAQ's question. */
  first: boolean;
}

/** Which follow-up the message is; undefined when it is not one. */
export function amountFollowUpOf(message: AmountMessage): AmountFollowUp | undefined {
  const { text: said, amountCents: amount, ownFines, topic } = message;
  const known = amountContextAfter(topic, message.kept);
  // "Ik kan maar 20 euro per maand": an amount of one's own, not the amount owed.
  const monthlyOwn = namesMonthlyAmount(said);
  if (known?.kind === 'courtDeposit') {
    if (asksBareHowMuch(said)) return 'deposit';
    if (saysCannotPayIt(said)) return 'waiver';
  }
  const aboutOwnAmount = (topic && OWN_AMOUNT_TOPICS.has(topic)) || known?.kind === 'terms';
  // ("Ik verdien maar 900 euro per maand" is income, not an amount offered: the topic's own answer.)
  const offered = monthlyOwn && ownMonthlyAmountCents(said, amount) !== undefined;
  if (aboutOwnAmount && !ownFines && offered) return 'ownMonthly';
  if (known?.kind === 'terms' && !ownFines) {
    if (severalFines(said) !== undefined) return 'several';
    if (
      known.amountCents !== undefined &&
      (asksMonthlyAmountOfTerms(said) || asksBareHowMuch(said)) &&
      !monthlyOwn &&
      amount === undefined
    )
      return 'monthly';
  }
  // "Hoeveel?" right after the increases (or another answer about an amount): that answer, not a lookup.
  if (topic && AMOUNT_TOPICS.has(topic) && asksBareHowMuch(said) && !ownFines) return 'again';
  // A new question with its amount ("hoeveel maanden bij 280 euro?") starts the context (routed to the FAQ).
  if (
    message.first &&
    !ownFines &&
    amount !== undefined &&
    amount > 0 &&
    !monthlyOwn &&
    !offersOwnAmount(said) &&
    asksTermsForAmount(said) &&
    // An ontnemingsmaatregel, a compensation order, a European or a court fine: not the table's (sanctionInParts).
    sanctionOutsideTable(said) === undefined
  )
    return 'terms';
  return undefined;
}
