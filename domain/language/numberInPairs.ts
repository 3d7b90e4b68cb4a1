/**
 * A long number read out in groups of two, as people often do on the phone: "zesennegentig
 * achtennegentig …", "sechsundneunzig achtundneunzig …", "ninety six ninety eight …",
 * "dziewięćdziesiąt sześć …", with single digits ("nul zes") in between.
 */
import { parseNumberWords } from './numberWords';
import { normalizeText } from './normalizeText';

const ZERO = new Set(['nul', 'null', 'zero', 'oh']);

/** The digits of the number words in the text (numbers up to 99), or '' when none is read in pairs. */
export function digitsReadInPairs(text: string): string {
  let digits = '';
  let pairs = 0;
  let tens: number | undefined;
  const flush = (): void => {
    if (tens !== undefined) digits += String(tens);
    tens = undefined;
  };
  for (const word of normalizeText(text).split(' ')) {
    const n = /^\d+$/.test(word) ? undefined : ZERO.has(word) ? 0 : parseNumberWords(word);
    if (/^\d+$/.test(word)) {
      flush();
      digits += word;
      continue;
    }
    if (n === undefined || n > 99) {
      flush();
      continue;
    }
    // "ninety six", "dziewięćdziesiąt sześć": a tens word and a unit word are one pair.
    if (tens !== undefined && n > 0 && n < 10) {
      digits += String(tens + n);
      tens = undefined;
      pairs++;
      continue;
    }
    flush();
    if (n >= 20 && n % 10 === 0) tens = n;
    else digits += String(n);
    if (n >= 10) pairs++;
  }
  flush();
  return pairs > 0 ? digits : '';
}
