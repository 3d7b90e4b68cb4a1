import type { Activity } from 'botbuilder';
import { spokenSentences, textOf } from './testApp';

// `\s` covers the no-break spaces Intl puts in amounts, so expectations can use plain spaces.

/** All the text of the replies on one line: every run of white space one plain space. */
export function oneLine(replies: Partial<Activity>[]): string {
  return textOf(replies).replace(/\s+/g, ' ');
}

/** The SSML of the replies without its tags, on one line. */
export function spokenOneLine(replies: Partial<Activity>[]): string {
  return replies
    .map((a) => (a.speak ?? '').replace(/<[^>]+>/g, ' '))
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** Everything the caller hears in these replies, sentence by sentence, as one text. */
export function heardSentences(replies: Partial<Activity>[]): string {
  return spokenSentences(replies).join(' ');
}

/** Only the messages among the replies (no typing indicators or events). */
export function messagesOf(replies: Partial<Activity>[]): Partial<Activity>[] {
  return replies.filter((a) => a.type === 'message');
}
