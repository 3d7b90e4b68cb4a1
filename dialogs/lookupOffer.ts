import type { Locale } from '../domain/language/locale';
import type { TopicId } from '../domain/knowledge/topics';
import type { Localizer } from '../domain/ports/localizer';
import type { Reply } from '../domain/ports/replyRenderer';
import type { ConversationData } from './conversationData';

/**
 * An answer that ends by offering to look the fine up ("Ik kan uw boete voor u opzoeken", its
 * `lookupOffer`) says it only while that can still help: not once the lookup has asked for the
 * fine (at the number or the postcode) or shown it in this conversation.
 */

/** `text` without its paragraph `offer` (the text as it is when it has no such paragraph). */
export function withoutParagraph(text: string, offer: string): string {
  if (!offer) return text;
  return text
    .split('\n\n')
    .filter((paragraph) => paragraph.trim() !== offer.trim())
    .join('\n\n');
}

/** Leaves out the topic's lookup offer from the reply when the fine is being or has been looked up. */
export function dropLookupOfferIfLooking(
  localizer: Localizer,
  locale: Locale,
  topicId: TopicId,
  data: ConversationData,
  reply: Reply,
): void {
  if (!data.lookupStarted && data.identified === undefined) return;
  const key = `faq:topics.${topicId}.lookupOffer`;
  if (!localizer.has(locale, key)) return;
  const offer = localizer.t(locale, key);
  reply.text = withoutParagraph(reply.text, offer);
  if (reply.speech !== undefined) reply.speech = withoutParagraph(reply.speech, offer);
}
