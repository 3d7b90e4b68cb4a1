/**
 * Licence plates. Dutch plates follow "sidecodes" (letter/digit group patterns); typed without
 * dashes ("ab123c") the dashes are inferred. Foreign plates are taken after a cue word.
 */
import { foldDiacritics } from './normalizeText';

/** Dutch sidecodes 1–14: L = letter group, D = digit group. */
const SIDECODES = [
  'LL-DD-DD',
  'DD-DD-LL',
  'DD-LL-DD',
  'LL-DD-LL',
  'LL-LL-DD',
  'DD-LL-LL',
  'DD-LLL-D',
  'D-LLL-DD',
  'LL-DDD-L',
  'L-DDD-LL',
  'LLL-DD-L',
  'L-DD-LLL',
  'D-LL-DDD',
  'DDD-LL-D',
];

function shapeOf(s: string): string {
  return s.replace(/[A-Z]/g, 'L').replace(/[0-9]/g, 'D');
}

/** "AB123C" → "AB-123-C" when it fits exactly one sidecode. */
function inferDashes(compact: string): string | undefined {
  const shape = shapeOf(compact);
  for (const code of SIDECODES) {
    if (code.replace(/-/g, '') !== shape) continue;
    // 99-99-XX (sidecode 2, 1965–1973) is also the shape of a postcode: leave those alone.
    if (code === 'DD-DD-LL') return undefined;
    const groups = code.split('-').map((g) => g.length);
    const a = compact.slice(0, groups[0]);
    const b = compact.slice(groups[0], groups[0] + groups[1]);
    const c = compact.slice(groups[0] + groups[1]);
    return `${a}-${b}-${c}`;
  }
  return undefined;
}

const DASHED = /(?<![\w-])([A-Za-z0-9]{1,3})[- ]([A-Za-z0-9]{2,3})[- ]([A-Za-z0-9]{1,3})(?![\w-])/g;
const COMPACT = /(?<![\w-])([A-Za-z0-9]{6})(?![\w-])/g;
const CUE =
  /\b(?:kenteken(?:nummer)?|nummerplaat|nummerbord|plate|registration|licen[cs]e plate|number plate|kennzeichen|tablica|rejestracja|numer rejestracyjny)\b\s*(?:is|was|:|ist|to)?\s*([a-z0-9][a-z0-9 -]{2,10}[a-z0-9])/i;

function dutch(candidate: string): string | undefined {
  const upper = candidate.toUpperCase();
  const parts = upper.split(/[- ]/);
  if (parts.length === 3) {
    const shape = parts.map(shapeOf).join('-');
    if (SIDECODES.includes(shape) && parts.every((p) => /^(L+|D+)$/.test(shapeOf(p)))) return parts.join('-');
    return undefined;
  }
  return /[A-Z]/.test(upper) && /\d/.test(upper) ? inferDashes(upper) : undefined;
}

export function extractLicencePlate(text: string): string | undefined {
  for (const m of text.matchAll(DASHED)) {
    const found = dutch(`${m[1]}-${m[2]}-${m[3]}`);
    if (found && m[0].includes('-')) return found;
  }
  for (const m of text.matchAll(COMPACT)) {
    const found = dutch(m[1]);
    if (found) return found;
  }
  const cue = foldDiacritics(text).match(CUE);
  if (cue) {
    const raw = cue[1].trim().toUpperCase();
    const compact = raw.replace(/[ -]/g, '');
    if (/[A-Z]/.test(compact) && /\d/.test(compact) && compact.length >= 4 && compact.length <= 10) {
      return dutch(compact) ?? raw.replace(/ /g, '-');
    }
  }
  return undefined;
}
