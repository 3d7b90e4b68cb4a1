import type { Locale } from '../language/locale';

/** A choice offered to the citizen; `value` is what comes back when it is picked. */
export interface ReplyChoice {
  value: string;
  title: string;
}

/** A fact row on a card: "Open amount" → "€ 129,00". */
export interface ReplyFact {
  label: string;
  value: string;
}

/** Content that is shown as an Adaptive Card where cards work, and as text elsewhere. */
export interface ReplyCard {
  title: string;
  sections: { heading?: string; facts: ReplyFact[]; text?: string }[];
  footer?: string;
  link?: { title: string; url: string };
}

/** A page to read more: "Meer informatie: [title](url)". */
export interface ReplyLink {
  /** The words before it ("Meer informatie"). */
  lead: string;
  title: string;
  url: string;
  /** The page is where the citizen does the next thing (a form, the way to object), not background reading. */
  nextStep: boolean;
}

/**
 * What a dialog wants to say, independent of the channel. The channel renderer (adapters/channels)
 * turns it into a card with suggested actions, numbered plain text, or SSML speech.
 */
export interface Reply {
  text: string;
  /** Spoken form when it differs from the text (amounts, dates, numbers written to be spoken). */
  speech?: string;
  choices?: ReplyChoice[];
  card?: ReplyCard;
  /**
   * "More information" after the text: a link where text is shown in full, a bare URL on SMS-like
   * channels only when the page is the next step (`nextStep`), never spoken.
   */
  link?: ReplyLink;
  /** Whether the assistant now waits for an answer (prompts) or not. */
  expectsInput?: boolean;
  /**
   * An answer that may be said in portions on the phone when it is long (a knowledge answer): its
   * first sentences, "Wilt u meer weten?", the rest on "ja" (spokenPortions.ts). Not set on what the
   * citizen must hear whole: their own record, a schedule, a question, terms to confirm.
   */
  inParts?: boolean;
}

export interface ChannelInfo {
  channelId: string;
  locale: Locale;
  /** True when the citizen talks by voice (telephony channel, or speech marked on the activity). */
  speech: boolean;
}

/** Minimal outgoing activity shape, so the port does not depend on the Bot Framework types. */
export interface RenderedActivity {
  type: 'message';
  text: string;
  speak?: string;
  inputHint?: 'acceptingInput' | 'expectingInput' | 'ignoringInput';
  textFormat?: 'plain' | 'markdown';
  suggestedActions?: { to: string[]; actions: { type: 'imBack'; title: string; value: string }[] };
  attachments?: { contentType: string; content: unknown }[];
  locale?: string;
}

export interface ReplyRenderer {
  render(reply: Reply, channel: ChannelInfo): RenderedActivity;
}
