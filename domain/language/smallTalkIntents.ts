import type { IntentId } from './intents';

/**
 * Intents that carry no request: never offered as what a misunderstood message may have meant, and
 * with one of them (or none) a message is small talk, or a postcode given on its own.
 */
export const SMALL_TALK: ReadonlySet<IntentId> = new Set(['none', 'greeting', 'thanks', 'goodbye']);
