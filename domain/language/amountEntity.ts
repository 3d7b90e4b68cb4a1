/**
 * Amounts in euros: "€ 1.234,56", "250 euro", "€12.50", "95,-", "tweehonderd euro", "fifty euros";
 * "fifty quid", "50 bucks" as an English speaker says an amount (meant in the euros of the fine).
 */
import { foldDiacritics } from './normalizeText';
import { parseNumberWords } from './numberWords';

/** "1.234,56" / "1,234.56" / "12,50" / "1.250" → cents. A 3-digit tail after the last separator means thousands. */
export function parseAmountToCents(raw: string): number | undefined {
  const s = raw.replace(/[.,]+$/, '');
  if (!/^\d[\d.,]*$/.test(s)) return undefined;
  const last = Math.max(s.lastIndexOf(','), s.lastIndexOf('.'));
  let euros: string;
  let cents = '00';
  if (last >= 0 && s.length - last - 1 <= 2) {
    euros = s.slice(0, last);
    cents = s.slice(last + 1).padEnd(2, '0');
  } else {
    euros = s;
  }
  euros = euros.replace(/[.,]/g, '');
  if (!euros) euros = '0';
  const value = Number(euros) * 100 + Number(cents);
  return Number.isFinite(value) ? value : undefined;
}

const CURRENCY_AFTER =
  /(?<![\d.,])(\d[\d.,]*)\s*(?:,-\s*)?(?:€|(?:euros?|eur|eu|euro's|eruo|euor|eoro|uero|euri|ojro|quid|bucks)\b)/;
const CURRENCY_BEFORE = /(?:€|\beur(?:o|os)?\b)\s*(\d[\d.,]*\d|\d)/;
const DASH_AMOUNT = /(?<![\d.,])(\d[\d.]*),-/;
const SPOKEN =
  /((?:[a-z]+[\s-]+){0,5}?[a-z]+)\s+(?:euro|euros|eur|quid|bucks)\b(?:\s+(?:en\s+|and\s+|und\s+)?((?:[a-z]+\s+){0,2}?[a-z]+)\s+(?:cent|cents|centen)\b)?/;
/**
 * "twintig euro vijftig", "zwanzig Euro fünfzig": cents said after the euros without the word
 * "cent". Not a number of months or times that follows ("honderd euro twaalf maanden").
 */
const CENTS_AFTER =
  /\b(?:euro|euros|eur)\s+([a-z]+(?:[\s-][a-z]+)?)(?=\s*(?:[.,!?]|$|\s+(?:per|a|an|im|pro|in|each|every|elke|iedere|monatlich|miesiecznie|na|maandelijks|monthly)\b))/;

/**
 * "En bij 2500?", "and for two thousand five hundred?", "und bei zweitausendfünfhundert?", "a przy
 * 2500?", "en als het 300 is?": a message that is only another amount, after one named with "euro"
 * (the currency said once is not said again). Nothing else in it, so no count of fines or digits.
 */
const ANOTHER_AMOUNT =
  /^(?:(?:en|and|und|a|i|oder|or|of)\s+)?(?:bij|voor|for|bei|fur|przy|dla|(?:als|wenn|if|jesli|jezeli) (?:het|es|it|its|it is|to)(?: er)?)\s+(\d[\d.,]*|[a-z]+(?:[\s-][a-z]+){0,4}?)(?:\s+(?:is|zijn|ist|sind|jest|was|were))?\s*[?.!]*$/;

/** Below this a bare number is rather a count ("en bij twee?") than euros. */
const LEAST_BARE_CENTS = 1000;

/** Such a message's amount in cents and its words for it as said (folded), or undefined. */
export function anotherAmount(text: string): { cents: number; said: string } | undefined {
  const m = ANOTHER_AMOUNT.exec(foldDiacritics(text).trim());
  if (!m) return undefined;
  const words = /^\d/.test(m[1]) ? undefined : parseNumberWords(m[1]);
  const cents = words === undefined ? parseAmountToCents(m[1]) : words * 100;
  return cents !== undefined && cents >= LEAST_BARE_CENTS ? { cents, said: m[1] } : undefined;
}

/** Longest tail of the words that is a number: "ik moet tweehonderd" → 200. */
function trailingNumber(phrase: string): number | undefined {
  const ws = phrase.split(/[\s-]+/).filter(Boolean);
  for (let from = 0; from < ws.length; from++) {
    const value = parseNumberWords(ws.slice(from).join(' '));
    if (value !== undefined) return value;
  }
  return undefined;
}

export function extractAmountCents(text: string): number | undefined {
  const folded = foldDiacritics(text);
  for (const re of [CURRENCY_BEFORE, CURRENCY_AFTER, DASH_AMOUNT]) {
    const m = folded.match(re);
    if (m) {
      const cents = parseAmountToCents(m[1]);
      if (cents !== undefined) return cents;
    }
  }
  const spoken = folded.match(SPOKEN);
  if (spoken) {
    const euros = trailingNumber(spoken[1]);
    if (euros !== undefined) {
      const after = spoken[2] ? undefined : CENTS_AFTER.exec(folded)?.[1];
      const cents = spoken[2] ? (trailingNumber(spoken[2]) ?? 0) : after ? (parseNumberWords(after) ?? 0) : 0;
      return euros * 100 + (cents < 100 ? cents : 0);
    }
  }
  return anotherAmount(folded)?.cents;
}
