import { normalizeQuestion } from '../knowledge/normalizeQuestion';
import { AT_ONCE } from './payInFull';

/**
 * What an objection to a proposed standard schedule asks for (DESIGN.md "Payment arrangement"):
 * the monthly amount is too high → a personal arrangement; the citizen cannot pay at all → the
 * noodstop and debt help. Read from the words, in nl, en, de and pl, so that "I can't afford that"
 * (that = the amount just proposed) is not mistaken for "I cannot pay at all".
 */
export type ScheduleObjection = 'tooHigh' | 'cannotPay';

/** Not able to pay at all: debts, no money, "helemaal niet", "at all", the noodstop named. */
const CANNOT_PAY_AT_ALL =
  / (helemaal (niet|geen|niks|niets)|at all|gar (nicht|kein\w*)|uberhaupt (nicht|kein\w*)|wcale|w ogole|zupelnie) |schuld|\bdebt|\bdlug(i|u|ow|ami|ach|iem)?\b|noodstop|emergency stop|notstopp| geen (geld|inkomen) | no (money|income) | kein (geld|einkommen) | nie mam (pieniedzy|z czego|dochod\w*) /;

/**
 * Why money is short: benefits, work lost. With "te hoog", "zoveel per maand kan ik niet" it is the
 * reason the amount is too high (a personal arrangement fits the income, DOMAIN.md §1.4; staff see
 * the reason as a concern); said alone it is not being able to pay (the noodstop, a person).
 */
const SHORT_OF_MONEY =
  /bijstand|uitkering|benefits|burgergeld|sozialhilfe|zasilek|werkloos|ontslagen|baan kwijt|werk kwijt|lost my job|unemployed|arbeitslos|bezrobotn|bez pracy/;

/** Too much: "te hoog", "too much", "zu viel", "za dużo". */
const TOO_MUCH =
  / (te (hoog|veel|duur)|too (high|much|expensive)|zu (hoch|viel|teuer)|za (wysok\w*|duzo|drog\w*)) /;

/** "Dat is niet te veel", "not too much": agreeing, not objecting. */
const NOT_TOO_MUCH = / (niet|not|nicht|nie) (te|too|zu|za) /;

/** A reference to the amount just proposed: "dat", "that much", "so viel", "tyle", "na to". */
const THAT_AMOUNT =
  / (dat|dit|zoveel|zo veel|dat bedrag|dit bedrag|that|this|it|that much|so much|this amount|that amount|das|dies|so viel|soviel|diesen betrag|den betrag|to|tego|tyle|tej kwoty|takiej kwoty) /;

/** Not able to pay or manage it: a negation within three words of a verb of paying or managing. */
const NOT = '(niet|not|cant|cannot|couldnt|wont|nicht|nie)';
const PAY =
  '(betal\\w*|opbreng\\w*|lukt|red|afford|pay|manage|zahl\\w*|bezahl\\w*|leisten|schaff\\w*|plac\\w*|zaplac\\w*|splac\\w*|stac|dam rady|jestem w stanie)';
const NOT_ABLE = new RegExp(` ${NOT}( \\w+){0,3} ${PAY} | ${PAY}( \\w+){0,3} ${NOT} `);
/** "Kan niet zoveel per maand", "can't do that much", "nicht so viel", "nie tyle": the amount is too high. */
const NOT_THAT_MUCH =
  / (niet|not|cant|cannot|nicht|nie)( \w+){0,3} (zoveel|zo veel|that much|so much|so viel|soviel|tyle|tak duzo) /;
/**
 * Asking for less ("less", "lower", "minder", "weniger", "mniej", "can it be less?"): the amount just
 * proposed is too high. "Not less" or "no less than" is not asking for less.
 */
const LESS =
  / (less|lower|smaller|minder|lager|kleiner|weniger|niedriger|geringer|mniej|nizsz\w*|mniejsz\w*) /;
const NOT_LESS =
  / (not|no|niet|nicht|nie) (less|lower|minder|lager|weniger|niedriger|mniej) | (less|fewer|minder|weniger|mniej) (months|maanden|monate\w*|miesiecy|time|tijd|zeit|czasu|instalments|installments|termijnen|raten|rat) | (more or less|mehr oder weniger|mniej wiecej|min of meer|meer of minder) /;

/** Not every month: "niet elke maand", "not every month", "nicht jeden Monat", "nie co miesiąc". */
const NOT_EVERY_MONTH = / (niet (elke|iedere) maand|not every month|nicht jeden monat|nie co miesiac) /;

/**
 * An amount of one's own: "maar 20 per maand", "only 30 a month", "nur 50 im Monat", "tylko 50 miesięcznie";
 * "doe maar 6", "dan maar 6" is going along with something, not "only 6".
 */
const OWN_AMOUNT_LIMIT =
  / ((?<!(doe|dan) )maar|slechts|hooguit|hoogstens|only|at most|max|maximaal|nur|hochstens|tylko|najwyzej) (€ ?)?\d{1,4}\b/;
const OWN_AMOUNT_PER_MONTH =
  /\b\d{1,4} (euro |eur |€ )?(per maand|p m|pm|in de maand|a month|per month|each month|monthly|im monat|pro monat|monatlich|miesiecznie|na miesiac|co miesiac|w miesiacu)\b/;

/**
 * The amount proposed is too high, in so many words (whatever the reason given with it); "I'm on
 * benefits and can't afford this" names no amount and stays "cannot pay".
 */
function amountTooHigh(text: string): boolean {
  if (TOO_MUCH.test(text) && !NOT_TOO_MUCH.test(text)) return true;
  if (NOT_EVERY_MONTH.test(text) || NOT_THAT_MUCH.test(text)) return true;
  if (LESS.test(text) && !NOT_LESS.test(text)) return true;
  return OWN_AMOUNT_LIMIT.test(text) || OWN_AMOUNT_PER_MONTH.test(text);
}

/**
 * The objection in an answer to the proposed schedule, or undefined when the answer is not one
 * (a yes, a no, a question, or "ik kan niet betalen" without more, which the intent decides).
 * Not being able to pay at all wins over "too high": a person with debts needs the noodstop; a lost
 * job or benefits named with "too high" is the reason for a personal arrangement.
 */
export function scheduleObjection(answer: string): ScheduleObjection | undefined {
  const text = normalizeQuestion(answer);
  if (CANNOT_PAY_AT_ALL.test(text)) return 'cannotPay';
  if (amountTooHigh(text)) return 'tooHigh';
  if (SHORT_OF_MONEY.test(text)) return 'cannotPay';
  // "Dat kan ik niet betalen" (without a reason): the amount just proposed.
  if (THAT_AMOUNT.test(text) && NOT_ABLE.test(text) && !AT_ONCE.test(text)) return 'tooHigh';
  return undefined;
}
