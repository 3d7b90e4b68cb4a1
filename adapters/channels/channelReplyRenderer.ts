import type { Locale } from '../../domain/language/locale';
import type { Localizer } from '../../domain/ports/localizer';
import type {
  ChannelInfo,
  RenderedActivity,
  Reply,
  ReplyCard,
  ReplyChoice,
  ReplyRenderer,
} from '../../domain/ports/replyRenderer';
import { adaptiveCard } from './adaptiveCard';
import { channelKind } from './channelKinds';
import { withTransferOffer } from './contactOnCall';
import { attachOfferedChoices } from './offeredChoices';
import { bracketsAsClauses, speakableText, type SpeakableTexts } from './speakable';
import { SPOKEN_REST, spokenPortions, type WithSpokenRest } from './spokenPortions';
import { ssml, ssmlOfSentences } from './ssml';

/**
 * The one place where a channel-neutral reply becomes a channel's activity: a card with suggested
 * actions on web chat and Teams, numbered plain text on SMS/WhatsApp/Telegram/Facebook, and short
 * speakable sentences with SSML on the phone. Every rendered activity carries the choices it
 * offered (offeredChoices.ts), so the turn pipeline can map "2" to the second one next turn.
 */
export class ChannelReplyRenderer implements ReplyRenderer {
  constructor(private readonly localizer: Localizer) {}

  render(reply: Reply, channel: ChannelInfo): RenderedActivity {
    const inputHint = reply.expectsInput ? 'expectingInput' : 'acceptingInput';
    const kind = channelKind(channel.channelId, channel.speech);
    const activity =
      kind === 'speech'
        ? this.renderSpeech(reply, channel)
        : kind === 'rich'
          ? this.renderRich(reply, channel, inputHint)
          : this.renderPlain(reply, channel, inputHint);
    return attachOfferedChoices(activity, reply.choices);
  }

  private renderRich(
    reply: Reply,
    channel: ChannelInfo,
    inputHint: RenderedActivity['inputHint'],
  ): RenderedActivity {
    const link = reply.link ? `\n\n${reply.link.lead}: [${reply.link.title}](${reply.link.url})` : '';
    const activity: RenderedActivity = {
      type: 'message',
      text: `${reply.text}${link}`,
      textFormat: 'markdown',
      inputHint,
      locale: channel.locale,
    };
    if (reply.card)
      activity.attachments = [
        { contentType: 'application/vnd.microsoft.card.adaptive', content: adaptiveCard(reply.card) },
      ];
    if (reply.choices?.length) {
      activity.suggestedActions = {
        to: [],
        actions: reply.choices.map((c) => ({ type: 'imBack', title: c.title, value: c.title })),
      };
    }
    return activity;
  }

  private renderPlain(
    reply: Reply,
    channel: ChannelInfo,
    inputHint: RenderedActivity['inputHint'],
  ): RenderedActivity {
    const parts = [plainText(reply.text)];
    const link = plainLink(reply, parts[0]);
    if (link) parts.push(link);
    if (reply.card) parts.push(cardAsText(reply.card, parts[0]));
    if (reply.choices?.length) {
      const numbered = reply.choices.map((c, i) => `${i + 1}. ${c.title}`);
      parts.push([this.localizer.t(channel.locale, 'common:numberedChoices'), ...numbered].join('\n'));
    }
    return {
      type: 'message',
      text: parts.filter(Boolean).join('\n\n'),
      textFormat: 'plain',
      inputHint,
      locale: channel.locale,
    };
  }

  /**
   * The phone: everything the citizen would see is said instead (card facts included), amounts and
   * dates as a voice reads them, choices as "1: …" that can be said or keyed in. A dialog's own
   * `speech` is the spoken form of the whole reply, card included; without it the text and the
   * card are read out.
   */
  private renderSpeech(reply: Reply, channel: ChannelInfo): RenderedActivity {
    const locale = channel.locale;
    const t = (key: string, vars?: Record<string, unknown>): string => this.localizer.t(locale, key, vars);
    const texts = speakableTexts(locale, this.localizer);
    const speakable = (text: string): string => speakableText(text, locale, texts);
    const said = speakable(reply.speech ?? plainText(reply.text));
    // "Neem contact op met het CJIB" to a caller on the CJIB's line: a person offered right away.
    const offer = t('channels:speech.transferOffer');
    const parts = [bracketsAsClauses(withTransferOffer(said, offer))];
    if (reply.card && reply.speech === undefined)
      parts.push(bracketsAsClauses(speakable(cardAsSpeech(reply.card, locale, this.localizer))));
    if (reply.choices?.length) {
      const { said, personKey } = spokenChoices(reply.choices);
      parts.push(t('channels:speech.choicesIntro'));
      parts.push(
        // The line ends with a full stop: a title's own '?' would be read as 'Wie bezahle ich?.'.
        ...said.map((c, i) =>
          t('channels:speech.choice', { number: i + 1, title: speakable(c.title).replace(/[.?!]+$/, '') }),
        ),
      );
      if (personKey) parts.push(t('channels:speech.personKey'));
    }
    // A long answer: its first portion and "Wilt u meer weten?"; the turn step keeps the rest.
    const portions = parts.length === 1 && inPortions(reply) ? spokenPortions(bracketsAsClauses(said)) : [];
    // (The offer of a person is heard in the first part, wherever the rest tells to contact the CJIB.)
    const offered = portions.length > 1 && withTransferOffer(said, offer) !== said ? [offer] : [];
    const cut = portions.length > 1 ? [...portions[0], ...offered, t('channels:speech.moreAsk')] : undefined;
    const text = cut ? cut.join('\n') : parts.filter(Boolean).join('\n');
    // On a call the line stays open for an answer after a question or a menu.
    const inputHint = reply.expectsInput || reply.choices?.length ? 'expectingInput' : 'acceptingInput';
    const activity: RenderedActivity & WithSpokenRest = {
      type: 'message',
      text,
      speak: cut ? ssmlOfSentences(cut, locale) : ssml(text, locale),
      inputHint,
      locale,
    };
    if (portions.length > 1) activity[SPOKEN_REST] = portions;
    return activity;
  }
}

/** "Zeg 'meer' om alles te horen.": a spoken text already shortened by hand ends by offering the rest. */
const OFFERS_MORE = /["“„'‘](?:meer|more|mehr|więcej)["”'’]/iu;

/**
 * Whether a long reply may be said in portions: an answer marked so (`inParts`), not a question or a
 * menu (what is asked is heard whole), not a card's facts, not a text already shortened by hand.
 */
function inPortions(reply: Reply): boolean {
  if (!reply.inParts || reply.expectsInput || reply.choices?.length || reply.card) return false;
  return !OFFERS_MORE.test(reply.speech ?? reply.text);
}

/** At most this many choices are read out: a caller keeps no more in mind. */
const MOST_SPOKEN = 3;
const PERSON_CHOICE = /^(?:action:)?human_agent$/;

/**
 * The choices read out on the phone. More than three with a person last: the person is said as
 * the way to reach one at any time ("zeg 'medewerker' of toets 0") instead of a fourth number
 * (its number still picks it). Other menus (the four languages) are read out whole.
 */
function spokenChoices(choices: readonly ReplyChoice[]): {
  said: readonly ReplyChoice[];
  personKey: boolean;
} {
  const last = choices[choices.length - 1];
  if (choices.length <= MOST_SPOKEN || !PERSON_CHOICE.test(last.value))
    return { said: choices, personKey: false };
  return { said: choices.slice(0, -1), personKey: true };
}

/** Markdown to plain text for channels that show it literally. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1: $2')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|\s)_([^_]+)_/g, '$1$2')
    .replace(/^#+\s*/gm, '');
}

const URL_IN_TEXT = /\bhttps?:\/\//i;

/**
 * A text message is short and carries at most one link, as a bare URL: the reply's page only when
 * it is the next step (a form, the way to object) and the text has no link of its own.
 */
function plainLink(reply: Reply, text: string): string | undefined {
  if (!reply.link?.nextStep || URL_IN_TEXT.test(text)) return undefined;
  return `${reply.link.title}: ${reply.link.url}`;
}

/**
 * A card as plain lines under the reply's text. A fact with a number whose value the text says
 * already (the total, the monthly amount, the first due date) is left out: on SMS every line is read
 * (and paid for), the same facts twice is noise. Facts without a number (a status) always stay.
 */
function cardAsText(card: ReplyCard, text: string): string {
  const said = (value: string): boolean =>
    /\d/.test(value) && new RegExp(`(^|[^\\d.,])${escapeRegExp(value)}($|[^\\d])`).test(text);
  const lines = [card.title];
  for (const section of card.sections) {
    const facts = section.facts.filter((fact) => !said(fact.value));
    if (!facts.length && !section.text) continue;
    if (section.heading) lines.push('', section.heading);
    for (const fact of facts) lines.push(`${fact.label}: ${fact.value}`);
    if (section.text) lines.push(section.text);
  }
  if (card.footer) lines.push('', card.footer);
  if (card.link) lines.push(`${card.link.title}: ${card.link.url}`);
  // Every fact said in the text already: no card at all, not a title on its own.
  return lines.length > 1 ? lines.join('\n') : '';
}

/** A card as sentences: "Openstaand bedrag: € 129,00." — speakableText then reads the values. */
function cardAsSpeech(card: ReplyCard, locale: Locale, localizer: Localizer): string {
  const lines = [card.title];
  for (const section of card.sections) {
    if (section.heading) lines.push(section.heading);
    for (const fact of section.facts) lines.push(`${fact.label}: ${fact.value}.`);
    if (section.text) lines.push(section.text);
  }
  if (card.footer) lines.push(card.footer);
  if (card.link) {
    const site = /^https?:\/\/(?:www\.)?([^/]+)/.exec(card.link.url)?.[1] ?? card.link.url;
    lines.push(localizer.t(locale, 'channels:speech.moreOnline', { site }));
  }
  return lines.join('\n');
}

/** Sites the texts name, by their host: whose website a caller is told to visit. */
const SITE_OWNERS: Record<string, string> = {
  'cjib.nl': 'cjib',
  'nationaleombudsman.nl': 'ombudsman',
  'juridischloket.nl': 'juridischLoket',
};

function siteOwner(host: string, locale: Locale, localizer: Localizer): string {
  const owner = SITE_OWNERS[host.replace(/^www\./, '')] ?? 'other';
  return localizer.t(locale, `channels:speech.web.owner.${owner}`);
}

/** The words speakableText puts in, in the caller's language. */
function speakableTexts(locale: Locale, localizer: Localizer): SpeakableTexts {
  return {
    endingIn: localizer.t(locale, 'channels:speech.endingIn'),
    until: localizer.t(locale, 'channels:speech.until'),
    or: localizer.t(locale, 'channels:speech.or'),
    plus: localizer.t(locale, 'channels:speech.plus'),
    speed: localizer.t(locale, 'channels:speech.speed'),
    website: {
      prepositions: localizer.t(locale, 'channels:speech.web.prepositions'),
      on: (host) =>
        localizer.t(locale, 'channels:speech.web.on', { owner: siteOwner(host, locale, localizer) }),
      bare: (host) =>
        localizer.t(locale, 'channels:speech.web.bare', { owner: siteOwner(host, locale, localizer) }),
    },
    email: {
      at: localizer.t(locale, 'channels:speech.emailAt'),
      dot: localizer.t(locale, 'channels:speech.emailDot'),
      dash: localizer.t(locale, 'channels:speech.emailDash'),
      underscore: localizer.t(locale, 'channels:speech.emailUnderscore'),
      // Read back to be checked: letter by letter (spelledEmail.ts).
      spelled: true,
    },
  };
}

/**
 * The SSML for a text that did not come through render() (a safety net on the phone): the same
 * speakable rewriting and voice as rendered replies.
 */
export function speechFor(text: string, locale: Locale, localizer: Localizer): string {
  return ssml(speakableText(plainText(text), locale, speakableTexts(locale, localizer)), locale);
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
