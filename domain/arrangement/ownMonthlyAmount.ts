import { normalizeQuestion } from '../knowledge/normalizeQuestion';
import { offersOwnAmount } from './amountOffered';
import { foldDiacritics } from '../language/normalizeText';
import { parseNumberWords } from '../language/numberWords';
import { mentionsIncome, withoutIncomeAmounts } from './incomeAmount';

/** Words that make an amount a monthly one: "per maand", "a month", "im Monat", "miesięcznie". */
const PER_MONTH =
  / (per maand|p m|pm|in de maand|elke maand|iedere maand|a month|per month|each month|every month|monthly|im monat|pro monat|jeden monat|monatlich|miesiecznie|na miesiac|co miesiac|w miesiacu) /;

/** "50 a month", "€ 37,50 per maand": digits right before the monthly words (the recogniser wants a currency). */
const DIGITS_PER_MONTH =
  /(?<![\d.,])(\d{1,4})(?:[.,](\d{1,2}))?\s?(?:euros?\s|eur\s|€\s?)?(?:per maand|p\/?m\b|in de maand|elke maand|iedere maand|a month|per month|each month|every month|monthly|im monat|pro monat|jeden monat|monatlich|miesiecznie|na miesiac|co miesiac|w miesiacu)/;

/**
 * The monthly amount a citizen names in answer to a proposed schedule ("can I pay 50 a month?",
 * "fünfzig Euro im Monat"), in cents; undefined when the answer names no amount per month.
 * `amountCents` is the amount the recogniser found (amounts in words included).
 */
export function ownMonthlyAmountCents(answer: string, amountCents: number | undefined): number | undefined {
  const text = normalizeQuestion(answer);
  if (!PER_MONTH.test(text)) return canPayCents(answer, text, amountCents);
  // "Te duur, ik verdien maar 1100 per maand": income or rent, not an amount offered (the recogniser's
  // amount may be that one); an amount in digits beside it still is ("… kan ik 50 per maand betalen?").
  if (mentionsIncome(answer)) {
    // "I get about 900 a month from benefits, I could do 30 a month": an income is never the amount
    // offered out of it, so of the monthly amounts left the smallest is the offer.
    const left = allDigitsPerMonth(withoutIncomeAmounts(answer));
    return left.length ? Math.min(...left) : undefined;
  }
  if (amountCents !== undefined && amountCents > 0) return amountCents;
  return digitsPerMonth(foldDiacritics(answer)) ?? wordsBeforeMonth(text);
}

/** "… 50 euro in één keer", "I can pay 100 now": a sum at once, not a month's. */
const AT_ONCE =
  / (in een keer|in 1 keer|ineens|meteen|vandaag|at once|in one go|in full|right now|now|today|auf einmal|sofort|heute|jetzt|naraz|od razu|w calosci|teraz|dzisiaj) /;
/** A number that is an amount: not the months, weeks or times beside it ("6 maanden", "12 Raten"). */
const AMOUNT_DIGITS =
  /(?<![\d.,])(\d{1,4})(?:[.,](\d{1,2}))?(?!\d|[.,]\d|\s?(?:maand|month|monat|miesi|jaar|year|jahr|rat|termijn|instal|week|weken|woche|tygod|dag|day|tag|dni|keer|times|mal|%|procent))/;

/** "Ich kann nur 30 Euro", "mogę 20 euro", "ik kan maar 25": the amount alone after "I can", no verb. */
const CAN_AMOUNT =
  / (ik kan|ik kon|i can|i could|ich kann|ich konnte|moge|moglbym|moglabym)( (maar|alleen|slechts|hooguit|maximaal|max|wel|zo|only|just|about|maybe|nur|hochstens|maximal|vielleicht|etwa|tylko|najwyzej|maksymalnie|okolo|moze))*( (do|pay|afford|manage|spare|placic|zaplacic|dac))? (€ )?\d{1,4}( \d{2})?( (euro|euros|eur|€))?( (betalen|missen|aflossen|pay|afford|do|manage|spare|zahlen|bezahlen|placic|zaplacic|splacac|dac))? $/;

/**
 * "Ik wil 6 maanden, ik kan 25 euro betalen", "mogę płacić 25 euro", "zu hoch, ich kann nur 30 Euro":
 * in an arrangement, an amount the citizen says they can pay is what they can pay a month (the callers
 * are all about an arrangement).
 */
function canPayCents(answer: string, text: string, amountCents: number | undefined): number | undefined {
  const said = offersOwnAmount(answer) || CAN_AMOUNT.test(text) || CAN_THEN_WORDS.test(text);
  if (!said || AT_ONCE.test(text) || mentionsIncome(answer)) return undefined;
  if (amountCents !== undefined && amountCents > 0) return amountCents;
  const m = AMOUNT_DIGITS.exec(foldDiacritics(answer));
  return m ? Number(m[1]) * 100 + (m[2] ? Number(m[2].padEnd(2, '0')) : 0) : wordsAfterCan(text);
}

/** "I can only pay twenty", "ik kan maar twintig euro betalen" (said on the phone): the number in words. */
const CAN_THEN_WORDS =
  / (ik kan|ik kon|i can|i could|ich kann|ich konnte|moge|moglbym|moglabym)( (maar|alleen|slechts|hooguit|maximaal|wel|only|just|about|maybe|nur|hochstens|maximal|vielleicht|etwa|tylko|najwyzej|okolo))*( (do|pay|afford|manage|spare|placic|zaplacic|dac))? ((\w+ ){1,4}?)((euro|euros|eur) )?((betalen|missen|aflossen|pay|zahlen|bezahlen|placic|zaplacic|splacac) )?$/;

function wordsAfterCan(text: string): number | undefined {
  const words = CAN_THEN_WORDS.exec(text)?.[6]?.trim();
  const euros = words ? parseNumberWords(words) : undefined;
  return euros !== undefined && euros > 0 && euros < 10000 ? euros * 100 : undefined;
}

/** The monthly amount a message offers, when it names one above zero (its text and recognised amount). */
export function offeredMonthlyCents(message: {
  text: string;
  entities: { amountCents?: number };
}): number | undefined {
  const own = ownMonthlyAmountCents(message.text, message.entities.amountCents);
  return own !== undefined && own > 0 ? own : undefined;
}

/** "50 a month", "€ 37,50 per maand" in a folded text, in cents. */
function digitsPerMonth(folded: string): number | undefined {
  const m = DIGITS_PER_MONTH.exec(folded);
  return m ? Number(m[1]) * 100 + (m[2] ? Number(m[2].padEnd(2, '0')) : 0) : undefined;
}

/** Every "50 a month", "€ 900 per maand" in a folded text, in cents. */
function allDigitsPerMonth(folded: string): number[] {
  const every = new RegExp(DIGITS_PER_MONTH.source, 'g');
  return [...folded.matchAll(every)].map(
    (m) => Number(m[1]) * 100 + (m[2] ? Number(m[2].padEnd(2, '0')) : 0),
  );
}

/** "thirty a month", "dreißig Euro im Monat": the number in words right before the monthly words. */
function wordsBeforeMonth(text: string): number | undefined {
  // "fünfzig Euro im Monat", "fifty euros a month": the currency after the number is no part of it.
  const before = text
    .slice(0, PER_MONTH.exec(text)!.index)
    .trim()
    .replace(/ (euros?|eur|zl|zloty|zlotych)$/, '')
    .split(' ');
  for (let from = Math.max(0, before.length - 4); from < before.length; from++) {
    const euros = parseNumberWords(before.slice(from).join(' '));
    if (euros !== undefined && euros > 0 && euros < 10000) return euros * 100;
  }
  return undefined;
}
