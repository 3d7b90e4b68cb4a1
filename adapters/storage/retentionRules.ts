/**
 * How long each collection keeps documents. A document goes once `field` is older than `days`
 * (for `expiresAt` fields, `days` is the grace after the expiry the owner already set).
 * `ttlIndex`: also create a TTL index for real MongoDB — only where the collection's own store does
 * not already index that field (two indexes on one key with different options conflict).
 * Collections not listed keep their documents (staff accounts; arrangement requests not yet
 * delivered: they are the citizen's request and leave only once the back office has them).
 */
export interface RetentionRule {
  collection: string;
  field: string;
  days: number;
  ttlIndex: boolean;
}

export const DEFAULT_RETENTION_RULES: readonly RetentionRule[] = [
  // Conversation and user state: the dialog stack, language, identified claims of a conversation.
  { collection: 'botState', field: 'updatedAt', days: 90, ttlIndex: false },
  { collection: 'turnLeases', field: 'expiresAt', days: 1, ttlIndex: false },
  // Transcripts (masked) and the staff's handoff cases: DESIGN.md default of 90 days.
  { collection: 'transcripts', field: 'at', days: 90, ttlIndex: false },
  { collection: 'handoffCases', field: 'updatedAt', days: 90, ttlIndex: true },
  { collection: 'handoffOutbox', field: 'createdAt', days: 30, ttlIndex: true },
  // A callback request holds a phone number: gone after the retention period, done or not.
  { collection: 'callbackRequests', field: 'createdAt', days: 90, ttlIndex: true },
  { collection: 'arrangementRequests', field: 'deliveredAt', days: 90, ttlIndex: false },
  { collection: 'lookupAudit', field: 'expiresAt', days: 0, ttlIndex: false },
  { collection: 'lookupLocks', field: 'expiresAt', days: 0, ttlIndex: false },
  { collection: 'staffSessions', field: 'expiresAt', days: 0, ttlIndex: false },
  // Ratings hold no personal data; kept a year for the analytics.
  { collection: 'feedback', field: 'at', days: 365, ttlIndex: false },
];

/** The default rules with the configured days per collection (RETENTION_DAYS=transcripts=30,…). */
export function retentionRules(overrides: Record<string, number> = {}): RetentionRule[] {
  return DEFAULT_RETENTION_RULES.map((rule) =>
    rule.collection in overrides ? { ...rule, days: overrides[rule.collection] } : { ...rule },
  );
}

/** Days one collection keeps documents (for stores that take a retention period, e.g. transcripts). */
export function retentionDaysOf(collection: string, overrides: Record<string, number> = {}): number {
  return retentionRules(overrides).find((r) => r.collection === collection)?.days ?? 90;
}

/** Names in the configuration that match no collection: a typo would silently keep data forever. */
export function unknownRetentionCollections(overrides: Record<string, number>): string[] {
  const known = new Set(DEFAULT_RETENTION_RULES.map((r) => r.collection));
  return Object.keys(overrides).filter((name) => !known.has(name));
}
