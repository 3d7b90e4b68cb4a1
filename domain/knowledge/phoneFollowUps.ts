import type { ReplyChoice } from '../ports/replyRenderer';

/** Follow-ups a caller needs none of: how to phone the CJIB, to someone already on the line with it. */
const NOT_ON_THE_PHONE: ReadonlySet<string> = new Set(['topic:contact']);

/**
 * The follow-ups "did this help?" offers on the phone besides yes and no: at most one, so a caller
 * hears no more than three choices read out, and never the CJIB's phone numbers.
 */
export function phoneFollowUps(followUps: readonly ReplyChoice[]): ReplyChoice[] {
  return followUps.filter((c) => !NOT_ON_THE_PHONE.has(c.value)).slice(0, 1);
}
