/**
 * Text written for the eye, rewritten for the ear: amounts as "129 euro", dates with the month as
 * a word, long numbers digit by digit, links reduced to the site, markdown dropped, and the whole
 * cut into short sentences. Pure; the renderer wraps the sentences in SSML.
 */
import { speakDate } from '../../domain/dates';
import type { Locale } from '../../domain/language/locale';
import { speakMoney } from '../../domain/money';

/** An amount with a euro sign or code before or after it: "€ 1.234,56", "€1,234.56", "1 234,56 €", "EUR 12,50". */
const MONEY_BEFORE = /(?:€|\bEUR)\s?(-?\d{1,3}(?:[.,\s]\d{3})*(?:[.,]\d{2})?|-?\d+(?:[.,]\d{2})?)(?![\d])/g;
const MONEY_AFTER = /(?<![\d.,])(-?\d{1,3}(?:[.,\s]\d{3})*(?:[.,]\d{2})?|-?\d+(?:[.,]\d{2})?)\s?(?:€|EUR\b)/g;
/** "129,00 euro": written with cents, so a voice would read "comma zero zero". */
const MONEY_WORD = /(?<![\d.,])(\d{1,3}(?:[.\s]\d{3})*,\d{2}|\d+,\d{2})\s?euro\b/gi;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const DMY_DATE = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/g;
/** Six digits or more (CJIB numbers, phone numbers): a voice should read them digit by digit. */
const LONG_NUMBER = /(?<![\d.,])\d(?:[ .-]?\d){5,}(?!\d|[.,]\d)/g;
/** A masked number as the assistant shows it: "••••••••••••0658". */
const MASKED_NUMBER = /[•*]{3,}\s?(\d{2,6})/g;
const URL_PATTERN = /\bhttps?:\/\/(?:www\.)?([^/\s)]+)[^\s)]*/g;

/** Placeholders for spoken amounts: characters no citizen text contains. */
const PARK_OPEN = '\uE000';
const PARK_CLOSE = '\uE001';
const PARKED = new RegExp(`${PARK_OPEN}(\\d+)${PARK_CLOSE}`, 'g');

/** "1.234,56" / "1,234.56" / "1 234,56" / "129" → cents: the last separator before two digits is the decimal one. */
export function parseAmountCents(raw: string): number | undefined {
  const negative = raw.trim().startsWith('-');
  const digits = raw.replace(/^-/, '').trim();
  const decimal = /[.,](\d{2})$/.exec(digits);
  const whole = (decimal ? digits.slice(0, -3) : digits).replace(/[.,\s]/g, '');
  if (!/^\d+$/.test(whole)) return undefined;
  const cents = Number(whole) * 100 + (decimal ? Number(decimal[1]) : 0);
  return Number.isSafeInteger(cents) ? (negative ? -cents : cents) : undefined;
}

function isoDate(year: string, month: string, day: string): string | undefined {
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : undefined;
}

/** "9698948614580658" → "9 6 9 8, 9 4 8 6, 1 4 5 8, 0 6 5 8". */
export function digitByDigit(number: string): string {
  const digits = number.replace(/\D/g, '');
  const groups = digits.match(/.{1,4}/g) ?? [];
  return groups.map((g) => g.split('').join(' ')).join(', ');
}

export interface SpeakableTexts {
  /** "ending in {{digits}}" for a masked number. */
  endingIn: string;
}

/** Rewrites amounts, dates, numbers and links of one text for a voice (no sentence splitting). */
export function speakableText(text: string, locale: Locale, texts: SpeakableTexts): string {
  // Spoken amounts are parked behind placeholders so the long-number rule cannot touch them.
  const parked: string[] = [];
  const money = (match: string, amount: string): string => {
    const cents = parseAmountCents(amount);
    if (cents === undefined) return match;
    parked.push(speakMoney(cents, locale));
    return `${PARK_OPEN}${parked.length - 1}${PARK_CLOSE}`;
  };
  return text
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1')
    .replace(URL_PATTERN, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|\s)_([^_]+)_/g, '$1$2')
    .replace(/^#+\s*/gm, '')
    .replace(MASKED_NUMBER, (_m, digits: string) =>
      texts.endingIn.replace('{{digits}}', digitByDigit(digits)),
    )
    .replace(ISO_DATE, (m, y: string, mo: string, d: string) => {
      const iso = isoDate(y, mo, d);
      return iso ? speakDate(iso, locale) : m;
    })
    .replace(DMY_DATE, (m, d: string, mo: string, y: string) => {
      const iso = isoDate(y, mo, d);
      return iso ? speakDate(iso, locale) : m;
    })
    .replace(MONEY_BEFORE, money)
    .replace(MONEY_AFTER, money)
    .replace(MONEY_WORD, money)
    .replace(LONG_NUMBER, (m) => digitByDigit(m))
    .replace(PARKED, (_m, i: string) => parked[Number(i)]);
}

/**
 * Short sentences: one per line or list item, and sentence ends split as usual. A sentence that
 * does not end in punctuation gets a full stop, so the voice pauses.
 */
export function sentences(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim())
    .filter(Boolean)
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ0-9ŁŚŻŹĆŃ"'(])/))
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => (/[.!?:]$/.test(s) ? s : `${s}.`));
}
