/**
 * The topics of the knowledge base (DOMAIN.md §8 plus the lost-letter case and the letter codes of §5), and
 * `beyond_knowledge`: the honest answer to what DOMAIN.md does not know. The answer texts live in
 * `locales/<lng>/faq.json` under `topics.<id>`; this list is the contract between code and content.
 */
export const TOPIC_IDS = [
  'instalments',
  'instalment_terms',
  'personal_arrangement',
  'noodstop',
  'arrangement_refused',
  'missed_instalment',
  'new_fine_in_arrangement',
  'appeal_and_instalments',
  'payment_deadline',
  'late_payment',
  'admin_costs',
  'strafbeschikking',
  'how_to_pay',
  'cjib_number',
  'letter_code',
  'payment_problem',
  'bank_debit',
  'enforcement',
  'bailiff_involved',
  'detention',
  'seized_vehicle',
  'objection',
  'court_appeal',
  'court_of_appeal',
  'not_the_driver',
  'photo',
  'wrong_address',
  'victim_compensation',
  'foreign',
  'european_fine',
  'scam',
  'complaint',
  'privacy',
  'contact',
  'lost_letter',
  'about_cjib',
  'letter_explained',
  'digid',
  'interest',
  'filed_request',
  'beyond_knowledge',
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];

export function isTopicId(value: unknown): value is TopicId {
  return typeof value === 'string' && (TOPIC_IDS as readonly string[]).includes(value);
}

/** Choice values that start a flow; the router understands them (follow-ups in faq.json use them). */
export const FLOW_ACTIONS = [
  'action:fine_status',
  'action:payment_arrangement',
  'action:human_agent',
] as const;
export type FlowAction = (typeof FLOW_ACTIONS)[number];

const TOPIC_PREFIX = 'topic:';

/** The choice value that asks for a topic's answer, e.g. `topic:noodstop`. */
export function topicValue(id: TopicId): string {
  return `${TOPIC_PREFIX}${id}`;
}

/** The topic of a choice value such as `topic:noodstop`, or undefined for any other text. */
export function parseTopicValue(text: string | undefined | null): TopicId | undefined {
  const trimmed = (text ?? '').trim();
  if (!trimmed.startsWith(TOPIC_PREFIX)) return undefined;
  const id = trimmed.slice(TOPIC_PREFIX.length);
  return isTopicId(id) ? id : undefined;
}

/** The flow action of a choice value such as `action:fine_status`, or undefined. */
export function parseFlowAction(text: string | undefined | null): FlowAction | undefined {
  const trimmed = (text ?? '').trim();
  return (FLOW_ACTIONS as readonly string[]).includes(trimmed) ? (trimmed as FlowAction) : undefined;
}
