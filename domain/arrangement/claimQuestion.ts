import { normalizeQuestion } from '../knowledge/normalizeQuestion';
import type { ClaimLine, ClaimLines } from './claimLines';
import type { ExclusionReason } from './assessArrangement';

/**
 * "Zit de boete van rood licht er ook in?", "what happens to the 309 euro fine?", "ist die rote Ampel
 * dabei?", "czy mandat za czerwone światło jest w planie?" with a schedule on the table: a question
 * about one of the fines, named by what it was for or by its amount. Answered from the schedule
 * (in it, or left out and why); a fine named that matches none, or several, gets the whole list.
 */
export type ClaimQuestion =
  | { kind: 'included'; claim: ClaimLine }
  | { kind: 'excluded'; claim: ClaimLine; reason: ExclusionReason }
  | { kind: 'list' };

/** Asking whether something is in the schedule. */
const IN_IT =
  / (erin|er in|er ook in|er ook bij|erbij|ook mee|in de regeling|in deze regeling|meegenomen|meegeteld|mee in|inbegrepen|included|include|includes|in it|in there|in the plan|in the arrangement|part of|covered|count|counts|counted|telt|tellen|meetellen|meegerekend|dabei|mitgerechnet|mitgezahlt|drin|enthalten|inbegriffen|in der ratenzahlung|in der regelung|w planie|uwzgledn\w*|wliczon\w*|obejmuje|objet\w*|wchodzi|wchodza|liczy sie|wlicza\w*) /;
/** Asking what becomes of something ("en de …?", "what about …?"): only about a fine it names. */
const ABOUT =
  / (wat gebeurt er met|hoe zit het met|en de|what happens (to|with)|what about|and the|was passiert mit|was ist mit|und die|und der|und das|co z|co sie dzieje z|a mandat) /;
/** Inclusion verbs with the fine between: "zit de boete van rood licht er ook in", "valt die onder de regeling". */
const VERB_IN = / (zit|zitten|valt|vallen|gaat|gaan|komt|komen|hoort|horen) (\w+ ){0,8}(in|onder|bij|mee) /;
const FINE_WORD =
  / (\w*boete\w*|bekeuring\w*|fines?|tickets?|penalt\w*|\w*bussgeld\w*|strafzettel\w*|strafe|mandat\w*|kar[ay]?|grzywn\w*) /;
/** Words of a description that name nothing particular ("door", "running", "einer", "na"). */
const FILLER = new Set([
  'door',
  'rijden',
  'van',
  'running',
  'einer',
  'eines',
  'der',
  'die',
  'das',
  'auf',
  'the',
  'with',
  'over',
  'boete',
  'fine',
  'bussgeld',
  'mandat',
  'mandatu',
  'przez',
  'przejazd',
]);

/** Amounts in the message in cents ("309 euro", "€ 289,50"), not digits of a longer number. */
export function amountsIn(text: string): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(/(?<![\d.,])(\d{1,3}(?:\.\d{3})*|\d{1,5})(?:,(\d{2}))?(?![\d])/g)) {
    const euros = Number(m[1]!.replace(/\./g, ''));
    found.push(euros * 100 + (m[2] ? Number(m[2]) : 0));
  }
  return found;
}

/** Whether two words name the same thing: one a prefix of the other ("rote"/"roten", "snelheids…"). */
function sameWord(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 4) return false;
  if (long.startsWith(short)) return true;
  let common = 0;
  while (common < short.length && short[common] === long[common]) common++;
  return common >= 6;
}

/** How strongly the message names this claim: its amount counts double, each word of its description once. */
export function score(claim: ClaimLine, words: string[], amounts: number[]): number {
  const amountsOfClaim = [claim.openCents];
  if (claim.amounts) amountsOfClaim.push(claim.amounts.fine, claim.amounts.fine + claim.amounts.increase);
  const byAmount = amounts.some((a) => amountsOfClaim.some((c) => Math.abs(c - a) < 100)) ? 2 : 0;
  const described = new Set(
    Object.values(claim.description)
      .flatMap((d) =>
        normalizeQuestion(d ?? '')
          .trim()
          .split(' '),
      )
      .filter((w) => w.length >= 4 && !FILLER.has(w) && !/\d/.test(w)),
  );
  const byWords = [...described].filter((d) => words.some((w) => sameWord(w, d))).length;
  return byAmount + byWords;
}

export function claimQuestion(message: string, lines: ClaimLines): ClaimQuestion | undefined {
  const text = normalizeQuestion(message);
  const asksInIt = IN_IT.test(text) || VERB_IN.test(text);
  if (!asksInIt && !ABOUT.test(text)) return undefined;
  const words = text
    .trim()
    .split(' ')
    .filter((w) => w.length >= 4 && !FILLER.has(w));
  const amounts = amountsIn(message);
  const all = [
    ...lines.included.map((claim) => ({ claim, reason: undefined as ExclusionReason | undefined })),
    ...lines.excluded.map(({ claim, reason }) => ({ claim, reason: reason as ExclusionReason | undefined })),
  ].map((entry) => ({ ...entry, score: score(entry.claim, words, amounts) }));
  const best = Math.max(0, ...all.map((e) => e.score));
  const top = all.filter((e) => e.score === best);
  if (best > 0 && top.length === 1) {
    const { claim, reason } = top[0]!;
    return reason ? { kind: 'excluded', claim, reason } : { kind: 'included', claim };
  }
  // "Zit die boete van 500 euro er ook in?" naming none of them: the list says which are.
  return asksInIt && (best > 0 || FINE_WORD.test(text)) ? { kind: 'list' } : undefined;
}
