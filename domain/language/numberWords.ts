/**
 * Numbers written as words, for amounts and months: "tweehonderdvijftig", "vijfentwintig",
 * "two hundred and fifty", "zwölf". Dutch and German compounds are split into known parts.
 */
import { foldDiacritics } from './normalizeText';

const PARTS: Record<string, number> = {
  // nl
  een: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
  honderd: 100,
  duizend: 1000,
  // en
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
  // de
  eins: 1,
  ein: 1,
  eine: 1,
  zwei: 2,
  drei: 3,
  funf: 5,
  sechs: 6,
  sieben: 7,
  neun: 9,
  zehn: 10,
  zwolf: 12,
  sechzehn: 16,
  siebzehn: 17,
  zwanzig: 20,
  dreissig: 30,
  vierzig: 40,
  funfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
  hundert: 100,
  tausend: 1000,
  // pl (common ones)
  jeden: 1,
  dwa: 2,
  trzy: 3,
  cztery: 4,
  piec: 5,
  szesc: 6,
  siedem: 7,
  osiem: 8,
  dziewiec: 9,
  dziesiec: 10,
  dwanascie: 12,
  osiemnascie: 18,
  jedenascie: 11,
  trzynascie: 13,
  czternascie: 14,
  pietnascie: 15,
  szesnascie: 16,
  siedemnascie: 17,
  dziewietnascie: 19,
  dwadziescia: 20,
  trzydziesci: 30,
  czterdziesci: 40,
  piecdziesiat: 50,
  szescdziesiat: 60,
  siedemdziesiat: 70,
  osiemdziesiat: 80,
  dziewiecdziesiat: 90,
  sto: 100,
  dwiescie: 200,
  trzysta: 300,
  czterysta: 400,
  piecset: 500,
  szescset: 600,
  siedemset: 700,
  osiemset: 800,
  dziewiecset: 900,
  tysiac: 1000,
  tysiace: 1000,
  tysiecy: 1000,
};

/** Connectors inside or between number words ("vijf-en-twintig", "hundred and fifty", "fünfundzwanzig"). */
const CONNECTORS = new Set(['en', 'and', 'und']);

const KEYS = [...Object.keys(PARTS), ...CONNECTORS].sort((a, b) => b.length - a.length);

/** Splits a compound word into number parts, or undefined when something is left over. */
function split(word: string): string[] | undefined {
  if (!word) return [];
  for (const key of KEYS) {
    if (word.startsWith(key)) {
      const rest = split(word.slice(key.length));
      if (rest) return [key, ...rest];
    }
  }
  return undefined;
}

function evaluate(parts: string[]): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const part of parts) {
    if (CONNECTORS.has(part)) continue;
    const value = PARTS[part];
    seen = true;
    if (value === 100) current = (current || 1) * 100;
    else if (value === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else current += value;
  }
  return seen ? total + current : undefined;
}

/** Value of one or more number words, e.g. "twee honderd vijftig" → 250; undefined if not a number. */
const PLAIN_WORD = /^[a-z]+$/;

export function parseNumberWords(phrase: string): number | undefined {
  // One folded word (the common case): no folding, splitting or hyphens to handle.
  const tokens = PLAIN_WORD.test(phrase)
    ? [phrase]
    : foldDiacritics(phrase).replace(/-/g, ' ').split(/\s+/).filter(Boolean);
  const parts: string[] = [];
  for (const token of tokens) {
    const pieces = split(token);
    if (!pieces || pieces.every((p) => CONNECTORS.has(p))) {
      if (CONNECTORS.has(token)) continue;
      return undefined;
    }
    parts.push(...pieces);
  }
  return parts.length ? evaluate(parts) : undefined;
}

/** True when a single word is (part of) a number word. */
export function isNumberWord(word: string): boolean {
  const pieces = split(foldDiacritics(word));
  return !!pieces && pieces.some((p) => !CONNECTORS.has(p));
}

/**
 * "Sześćdziesiąt jeden tysiąc jeden", "acht negen een een a b": nothing but numbers said as words (and
 * the single letters of a postcode), an answer to a number question as typed digits are.
 */
export function saysOnlyNumbers(message: string): boolean {
  const words = foldDiacritics(message.toLowerCase())
    .split(/[\s,.-]+/)
    .filter(Boolean);
  return words.some((w) => isNumberWord(w)) && words.every((w) => w.length === 1 || isNumberWord(w));
}
