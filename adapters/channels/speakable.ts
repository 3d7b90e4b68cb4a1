/**
 * Text written for the eye, rewritten for the ear: amounts as "129 euro", dates with the month as
 * a word, long numbers digit by digit, links reduced to the site, markdown dropped, and the whole
 * cut into short sentences. Pure; the renderer wraps the sentences in SSML.
 */
import { speakDate } from '../../domain/dates';
import type { Locale } from '../../domain/language/locale';
import { speakMoney } from '../../domain/money';
import { weekdaysInCase } from '../../domain/language/polishWeekdayCase';
import { spelledEmail } from './spelledEmail';
import { digitByDigit, spokenNumber, spokenPhoneNumber, spokenReference } from './spokenNumbers';

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
/** "+31612345678", "+48 601 234 567": a phone number with its country code. */
const INTERNATIONAL_PHONE = /\+\s?(\d(?:[ .-]?\d){6,})(?!\d|[.,]\d)/g;
/** "BR-2026-48213977": letters, a year and a number. */
const REFERENCE = /\b([A-Z]{1,4})-((?:19|20)\d{2})-(\d{2,}(?:-\d{2,})*)(?![\d-])/g;
const URL_PATTERN = /\bhttps?:\/\/[^\s<>()"]+/g;
/** "cjib.nl/telefoonnummers", "www.nationaleombudsman.nl", "https://www.cjib.nl/betalen": a web address, bare or not. */
const WEB_ADDRESS =
  /(?<![\w@.-])(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+(?:nl|com|eu|de|pl|org|net|be|info|gov|uk))(?:\/[^\s<>()"]*[^\s<>()".,;:!?])?(?![\w@-])/gi;
/** A number of three to five digits with a leading zero ("0658", "0800"): never a quantity, said digit by digit. */
const LEADING_ZERO = /(?<![\d.,:])0\d{2,4}(?![\d:]|[.,]\d)/g;

/** "https://www.cjib.nl/betalen." → "cjib.nl.": the site is said, a sentence's closing punctuation stays. */
function spokenSite(url: string): string {
  const clean = url.replace(/[.,;:!?]+$/, '');
  const host = /^https?:\/\/(?:www\.)?([^/?#]+)/.exec(clean)?.[1] ?? clean;
  return host + url.slice(clean.length);
}

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

export interface SpeakableTexts {
  /** "ending in {{digits}}" for a masked number. */
  endingIn: string;
  /** The word between two times: "8 tot 12 uur", "8:00 to 12:00". */
  until?: string;
  /** The word for a slash between two words: "Pan/Pani" → "Pan lub Pani". */
  or?: string;
  /** The word for the "+" before a country code: "plus 31, 6, 12 34 56 78". */
  plus?: string;
  /**
   * How a caller says the signs of an e-mail address: "apenstaartje", "punt", "streepje", "liggend
   * streepje"; `spelled`: its words letter by letter, so a caller can check it (spelledEmail.ts).
   */
  email?: { at: string; dot: string; dash: string; underscore: string; spelled?: boolean };
  /** A speed's unit said in full: "14 km/u" → "14 kilometer per uur" (a voice reads "km slash u"). */
  speed?: string;
  /**
   * A web address as a caller can use it: "op cjib.nl/telefoonnummers" → "op de website van het CJIB".
   * `prepositions` are the words that may stand before it ("op|via"), said as `on` with them.
   */
  website?: { prepositions: string; on: (host: string) => string; bare: (host: string) => string };
}

/** "Alle nummers staan op cjib.nl/telefoonnummers" → "Alle nummers staan op de website van het CJIB". */
function withoutWebAddresses(text: string, website: NonNullable<SpeakableTexts['website']>): string {
  const pattern = new RegExp(`(?:(?<!\\p{L})(${website.prepositions})\\s+)?${WEB_ADDRESS.source}`, 'giu');
  return text.replace(pattern, (_m, preposition: string | undefined, host: string) => {
    const site = host.toLowerCase().replace(/^www\./, '');
    return preposition ? website.on(site) : website.bare(site);
  });
}

/** "De website van het CJIB is www.cjib.nl": the address itself asked for, said as it is typed. */
const NAMED_SITE = new RegExp(`(?<=\\b(?:is|ist|jest|lautet|heet|to)\\s)${WEB_ADDRESS.source}`, 'giu');

/** "www.cjib.nl" → "cjib punt nl". */
function spokenHost(host: string, dot: string): string {
  return host
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.')
    .join(` ${dot} `);
}

/** A speed in a fine's description: "14 km/u", "22 km/h", "40km/h". */
const SPEED = /(\d+)\s?km\/[uh]\b/gi;

/** An e-mail address (as the entity rules write it back: lower case). */
const EMAIL_ADDRESS = /\b[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/gi;
const EMAIL_SIGN = /[@._-]/g;

/** "jan.jansen@gmail.com" → "jan punt jansen apenstaartje gmail punt com": read back as the caller said it. */
function spokenEmail(address: string, words: NonNullable<SpeakableTexts['email']>): string {
  const say: Record<string, string> = { '@': words.at, '.': words.dot, '-': words.dash, _: words.underscore };
  if (words.spelled) return spelledEmail(address, say);
  return address
    .replace(EMAIL_SIGN, (sign) => ` ${say[sign]} `)
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Pan/Pani", "Pana/Pani": two words with a slash (not a path, "Mitarbeiter/in" or a unit such as km/h). */
const WORD_SLASH_WORD = /(?<![\p{L}\d./-])(\p{L}{3,})\/(\p{L}{3,})(?![\p{L}\d/-])/gu;
/** Words in brackets after a space (not "Złożył(a)", whose ending is read as a choice of words). */
const BRACKETED = /(?:^|[ \t]+)\(([^()\n]+)\)/gm;
/** Polish gender endings written in brackets: "Złożył(a)", "wybrał(a)". */
const GENDER_ENDING = /(?<![\p{L}])(\p{L}{3,})\((a)\)(?!\p{L})/gu;

const HOUR = '([01]?\\d|2[0-4])[.:]([0-5]\\d)';
/** "8.00-12.00", "10:00–16:00", "10.00 tot 16.00": two times of day. */
const TIME_RANGE = new RegExp(`\\b${HOUR}(\\s?[-–]\\s?|\\s(?:tot|bis|do|to)\\s)${HOUR}\\b`, 'g');
/** "10.00 uur", "8:00 Uhr": one time of day. */
const TIME_OF_DAY = new RegExp(`\\b${HOUR}(?=\\s?(?:uur|Uhr)\\b)`, 'g');

/**
 * A time as a voice reads it naturally: "8" for 8.00 (Dutch, German and Polish say "8 uur", "8 Uhr",
 * "o 8"), the colon form otherwise ("8:30"; English keeps "8:00", which voices read as a time).
 */
function spokenTime(hour: string, minutes: string, locale: Locale): string {
  return minutes === '00' && locale !== 'en' ? hour : `${hour}:${minutes}`;
}

/** Rewrites amounts, dates, numbers and links of one text for a voice (no sentence splitting). */
export function speakableText(text: string, locale: Locale, texts: SpeakableTexts): string {
  // Spoken amounts and numbers are parked behind placeholders so the long-number rule cannot touch them.
  const parked: string[] = [];
  const park = (spoken: string): string => {
    parked.push(spoken);
    return `${PARK_OPEN}${parked.length - 1}${PARK_CLOSE}`;
  };
  const money = (match: string, amount: string): string => {
    const cents = parseAmountCents(amount);
    return cents === undefined ? match : park(speakMoney(cents, locale));
  };
  const spoken = text
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1')
    // (Parked: a spelled address's letters and digits are no amounts, dates or numbers.)
    .replace(EMAIL_ADDRESS, (m) => (texts.email ? park(spokenEmail(m, texts.email)) : m))
    .replace(URL_PATTERN, (url) => (texts.website ? url : spokenSite(url)))
    .replace(NAMED_SITE, (m, host: string) =>
      texts.website && texts.email ? park(spokenHost(host, texts.email.dot)) : m,
    )
    .replace(/[^]*/, (all) => (texts.website ? withoutWebAddresses(all, texts.website) : all))
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
    .replace(SPEED, (m, n: string) => (texts.speed ? `${n} ${texts.speed}` : m))
    .replace(WORD_SLASH_WORD, (m, a: string, b: string) => (texts.or ? `${a} ${texts.or} ${b}` : m))
    .replace(GENDER_ENDING, (m, word: string, ending: string) =>
      texts.or ? `${word} ${texts.or} ${word.toLowerCase()}${ending}` : m,
    )
    .replace(TIME_RANGE, (_m, h1: string, m1: string, between: string, h2: string, m2: string) => {
      const word = between.trim() && !/^[-–]$/.test(between.trim()) ? between.trim() : (texts.until ?? '-');
      return `${spokenTime(h1, m1, locale)} ${word} ${spokenTime(h2, m2, locale)}`;
    })
    .replace(TIME_OF_DAY, (_m, h: string, m: string) => spokenTime(h, m, locale))
    .replace(MONEY_BEFORE, money)
    .replace(MONEY_AFTER, money)
    .replace(MONEY_WORD, money)
    .replace(INTERNATIONAL_PHONE, (_m, number: string) =>
      park(spokenPhoneNumber(number, texts.plus ?? 'plus')),
    )
    .replace(REFERENCE, (_m, letters: string, year: string, number: string) =>
      park(spokenReference(letters, year, number)),
    )
    // "BR-20268181": the dash of a reference is no "minus" before its digits.
    .replace(/\b([A-Z]{1,4})-(?=\d(?:[ .-]?\d){5,})/g, '$1 ')
    .replace(LONG_NUMBER, (m: string) => spokenNumber(m))
    .replace(LEADING_ZERO, (m: string) => digitByDigit(m))
    // Emoji have no place in a voice: some voices read out their names ("thumbs up").
    .replace(/\p{Extended_Pictographic}\uFE0F?/gu, '')

    .replace(PARKED, (_m, i: string) => parked[Number(i)]);
  // "najpóźniej do wtorek" → "do wtorku": the spoken date's weekday in the case its preposition asks.
  return locale === 'pl' ? weekdaysInCase(spoken) : spoken;
}

/**
 * "(noodstop)", "(referentie BR, 2026, …)" in what is said: a voice says no brackets, their words
 * become a clause between commas. (A choice's title keeps its own: "'s Ochtends (8 tot 12 uur)".)
 */
export function bracketsAsClauses(text: string): string {
  if (!text.includes('(')) return text;
  return text
    .replace(BRACKETED, (_m, inner: string) => `, ${inner.trim()},`)
    .replace(/([.!?:;]) *, */g, '$1 ')
    .replace(/[ \t]*,[ \t]*([,.!?:;]|$)/gm, '$1')
    .replace(/^[ \t]*,[ \t]*/gm, '');
}

/** Words written with a full stop that does not end a sentence ("bijv.", "z. B.", "ca.", "np."). */
const ABBREVIATIONS = new Set(
  'bijv bv oa ca nr tel dhr mevr mw incl excl evt resp enz etc eg ie vs approx mr mrs ms dr st zb bzw usw ggf evtl inkl vgl sog hr fr np tzn tj min ul pkt godz zł'.split(
    ' ',
  ),
);
/** Month names: "27. Mai", "1. stycznia" — the number before them is an ordinal, not a sentence end. */
const MONTH =
  /^(januar|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|stycz|lut|mar|kwie|maj|czerw|lip|sierp|wrze|paźdz|pazdz|listop|grud)/i;
/** Words before a German ordinal date or count: "am 1. Januar", "bis zum 27.", "die 1. Rate". */
const ORDINAL_BEFORE = new Set('am bis zum vom ab den dem der die das zur ihre seit'.split(' '));

/** Whether the full stop at the end of `before` belongs to a word or a number, not to a sentence. */
function dotInsideSentence(before: string, after: string): boolean {
  if (!before.endsWith('.')) return false;
  const words = before.split(/\s+/);
  const last = words[words.length - 1].slice(0, -1);
  const core = last.replace(/\./g, '').toLowerCase();
  // Abbreviations: "e.g.", "bijv.", and letter by letter "z. B.", "d. h." (but "Dank u. Een …" ends).
  if (ABBREVIATIONS.has(core) || /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(last)) return true;
  if (/^\p{L}$/u.test(core)) {
    const previous = words[words.length - 2] ?? '';
    return /^\p{L}\.$/u.test(previous) || /^\p{L}\.(\s|$)/u.test(after);
  }
  if (/^\d{1,2}$/.test(core)) {
    // "1. Mahnung: …" at the start of a sentence: an ordinal, not a sentence of its own.
    if (words.length === 1) return true;
    const next = after.split(/\s+/)[0] ?? '';
    const previous = (words[words.length - 2] ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
    return MONTH.test(next) || ORDINAL_BEFORE.has(previous);
  }
  return false;
}

const SENTENCE_BREAK = /(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ0-9ŁŚŻŹĆŃ"'(])/g;

function splitLine(line: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const match of line.matchAll(SENTENCE_BREAK)) {
    const end = match.index;
    const next = end + match[0].length;
    if (dotInsideSentence(line.slice(start, end), line.slice(next))) continue;
    parts.push(line.slice(start, end));
    start = next;
  }
  parts.push(line.slice(start));
  return parts;
}

/**
 * Short sentences: one per line or list item, and sentence ends split as usual, but not after an
 * abbreviation or a German/Polish ordinal ("Mittwoch, 27. Mai 2026" stays one sentence). A
 * sentence that does not end in punctuation (or ends in a list's ";") gets a full stop, so the
 * voice pauses.
 */
export function sentences(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim())
    .filter(Boolean)
    .flatMap(splitLine)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => s.replace(/\s*[;,]$/, ''))
    .map((s) => (/[.!?:]$/.test(s) ? s : `${s}.`));
}
