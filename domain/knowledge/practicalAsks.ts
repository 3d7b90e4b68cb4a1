import { CONTACT_LETTER_ASKS, type ContactLetterAskId } from './contactLetterAsks';
import { PAYMENT_PRACTICE_ASKS, type PaymentPracticeAskId, type PracticeAsk } from './paymentPracticeAsks';

/**
 * The practical questions (paying, contact, letters, the bailiff) answered by one short text that
 * says yes, no or "I don't know" first (paymentPracticeAsks.ts, contactLetterAsks.ts). They join the
 * specific asks (specificAsks.ts): the first that matches gives the topic, each gives its lead.
 */
export type PracticalAskId = PaymentPracticeAskId | ContactLetterAskId;

export const PRACTICAL_ASKS: readonly PracticeAsk<PracticalAskId>[] = [
  ...PAYMENT_PRACTICE_ASKS,
  ...CONTACT_LETTER_ASKS,
];

/** Asks that only pick the topic: its text is the answer (the letter codes' list). */
export const TOPIC_ONLY_ASKS: ReadonlySet<string> = new Set<PracticalAskId>(['letterCodes']);

/** Leads that are the whole answer: the topic's general text after them would answer another question. */
const WHOLE: ReadonlySet<string> = new Set<string>(
  PRACTICAL_ASKS.map((ask) => ask.id).filter((id) => !TOPIC_ONLY_ASKS.has(id)),
);

/** Leads that say DOMAIN.md does not know, so a person is offered instead of "did this help?". */
const PERSON: ReadonlySet<string> = new Set<PracticalAskId>([
  'onBehalf',
  'paymentNotVisible',
  'bailiffWhen',
  'bailiffSeize',
  'letterLanguage',
]);

/** A lead ("a" or "a+b") made only of practical answers: said alone, without the topic's text. */
export function isWholePracticalLead(lead: string | undefined): boolean {
  return lead !== undefined && lead !== '' && lead.split('+').every((id) => WHOLE.has(id));
}

/** A lead with a practical answer that sends the citizen to a person. */
export function offersPersonAfter(lead: string | undefined): boolean {
  return lead !== undefined && lead.split('+').some((id) => PERSON.has(id));
}
