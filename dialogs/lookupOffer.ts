import type { Locale } from '../domain/language/locale';
import type { TopicId } from '../domain/knowledge/topics';
import type { Localizer } from '../domain/ports/localizer';
import type { Reply, ReplyChoice } from '../domain/ports/replyRenderer';
import type { ConversationData } from './conversationData';

/** The follow-up choice that starts the lookup. */
const LOOKUP_ACTION = 'action:fine_status';

/**
 * An answer that offers to look the fine up ("Ik kan uw boete voor u opzoeken", its `lookupOffer`:
 * a paragraph of its own, or a sentence closing one) says it only while that can still help: not once
 * the lookup has asked for the fine (at the number or the postcode) or shown it in this conversation.
 * Its "Look up my fine" choice goes with it.
 */

/** `text` without `offer`, a paragraph of its own or a sentence in one (the text as it is when it has none). */
export function withoutParagraph(text: string, offer: string): string {
  const said = offer.trim();
  if (!said) return text;
  return text
    .split('\n\n')
    .map((paragraph) =>
      paragraph.includes(said) ? paragraph.replace(said, '').replace(/ {2,}/g, ' ').trim() : paragraph,
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/** Whether the topic's lookup offer is left out now: it has one, and the fine is being or has been looked up. */
function offerDropped(
  localizer: Localizer,
  locale: Locale,
  topicId: TopicId,
  data: ConversationData,
): boolean {
  if (!data.lookupStarted && data.identified === undefined) return false;
  return localizer.has(locale, `faq:topics.${topicId}.lookupOffer`);
}

/** Leaves out the topic's lookup offer from the reply when the fine is being or has been looked up. */
export function dropLookupOfferIfLooking(
  localizer: Localizer,
  locale: Locale,
  topicId: TopicId,
  data: ConversationData,
  reply: Reply,
): void {
  if (!offerDropped(localizer, locale, topicId, data)) return;
  const offer = localizer.t(locale, `faq:topics.${topicId}.lookupOffer`);
  reply.text = withoutParagraph(reply.text, offer);
  if (reply.speech !== undefined) reply.speech = withoutParagraph(reply.speech, offer);
  if (reply.choices) reply.choices = withoutLookupChoice(localizer, locale, topicId, data, reply.choices);
}

/** The answer's follow-up choices without "Look up my fine" when its offer is left out. */
export function withoutLookupChoice(
  localizer: Localizer,
  locale: Locale,
  topicId: TopicId,
  data: ConversationData,
  choices: ReplyChoice[],
): ReplyChoice[] {
  if (!offerDropped(localizer, locale, topicId, data)) return choices;
  return choices.filter((choice) => choice.value !== LOOKUP_ACTION);
}
