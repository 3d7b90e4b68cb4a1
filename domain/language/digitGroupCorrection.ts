/**
 * A group of digits corrected in words, as people do after hearing a phone number read back:
 * "nee, het laatste is 87, niet 78", "not seventy eight but eighty seven". The single-digit kind
 * ("het laatste cijfer is een acht") is digitCorrection.ts.
 */
import { extractPhone } from './phoneEntity';
import { isNumberWord, parseNumberWords } from './numberWords';
import { words as wordsOf } from './normalizeText';

/** Number words written out as digits, run by run ("zevenentachtig" → "87", "eighty seven" → "87"). */
function withNumberWordsAsDigits(message: string): string {
  const words = wordsOf(message);
  const out: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    const value = run.length ? parseNumberWords(run.join(' ')) : undefined;
    if (value !== undefined) out.push(String(value));
    else out.push(...run);
    run = [];
  };
  for (const word of words) {
    if (isNumberWord(word) && !/^\d+$/.test(word)) run.push(word);
    else {
      flush();
      out.push(word);
    }
  }
  flush();
  return ` ${out.join(' ')} `;
}

const NOT = '(?:niet|not|nicht|nie|geen|kein|keine)';
const BUT = '(?:maar|but|sondern|tylko|lecz|ale|a)';
const INSTEAD = '(?:in plaats van|instead of|rather than|statt|anstatt|anstelle von|zamiast)';
/** "niet 78 maar 87", "not 78 but 87": the wrong digits first. */
const WRONG_THEN_RIGHT = new RegExp(` ${NOT} (\\d+) ${BUT} (\\d+) `);
/** "87 niet 78", "87 instead of 78", "87, nicht 78": the right digits first. */
const RIGHT_THEN_WRONG = new RegExp(` (\\d+) (?:(?:en|and|und|i) )?(?:${NOT}|${INSTEAD}) (\\d+) `);

/**
 * "Nee, het laatste is 87, niet 78" to a phone number read back: the number with those digits
 * corrected (the last place they occur), or undefined when the message says no such correction or
 * the wrong digits are not in the number. The result must still be a phone number.
 */
export function phoneWithDigitsCorrected(phone: string, message: string): string | undefined {
  const said = withNumberWordsAsDigits(message);
  const wrongFirst = WRONG_THEN_RIGHT.exec(said);
  const rightFirst = wrongFirst ? undefined : RIGHT_THEN_WRONG.exec(said);
  const [wrong, right] = wrongFirst ? [wrongFirst[1], wrongFirst[2]] : [rightFirst?.[2], rightFirst?.[1]];
  if (!wrong || !right || wrong === right) return undefined;
  const at = phone.lastIndexOf(wrong);
  if (at < 0) return undefined;
  const corrected = phone.slice(0, at) + right + phone.slice(at + wrong.length);
  return extractPhone(corrected) === corrected ? corrected : undefined;
}
