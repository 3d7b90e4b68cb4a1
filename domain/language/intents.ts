/** The intent ids are a contract with the NLU evaluation sets (see README, "Language understanding"). */
export const INTENTS = [
  'greeting',
  'goodbye',
  'thanks',
  'help',
  'fine_status',
  'payment_arrangement',
  'cannot_pay',
  'how_to_pay',
  'payment_not_processed',
  'reminder_increase',
  'payment_deadline',
  'objection',
  'photo_request',
  'not_the_driver',
  'lost_letter',
  'bailiff',
  'victim_compensation',
  'criminal_sanction',
  'foreign',
  'contact',
  'complaint',
  'privacy',
  'human_agent',
  'change_language',
  'cancel',
  'none',
] as const;

export type IntentId = (typeof INTENTS)[number];

export function isIntentId(value: unknown): value is IntentId {
  return typeof value === 'string' && (INTENTS as readonly string[]).includes(value);
}
