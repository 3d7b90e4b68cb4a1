import type { Activity } from 'botbuilder';
import type { Identification } from './demoDebtors';
import type { TestConversation } from './testApp';

/**
 * Walks a conversation through identification: `opening` starts the lookup or the arrangement
 * flow, then the CJIB number and the postcode are given as asked. Returns the replies to the
 * postcode: the fines found, or the schedule (or refusal) of an arrangement.
 */
export async function identify(
  c: TestConversation,
  opening: string,
  debtor: Identification,
): Promise<Partial<Activity>[]> {
  await c.say(opening);
  await c.say(debtor.number);
  return c.say(debtor.postcode);
}

/** `identify` from a new conversation: the welcome first. */
export async function startAndIdentify(
  c: TestConversation,
  opening: string,
  debtor: Identification,
): Promise<Partial<Activity>[]> {
  await c.start();
  return identify(c, opening, debtor);
}
