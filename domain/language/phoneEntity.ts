/** Phone numbers: "06-12345678", "+31 (0)6 1234 5678", "0031 20 1234567", "nul zes een twee …". */
import { digitRuns, resolveDigits } from './spokenDigits';

/** "06, 1234, 5678": a speech recogniser's pauses between the groups of one number. */
const PAUSE_BETWEEN_GROUPS = /(\d{2,4}),\s+(?=\d)/g;

export function extractPhone(text: string): string | undefined {
  const cleaned = text.replace(/\(0\)/g, ' ').replace(/[()]/g, ' ').replace(PAUSE_BETWEEN_GROUPS, '$1 ');
  const tokens = resolveDigits(cleaned);
  for (const run of digitRuns(cleaned, tokens)) {
    const before = tokens[run.start - 1];
    const plus = before?.text === '+' || before?.text === 'plus';
    const d = run.digits;
    if (plus && d.length >= 10 && d.length <= 15) return d.startsWith('310') ? `+31${d.slice(3)}` : `+${d}`;
    if (d.startsWith('00') && d.length >= 11 && d.length <= 17) {
      const intl = d.slice(2);
      return intl.startsWith('310') ? `+31${intl.slice(3)}` : `+${intl}`;
    }
    if (d.length === 10 && d.startsWith('0')) return d;
    // A national number from abroad without its country code (German 0151 23456789, British 07700 900123).
    if ((d.length === 11 || d.length === 12) && /^0[1-9]/.test(d)) return d;
  }
  return undefined;
}

/**
 * A national number from abroad without its country code ("0171 1234567", "07700 900123"): a Dutch
 * number has 10 digits, so staff could not tell which country to dial; the citizen is asked for it.
 */
export function needsCountryCode(phone: string): boolean {
  return /^0\d{10,11}$/.test(phone);
}
