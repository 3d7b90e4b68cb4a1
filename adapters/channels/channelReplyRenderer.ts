import type { Localizer } from '../../domain/ports/localizer';
import type {
  ChannelInfo,
  RenderedActivity,
  Reply,
  ReplyCard,
  ReplyRenderer,
} from '../../domain/ports/replyRenderer';
import { adaptiveCard } from './adaptiveCard';
import { ssml } from './ssml';

/** Channels that show Adaptive Cards and suggested actions. */
const RICH_CHANNELS = new Set(['webchat', 'directline', 'msteams', 'emulator', 'test']);

/**
 * The one place where a channel-neutral reply becomes a channel's activity: a card with suggested
 * actions on web chat and Teams, numbered plain text on SMS/WhatsApp/Telegram/Facebook, and short
 * speakable text with SSML on the phone.
 */
export class ChannelReplyRenderer implements ReplyRenderer {
  constructor(private readonly localizer: Localizer) {}

  render(reply: Reply, channel: ChannelInfo): RenderedActivity {
    const inputHint = reply.expectsInput ? 'expectingInput' : 'acceptingInput';
    if (channel.speech) return this.renderSpeech(reply, channel, inputHint);
    if (RICH_CHANNELS.has(channel.channelId)) return this.renderRich(reply, channel, inputHint);
    return this.renderPlain(reply, channel, inputHint);
  }

  private renderRich(reply: Reply, channel: ChannelInfo, inputHint: RenderedActivity['inputHint']): RenderedActivity {
    const activity: RenderedActivity = { type: 'message', text: reply.text, textFormat: 'markdown', inputHint, locale: channel.locale };
    if (reply.card) activity.attachments = [{ contentType: 'application/vnd.microsoft.card.adaptive', content: adaptiveCard(reply.card) }];
    if (reply.choices?.length) {
      activity.suggestedActions = { to: [], actions: reply.choices.map((c) => ({ type: 'imBack', title: c.title, value: c.title })) };
    }
    return activity;
  }

  private renderPlain(reply: Reply, channel: ChannelInfo, inputHint: RenderedActivity['inputHint']): RenderedActivity {
    const parts = [plainText(reply.text)];
    if (reply.card) parts.push(cardAsText(reply.card));
    if (reply.choices?.length) {
      parts.push(this.localizer.t(channel.locale, 'common:numberedChoices'));
      parts.push(reply.choices.map((c, i) => `${i + 1}. ${c.title}`).join('\n'));
    }
    return { type: 'message', text: parts.filter(Boolean).join('\n\n'), textFormat: 'plain', inputHint, locale: channel.locale };
  }

  private renderSpeech(reply: Reply, channel: ChannelInfo, inputHint: RenderedActivity['inputHint']): RenderedActivity {
    const spoken = reply.speech ?? plainText(reply.text);
    const choices = reply.choices?.length ? reply.choices.map((c, i) => `${i + 1}: ${c.title}.`).join(' ') : '';
    const text = [spoken, choices].filter(Boolean).join(' ');
    return { type: 'message', text, speak: ssml(text, channel.locale), inputHint, locale: channel.locale };
  }
}

/** Markdown to plain text for channels that show it literally. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1: $2')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|\s)_([^_]+)_/g, '$1$2')
    .replace(/^#+\s*/gm, '');
}

function cardAsText(card: ReplyCard): string {
  const lines = [card.title];
  for (const section of card.sections) {
    if (section.heading) lines.push('', section.heading);
    for (const fact of section.facts) lines.push(`${fact.label}: ${fact.value}`);
    if (section.text) lines.push(section.text);
  }
  if (card.footer) lines.push('', card.footer);
  if (card.link) lines.push(`${card.link.title}: ${card.link.url}`);
  return lines.join('\n');
}
