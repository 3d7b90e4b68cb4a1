/**
 * Numbers as they arrive on the phone: DTMF key presses ("9 6 9 8 …", "2#", or an event whose
 * value holds the digits) and spoken digits ("negen zes negen acht"). Normalised into plain digits
 * before the dialogs see the text, so every question that asks for a number accepts both.
 */
import { foldDiacritics } from '../../domain/language/normalizeText';
import { isSpeechChannel } from './channelKinds';
import { withMishearingsCorrected } from './mishearings';
import { withoutHesitations } from '../../domain/language/hesitation';
import { readSpokenNumbers, spokenNumberWord } from '../../domain/language/numberInPairs';
import { parseNumberWords } from '../../domain/language/numberWords';
import { repeatTimes, spokenDigit, weakDigit } from '../../domain/language/spokenDigits';

/** Words for a dash said between digits. */
const DASH = new Set([
  'dash',
  'hyphen',
  'streepje',
  'koppelteken',
  'bindestrich',
  'strich',
  'myslnik',
  'kreska',
  'minus',
]);

const DTMF_EVENT = /^(dtmf|tone|tones|keypad|keypress|digits?)$/i;
const DTMF_KEYS = /^[0-9*#\s,]{1,64}$/;

/** Where channels put key presses: `value`/`channelData` as the keys themselves or under one of these names. */
const DTMF_FIELDS = ['dtmf', 'digits', 'tones', 'tone', 'keys', 'key', 'value'];

function keysIn(value: unknown, nameSaysDtmf: boolean): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') return nameSaysDtmf ? String(value) : undefined;
  if (!value || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  // Without a DTMF name on the activity, only a field named for key presses counts (not a card's `value`).
  const fields = nameSaysDtmf ? DTMF_FIELDS : DTMF_FIELDS.filter((f) => f !== 'value' && f !== 'key');
  for (const field of fields) {
    const v = record[field];
    if (typeof v === 'string' || typeof v === 'number') return String(v);
    if (v && typeof v === 'object' && field === 'dtmf') return keysIn(v, true);
  }
  return undefined;
}

/**
 * The key presses of a DTMF event (`{name: 'dtmf', value: '9698#'}` or `value: {digits|tone|tones}`),
 * or of a message without text that carries them (`value: {dtmf: '1'}`, `channelData: {dtmf: '1'}`,
 * as telephony gateways send a key press); undefined otherwise.
 */
export function dtmfFromEvent(activity: {
  type?: string;
  name?: string;
  text?: string;
  value?: unknown;
  channelData?: unknown;
  channelId?: string;
}): string | undefined {
  let raw: string | undefined;
  if (activity.type === 'event' && DTMF_EVENT.test(activity.name ?? '')) {
    raw = keysIn(activity.value, true) ?? keysIn(activity.channelData, false);
  } else if ((activity.type === 'event' || activity.type === 'message') && !activity.text?.trim()) {
    // On a phone line a bare value of keys is a key press (there are no cards to submit there).
    raw = keysIn(activity.value, isSpeechChannel(activity.channelId)) ?? keysIn(activity.channelData, false);
  }
  if (raw === undefined || !DTMF_KEYS.test(raw) || !/[0-9*#]/.test(raw)) return undefined;
  const keys = dtmfText(raw);
  return keys || undefined;
}

/** DTMF keys as text: separators dropped, the closing '#' (end of input) removed. */
export function dtmfText(keys: string): string {
  return keys.replace(/[\s,]/g, '').replace(/#+$/, '');
}

interface Word {
  text: string;
  /** Trailing punctuation kept when the word is replaced. */
  tail: string;
  digits?: string;
}

/** A digit, or a number from 10 to 99, said as one word ("neun", "neunundvierzig", "forty-nine"). */
function digitOf(core: string): string | undefined {
  return /^\d$/.test(core) ? core : spokenNumberWord(core);
}

/** Polish hundreds, which the shared number words do not all know ("sześćset", "czterysta"). */
const PL_HUNDREDS: Record<string, string> = {
  sto: '1',
  dwiescie: '2',
  trzysta: '3',
  czterysta: '4',
  piecset: '5',
  szescset: '6',
  siedemset: '7',
  osiemset: '8',
  dziewiecset: '9',
};
const HUNDRED = new Set(['hundred', 'honderd', 'hundert']);

/** "fünfhundertdreiunddreißig", "vijfhonderddrieëndertig": a hundred and its tens in one word (101–999). */
function hundredsInOneWord(core: string): string | undefined {
  if (!/^\p{L}+$/u.test(core) || !/(honderd|hundert|hundred)\p{L}/u.test(core)) return undefined;
  const value = parseNumberWords(core);
  return value !== undefined && value > 100 && value < 1000 && value % 100 !== 0 ? String(value) : undefined;
}

/**
 * The hundreds digit a phrase starting at word i says, and how many words it takes; `whole` when the
 * word says all three digits itself.
 */
function hundredsAt(words: Word[], i: number): { digit: string; width: number; whole?: boolean } | undefined {
  const core = foldDiacritics(words[i].text);
  if (PL_HUNDREDS[core]) return { digit: PL_HUNDREDS[core], width: 1 };
  const whole = hundredsInOneWord(core);
  if (whole) return { digit: whole, width: 1, whole: true };
  // "six hundred", "zes honderd": a digit and the word for hundred.
  if (
    words[i].digits?.length === 1 &&
    words[i].tail === '' &&
    HUNDRED.has(foldDiacritics(words[i + 1]?.text ?? ''))
  )
    return { digit: words[i].digits, width: 2 };
  // "zeshonderd", "sechshundert", "honderd".
  if (/^\p{L}+$/u.test(core) && /(honderd|hundert|hundred)$/.test(core)) {
    const value = parseNumberWords(core);
    if (value !== undefined && value >= 100 && value <= 900 && value % 100 === 0)
      return { digit: String(value / 100), width: 1 };
  }
  return undefined;
}

/**
 * "sześćset jeden, dwieście trzydzieści cztery": a phone number said in threes. A hundred and the
 * tens or digit right after it are one three-digit group ("601", "234"); a bare hundred is "600".
 */
function mergeHundreds(words: Word[]): void {
  for (let i = 0; i < words.length; i++) {
    const hundreds = hundredsAt(words, i);
    if (!hundreds) continue;
    const last = i + hundreds.width - 1;
    const next = words[last + 1];
    let rest = hundreds.whole ? '' : '00';
    let take = 0;
    if (
      !hundreds.whole &&
      words[last].tail === '' &&
      next?.digits &&
      next.digits.length <= 2 &&
      /^\p{L}+$/u.test(next.text.split(' ')[0])
    ) {
      rest = next.digits.padStart(2, '0');
      take = 1;
    }
    const merged = words.slice(i, last + 1 + take);
    const end = merged[merged.length - 1];
    words.splice(i, merged.length, {
      text: merged.map((w, k) => (k === merged.length - 1 ? w.text : w.text + w.tail)).join(' '),
      tail: end.tail,
      digits: hundreds.digit + rest,
    });
  }
}

/** Digits in a CJIB number: more in one breath is that number and what was said after it. */
const CJIB_LENGTH = 16;

/**
 * The digits of a run of number words as one number; a run longer than a CJIB number that has one
 * at its start is two ("… nul zes vijf acht acht negen een een a b": the number, then the postcode).
 */
function joinedRun(run: Word[]): string {
  const digits = run.map((w) => w.digits).join('');
  const tail = run[run.length - 1].tail;
  if (digits.length <= CJIB_LENGTH) return digits + tail;
  let length = 0;
  for (const w of run) {
    length += w.digits!.length;
    if (length === CJIB_LENGTH) return `${digits.slice(0, CJIB_LENGTH)} ${digits.slice(CJIB_LENGTH)}${tail}`;
    if (length > CJIB_LENGTH) break;
  }
  return digits + tail;
}

/**
 * Runs of two or more single digits, typed or spoken, become one number:
 * "9 6 9 8 9 4 8 6" → "96989486", "acht negen een een a b" → "8911 a b",
 * "negen zes dubbel acht" → "9688". Single digit words and ordinary numbers stay as they are.
 */
export function collapseDigitRuns(text: string): string {
  const raw = text
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => /^(.*?)([.,;:!?#]*)$/.exec(w)!);
  const cores = raw.map((m) => foldDiacritics(m[1]));
  // The shared reader: digits, pairs ("forty nine"), "double eight", weak digits next to real ones.
  const words: Word[] = raw.map((m) => ({ text: m[1], tail: m[2] }));
  const numbers = readSpokenNumbers(cores, (i) => raw[i][2] !== '');
  // Typed numbers of more than one digit stay as they are ("9698 negen" is not one number).
  for (const n of [...numbers].reverse()) {
    if (n.typed && n.digits.length > 1) continue;
    const merged = words.slice(n.start, n.end);
    const end = merged[merged.length - 1];
    words.splice(n.start, merged.length, {
      text: merged.map((w, k) => (k === merged.length - 1 ? w.text : w.text + w.tail)).join(' '),
      tail: end.tail,
      digits: n.digits,
    });
  }
  mergeHundreds(words);
  // "sześć jeden myślnik zero zero jeden": a spoken dash between digits is one, so 61-001 stays a postcode.
  words.forEach((w, i) => {
    if (
      DASH.has(foldDiacritics(w.text)) &&
      words[i - 1]?.digits &&
      words[i + 1]?.digits &&
      w.tail === '' &&
      words[i - 1].tail === ''
    )
      w.digits = '-';
  });
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    let j = i;
    // A run continues across words without trailing punctuation (a comma or full stop ends it).
    while (j < words.length && words[j].digits !== undefined && (j === i || words[j - 1].tail === '')) j++;
    if (j - i >= 2) {
      out.push(joinedRun(words.slice(i, j)));
      i = j;
    } else {
      out.push(words[i].text + words[i].tail);
      i++;
    }
  }
  return out.join(' ');
}

/**
 * "toets twee", "druk op 2", "press two", "ich drücke die Zwei", "wciskam dwa": the caller says
 * which key they (would) press. Only the verb, filler words and the number: anything more is a
 * sentence for the dialogs.
 */
const KEY_VERB =
  /^(?:ik\s+)?(?:toets|druk(?:\s+op)?|kies|press|dial|hit|i\s+press|ich\s+drucke|drucke|drucken\s+sie|wahle|tippe|wciskam|wcisnij|naciskam|nacisnij|wybieram)\s+/;
const KEY_FILLER =
  /^(?:de|het|the|die|den|taste|toets|key|button|klawisz|nummer|number|numer|cijfer|digit|ziffer|cyfre|cyfra|optie|option|opcja|opcje)$/;

function keyPress(text: string): string | undefined {
  const folded = foldDiacritics(text)
    .replace(/[.!]+$/, '')
    .trim();
  const verb = KEY_VERB.exec(folded);
  if (!verb) return undefined;
  const words = folded
    .slice(verb[0].length)
    .split(/\s+/)
    .filter((w) => !KEY_FILLER.test(w));
  if (words.length === 1 && /^\d{1,2}$/.test(words[0])) return words[0];
  if (words.length === 1) return digitOf(words[0]) ?? weakDigit(words[0]);
  return undefined;
}

/**
 * "Eén.", "one", "zwo", "jedna", "nummer een", "option one": a digit from 1 to 9 said on its own
 * (the answer to a menu read out) is that digit, also the words that are digits only next to
 * others ("een", "ein"). Not "oh": on its own that is a sigh.
 */
function digitSaidAlone(text: string): string | undefined {
  const words = foldDiacritics(text)
    .replace(/[.!]+$/, '')
    .trim()
    .split(/\s+/);
  const last = words[words.length - 1];
  if (!words.slice(0, -1).every((w) => KEY_FILLER.test(w)) || last === 'oh' || last === 'o') return undefined;
  const digit = spokenDigit(last) ?? weakDigit(last);
  return digit && digit !== '0' ? digit : undefined;
}

/**
 * Speech recognisers punctuate pauses: "Sześćdziesiąt jeden, zero zero jeden.", "Acht negen een
 * een, A, B.". When the whole utterance is digits (and letters of a postcode), those commas and
 * full stops are pauses inside one number, not ends of it.
 */
function withoutPausePunctuation(text: string): string {
  const cores = text
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => foldDiacritics(w.replace(/[.,;:!?]+$/, '')));
  const digitWords = cores.filter(
    (c) => digitOf(c) !== undefined || /^\d+$/.test(c) || hundredsInOneWord(c) !== undefined,
  ).length;
  const allNumber = cores.every(
    (c) =>
      /^\d+$/.test(c) ||
      digitOf(c) !== undefined ||
      weakDigit(c) !== undefined ||
      repeatTimes(c) !== undefined ||
      DASH.has(c) ||
      PL_HUNDREDS[c] !== undefined ||
      /(honderd|hundert|hundred)$/.test(c) ||
      hundredsInOneWord(c) !== undefined ||
      c === 'plus' ||
      /^\p{L}$/u.test(c),
  );
  return allNumber && digitWords >= 2 ? text.replace(/[.,;:!?]+(?=\s|$)/g, '') : text;
}

/** The text of a phone turn with key presses and spoken digits normalised. */
export function normalizeSpokenInput(text: string): string {
  const trimmed = text.trim();
  if (DTMF_KEYS.test(trimmed) && /\d/.test(trimmed)) return dtmfText(trimmed);
  // "eh", "uhm", and "wacht even" inside a number: the recogniser wrote down the caller thinking.
  const said = withMishearingsCorrected(withoutHesitations(trimmed));
  return keyPress(said) ?? digitSaidAlone(said) ?? collapseDigitRuns(withoutPausePunctuation(said));
}
