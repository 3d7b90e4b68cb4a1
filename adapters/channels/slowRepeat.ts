/**
 * "Nog een keer langzaam het nummer", "ik moet het opschrijven": a caller with pen and paper. The
 * sentences of the last prompt that hold a number (a reference, a CJIB or phone number) are said
 * again, slowly, with a pause between the groups of digits, twice; nothing else of the prompt.
 * Pure; the turn step sends the result.
 */
import type { Locale } from '../../domain/language/locale';
import { attachOfferedChoices } from './offeredChoices';
import type { RepeatablePrompt } from './repeatRequest';
import { VOICES, escapeXml } from './ssml';

/** A number said in groups ("0 6, 1 2 3 4", "2026, 6 2 0 7"): six digits or more in one run, not "08:00 to 17:00". */
const NUMBER_RUN = /(?:\d[\s,]*){6,}/;
/** The pause between groups of a number ("BR, 2026, 0 7 5 3"): long enough to write a group down. */
const GROUP_PAUSE = '<break time="700ms"/>';

/** The `<s>` sentences (still SSML-escaped) of a message's speech that hold a number. */
export function numberSentences(speak: string | undefined): string[] {
  return [...(speak ?? '').matchAll(/<s>(.*?)<\/s>/g)].map((m) => m[1]).filter((s) => NUMBER_RUN.test(s));
}

/** A sentence with a pause between its number's groups: "BR, 2026, 0 7 5 3" → "BR <break/> 2026 <break/> 0 7 5 3". */
export function withGroupPauses(sentence: string): string {
  return sentence.replace(/(?<=[\dA-Z]),\s(?=[\dA-Z])/g, ` ${GROUP_PAUSE} `);
}

const unescape = (s: string): string =>
  s
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * The numbers of the last prompt said slowly, twice, after `intro` ("Ik zeg het nummer langzaam.")
 * and with `again` ("Nog een keer.") between; undefined when the prompt held no number. The last
 * prompt's choices stay open: "1" after it still picks the first.
 */
export function slowNumberRepeat(
  prompt: readonly RepeatablePrompt[],
  locale: Locale,
  texts: { intro: string; again: string },
): { type: 'message'; text: string; speak: string; inputHint: string } | undefined {
  const sentences = prompt.flatMap((m) => numberSentences(m.speak));
  if (!sentences.length) return undefined;
  const { lang, voice } = VOICES[locale];
  const slow = `<prosody rate="slow">${sentences.map((s) => `<s>${withGroupPauses(s)}</s>`).join('')}</prosody>`;
  const speak =
    `<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="${lang}"><voice name="${voice}">` +
    `<s>${escapeXml(texts.intro)}</s>${slow}<s>${escapeXml(texts.again)}</s>${slow}</voice></speak>`;
  const said = sentences.map(unescape).join(' ');
  const choices = prompt[prompt.length - 1]?.choices;
  return attachOfferedChoices(
    {
      type: 'message' as const,
      text: `${texts.intro}\n\n${said}\n\n${texts.again}\n\n${said}`,
      speak,
      inputHint: 'expectingInput',
    },
    choices,
  );
}
