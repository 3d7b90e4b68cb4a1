/**
 * Matches a free answer to one of the offered choices: by number ("2", "twee", "the second one"),
 * or by the choice's words, typo tolerant ("betalingsregling" → payment arrangement).
 */
import { editDistance, typoBudget } from './editDistance';
import { normalizeText } from './normalizeText';

export interface Choice {
  value: string;
  synonyms: string[];
}

const ORDINALS: Record<string, number> = {
  een: 1,
  eerste: 1,
  one: 1,
  first: 1,
  eins: 1,
  jedna: 1,
  erste: 1,
  ersten: 1,
  erstes: 1,
  jeden: 1,
  pierwszy: 1,
  pierwsza: 1,
  pierwsze: 1,
  twee: 2,
  tweede: 2,
  two: 2,
  second: 2,
  zwei: 2,
  zwo: 2,
  dwie: 2,
  zweite: 2,
  zweiten: 2,
  dwa: 2,
  drugi: 2,
  druga: 2,
  drugie: 2,
  drie: 3,
  derde: 3,
  three: 3,
  third: 3,
  drei: 3,
  dritte: 3,
  trzy: 3,
  trzeci: 3,
  trzecia: 3,
  vier: 4,
  vierde: 4,
  four: 4,
  fourth: 4,
  vierte: 4,
  cztery: 4,
  czwarty: 4,
  czwarta: 4,
  vijf: 5,
  vijfde: 5,
  five: 5,
  fifth: 5,
  funf: 5,
  funfte: 5,
  piec: 5,
  piaty: 5,
  piata: 5,
  zes: 6,
  zesde: 6,
  six: 6,
  sixth: 6,
  sechs: 6,
  sechste: 6,
  szesc: 6,
  szosty: 6,
  szosta: 6,
  zeven: 7,
  zevende: 7,
  seven: 7,
  seventh: 7,
  sieben: 7,
  siebte: 7,
  siedem: 7,
  siodmy: 7,
  siodma: 7,
  acht: 8,
  achtste: 8,
  eight: 8,
  eighth: 8,
  achte: 8,
  osiem: 8,
  osmy: 8,
  osma: 8,
  negen: 9,
  negende: 9,
  nine: 9,
  ninth: 9,
  neun: 9,
  neunte: 9,
  dziewiec: 9,
  dziewiaty: 9,
  dziewiata: 9,
  // Polish names of numbers as choices ("jedynka proszę": number one, please).
  jedynka: 1,
  jedynke: 1,
  dwojka: 2,
  dwojke: 2,
  trojka: 3,
  trojke: 3,
  czworka: 4,
  czworke: 4,
  piatka: 5,
  piatke: 5,
  laatste: -1,
  last: -1,
  letzte: -1,
  ostatni: -1,
  ostatnia: -1,
};

/** "Number"/"option" and politeness: words that may stand around a choice's number on their own. */
const AROUND_NUMBER = [
  'optie option keuze choice nummer number nr no numer numerem numeru pozycja',
  'graag alstublieft alsjeblieft aub svp dank u bedankt please pls thanks thank you bitte danke gerne prosze poprosze dziekuje',
]
  .join(' ')
  .split(' ');

/**
 * Filler around a choice ("de tweede graag", "option 2 please", "nummer 1 alstublieft",
 * "Nummer 3 bitte", "numer 1 proszę"): articles, politeness, "number"/"option" and "I'll take".
 */
const FILLER = new Set([
  ...'de het the die der das deze dat ja een a eh uh that one'.split(' '),
  ...AROUND_NUMBER,
  ...'ik wil kies neem doe maar i want want choose pick take ill go with my ich mochte nehme wahle wahl auswahl variante punkt'.split(
    ' ',
  ),
  ...'chce wybor wybieram biore ta moze opcja opcje opcji'.split(' '),
]);

const AROUND_NUMBER_SET = new Set(AROUND_NUMBER);

/** The number a bare answer says ("2", "twee", "de tweede", "nummer 5 graag"); -1 for "the last". */
function numberSaid(ws: string[]): number | undefined {
  const meaningful = ws.filter((w) => !FILLER.has(w));
  // "Een", "one", "nummer een graag": the word is also an article, so it is a number only on its own.
  if (meaningful.length === 0) {
    const bare = ws.filter((w) => !AROUND_NUMBER_SET.has(w));
    return bare.length === 1 && (bare[0] === 'een' || bare[0] === 'one') ? 1 : undefined;
  }
  if (meaningful.length !== 1) return undefined;
  const w = meaningful[0];
  const stem = w.replace(/(st|nd|rd|th|e|de|ste)$/, '');
  return /^\d+$/.test(w) ? Number(w) : /^\d+$/.test(stem) ? Number(stem) : (ORDINALS[w] ?? ORDINALS[stem]);
}

function byNumber(ws: string[], count: number): number | undefined {
  const n = numberSaid(ws);
  if (n === undefined) return undefined;
  const index = n === -1 ? count - 1 : n - 1;
  return index >= 0 && index < count ? index : undefined;
}

/** How well the answer's words cover a phrase: 1 = every phrase word found (allowing typos). */
function coverage(answer: string[], phrase: string): number {
  const pw = normalizeText(phrase).split(' ').filter(Boolean);
  if (!pw.length) return 0;
  let hit = 0;
  for (const p of pw) {
    if (answer.some((a) => a === p || editDistance(a, p, typoBudget(p)) <= typoBudget(p))) hit++;
  }
  return hit / pw.length;
}

/**
 * Which of `count` offered choices a bare number or ordinal picks ("2", "twee", "de tweede",
 * "option 2", "last"), as a 0-based index; undefined for anything else, words of a title included.
 */
export function choiceIndex(text: string, count: number): number | undefined {
  const normal = normalizeText(text);
  return normal && count > 0 ? byNumber(normal.split(' '), count) : undefined;
}

/** The largest number an answer to a short menu is taken to be (a choice, a key on the phone). */
const MENU_NUMBER_MAX = 9;

/**
 * The number a bare answer says when none of `count` offered choices has it ("5" or "nummer 5
 * graag" when three are offered): the citizen meant a choice that is not there. Larger numbers
 * (an amount, a CJIB number, a postcode) and 0 are not taken as a choice.
 */
export function choiceNumberOutOfRange(text: string, count: number): number | undefined {
  const normal = normalizeText(text);
  if (!normal || count <= 0) return undefined;
  const n = numberSaid(normal.split(' '));
  return n !== undefined && n > count && n <= MENU_NUMBER_MAX ? n : undefined;
}

export function matchChoice(text: string, choices: Choice[]): string | undefined {
  const normal = normalizeText(text);
  if (!normal || !choices.length) return undefined;
  const ws = normal.split(' ');
  const exact = choices.find((c) => [c.value, ...c.synonyms].some((s) => normalizeText(s) === normal));
  if (exact) return exact.value;
  const index = byNumber(ws, choices.length);
  if (index !== undefined) return choices[index].value;
  let best: { value: string; score: number } | undefined;
  let tie = false;
  for (const c of choices) {
    const score = Math.max(...[c.value, ...c.synonyms].map((s) => coverage(ws, s)));
    if (!best || score > best.score) {
      best = { value: c.value, score };
      tie = false;
    } else if (score === best.score) tie = true;
  }
  return best && best.score >= 0.5 && !tie ? best.value : undefined;
}
