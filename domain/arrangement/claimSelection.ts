import { normalizeQuestion } from '../knowledge/normalizeQuestion';
import type { ClaimLine } from './claimLines';
import { amountsIn, score } from './claimQuestion';

/**
 * "Alleen voor de boete van het rode licht", "kan ik de snelheidsboete eruit laten? die betaal ik
 * zelf", "I want to leave out the red light one", "nur für die rote Ampel", "bez mandatu za
 * prędkość": an arrangement may cover one claim or a combination (DOMAIN.md §1.1), so the citizen
 * chooses which of the fines in the schedule go in. `keep` are the indexes of the fines to keep
 * (never all, never none); `which` when one fine is wanted but not named ("maar voor 1 boete").
 */
export type ClaimSelection = { kind: 'keep'; indexes: number[] } | { kind: 'which' };

/** Only this one in the arrangement. */
const ONLY =
  / (alleen|enkel|slechts|allee?n maar|maar voor|only|just|nur|lediglich|bloss|tylko|jedynie|wylacznie) /;
/** This one out of the arrangement, or paid apart. */
const LEAVE_OUT =
  / (eruit|er uit|weglaten|weg laten|laten vallen|buiten laten|buiten de regeling|zonder|niet in de regeling|niet meenemen|niet mee|leave out|leave the|leaving out|without|exclude|excluding|not include|take out|ohne|weglassen|herausnehmen|rausnehmen|raus lassen|nicht in die|nicht mit|bez|pominac|wylaczyc|nie wliczac|oprocz) /;
/** "Die betaal ik zelf (in één keer)": that one is paid apart, so left out. */
const PAID_APART =
  / (zelf|in een keer|in 1 keer|ineens|meteen|direct|at once|in one go|in full|myself|straight away|right away|selbst|auf einmal|sofort|komplett|sam|sama|od razu|jednorazowo|w calosci) /;
/** One fine wanted, not named: "maar voor 1 boete", "only one of the fines", "nur für einen". */
const ONE_FINE =
  / (1|een|één|one|single|eine?n?|einem|jeden|jedn\w*) (van de |of the |der |z )?(boete\w*|bekeuring\w*|fines?|tickets?|strafe\w*|bussgeld\w*|strafzettel\w*|mandat\w*) /;
/** The fines a clause names: those it names most strongly (by words of their description or amount). */
function named(clause: string, lines: readonly ClaimLine[]): number[] {
  const words = clause
    .trim()
    .split(' ')
    .filter((w) => w.length >= 4);
  const amounts = amountsIn(clause);
  const scores = lines.map((line) => score(line, words, amounts));
  const best = Math.max(0, ...scores);
  return best > 0 ? scores.flatMap((s, i) => (s === best ? [i] : [])) : [];
}

export function claimSelection(
  message: string,
  lines: readonly ClaimLine[],
  whichAsked = false,
): ClaimSelection | undefined {
  if (lines.length < 2) return undefined;
  const kept = new Set<number>();
  const left = new Set<number>();
  let choosing = false;
  // A clause without words of its own goes on as the one before ("alleen rood licht en de parkeerboete").
  let mode: 'keep' | 'leave' | undefined = whichAsked ? 'keep' : undefined;
  for (const raw of message.split(/[.?!;]|,\s|\b(?:and|en|und|but|aber|ale|oraz)\b/i)) {
    const clause = normalizeQuestion(raw);
    if (LEAVE_OUT.test(clause) || (PAID_APART.test(clause) && !ONLY.test(clause))) mode = 'leave';
    else if (ONLY.test(clause)) mode = 'keep';
    const names = mode ? named(clause, lines) : [];
    names.forEach((i) => (mode === 'leave' ? left : kept).add(i));
    choosing ||= names.length > 0;
  }
  const text = normalizeQuestion(message);
  if (!choosing) return !whichAsked && ONLY.test(text) && ONE_FINE.test(text) ? { kind: 'which' } : undefined;
  const keep = kept.size
    ? [...kept].filter((i) => !left.has(i))
    : lines.map((_, i) => i).filter((i) => !left.has(i));
  // Every fine named to keep is all of them: the schedule as it is. None left: which one, then?
  if (keep.length === lines.length) return undefined;
  if (keep.length === 0) return { kind: 'which' };
  return { kind: 'keep', indexes: keep.sort((a, b) => a - b) };
}
