import { normalizeQuestion } from '../knowledge/normalizeQuestion';
import { parseNumberWords } from '../language/numberWords';
import { asksScheduleDuration } from './durationQuestion';
import { paymentQuestion } from './paymentQuestion';
import { asksHowLongToSpread } from './spreadQuestion';

/**
 * "Wat is het maximale aantal termijnen?", "can I get more months?", "kan het over 12 maanden?",
 * "geht es auch in 12 Raten?", "czy mogę dostać więcej rat?" with a schedule on the table: a
 * question about the number of months, answered from the standard term table (DOMAIN.md §1.3),
 * not an amount of one's own ("ik kan 12 euro per maand" is not about months).
 */
export interface TermQuestion {
  /** The number of months asked for ("over 12 maanden"), when one is named. */
  months?: number;
  /** "Kan het korter?", "fewer months": sooner done, not longer. */
  fewer: boolean;
}

const MONTH_WORD =
  '(maanden|maand|termijnen|termijn|keer|delen|months|instalments|installments|payments|goes|times|monate|monaten|raten|mal|teilen|miesiecy|miesiace|rat|raty|ratach|ratami|razy|czesci)';
const NAMED = new RegExp(` (\\d{1,2}) ${MONTH_WORD} `);
/** "In drie maanden", "in six months": the months in a word. */
const NAMED_IN_WORDS = new RegExp(` ([a-z]+) ${MONTH_WORD} `);
const MORE =
  / ((meer|extra|langer|langere|maximale?|maximum|max|meeste|hoogste) (\w+ ){0,3}(maanden|termijnen|looptijd|spreiden|over doen|erover doen|afbetalen|regeling)|langer (\w+ ){0,3}(spreiden|over doen|afbetalen|betalen|de tijd)|(more|extra|longer|maximum|max|most) (\w+ ){0,3}(months|instalments|installments|payments|time to pay|term)|(spread|stretch|split) (it )?(out )?(\w+ ){0,2}(longer|more)|longer (period|plan|arrangement|term)|(mehr|langer\w*|maximal\w*|hochstens|meisten) (\w+ ){0,3}(monate|raten|laufzeit|strecken|verteilen)|(wiecej|dluzej|dluzszy|dluzsza|maksymaln\w*|najwiecej) (\w+ ){0,3}(rat|raty|miesiecy|okres|rozlozyc|splacac|czas))|hoeveel (termijnen|maanden) (kan|mag|krijg|kun)|how many (months|instalments|installments) (can|could|may|do i get)|wie viele (monate|raten) (kann|darf|bekomme)|ile (rat|miesiecy) (moge|mozna|dostane)|(kan|kun|mag|geht|gaat|kann|can|could|czy|moze|mozna) (\w+ ){0,3}(langer|longer|dluzej)|(whats|what is) the (max|maximum|longest)|wat is het (max|maximum|langste)|was ist das maximum|jakie jest maksimum /;
const FEWER =
  / ((minder|korter|kortere|sneller|eerder) (\w+ ){0,3}(maanden|termijnen|looptijd|klaar|afbetalen|regeling|vanaf|af|afgelost|betaald)|(fewer|less|shorter|quicker|sooner|faster) (\w+ ){0,3}(months|instalments|installments|term|plan|done|over with|paid off)|(done|over|finished|paid off) (\w+ ){0,2}(faster|sooner|quicker)|(weniger|kurzer\w*|schneller|fruher) (\w+ ){0,3}(monate|raten|laufzeit|fertig|los|abbezahlt)|(mniej|krotsz\w*|szybciej) (\w+ ){0,3}(rat|miesiecy|okres|splacic|z glowy|spokoj)) /;
/** "12 euro per maand", "50 a month": an amount of one's own, read by the schedule question itself. */
const MONEY =
  / (euro|eur|€|\d+ ?e|zl|zloty|zlotych|per maand|a month|per month|im monat|pro monat|miesiecznie|na miesiac) /;

/** Paying more or sooner than the schedule says: "meer", "extra", "eerder", "more", "early", "früher", "wcześniej". */
const MORE_OR_SOONER =
  / (meer|extra|hoger\w*|eerder|sneller|vervroegd|more|early|earlier|sooner|faster|mehr|hoher\w*|fruher|schneller|vorzeitig|wiecej|wyzsz\w*|wczesniej|szybciej|nadplat\w*) /;

export function termQuestion(question: string): TermQuestion | undefined {
  const text = normalizeQuestion(question);
  const named = namedMonths(text);
  // "Wat als ik over 2 maanden meer kan betalen?": paying more later, not a term of 2 months. "I'd rather
  // pay it off in 3 months" names a term without paying more or sooner: the months of the schedule.
  if (MONEY.test(text)) return undefined;
  // "Hoe lang duurt de regeling?": how long this schedule runs (paymentQuestion), not the table.
  if (!named && asksScheduleDuration(question)) return undefined;
  // "In 3 Raten, dann bin ich schneller fertig": fewer months named, not paying more.
  const fewer = FEWER.test(text);
  if (paymentQuestion(question) === 'payMore' && !(named && (fewer || !MORE_OR_SOONER.test(text))))
    return undefined;
  if (!named && !fewer && !MORE.test(text) && !asksHowLongToSpread(question)) return undefined;
  return { ...(named ? { months: named } : {}), fewer };
}

function namedMonths(text: string): number | undefined {
  const digits = NAMED.exec(text);
  if (digits) return Number(digits[1]);
  const word = NAMED_IN_WORDS.exec(text);
  const months = word ? parseNumberWords(word[1]!) : undefined;
  return months !== undefined && months > 1 && months <= 72 ? months : undefined;
}
