import { normalizeQuestion } from '../knowledge/normalizeQuestion';

/**
 * "Ok I'm back", "ik ben er weer", "da bin ich wieder", "już jestem" after a moment away: the
 * citizen returns to the question, which is asked again. The "ok" in it is no yes to the question.
 */
const BACK =
  / (im back|i am back|back again|here again|ben er weer|ben weer terug|ik ben terug|daar ben ik weer|bin wieder da|da bin ich wieder|bin zuruck|wieder da|juz jestem|jestem z powrotem|wrocil\w*) /;

/** Words beside "I'm back" that say nothing more: "ok, sorry, zo, daar ben ik weer". */
const FILLER = new Set(
  'ok oke okay okee so zo sorry hallo hello hi hoi hey hier here again weer nu now daar da ja no nou well wel also jetzt teraz juz dobra'.split(' '),
);

/**
 * Whether the citizen only says they are back. "Ik ben er weer, ja ik wil de regeling" says more: an
 * answer the question reads (its "ja" then is one).
 */
export function saysIsBack(answer: string): boolean {
  const text = normalizeQuestion(answer);
  const found = BACK.exec(text);
  if (!found) return false;
  const rest = `${text.slice(0, found.index)} ${text.slice(found.index + found[0].length)}`;
  return rest.split(' ').filter((w) => w && !FILLER.has(w)).length < 2;
}
