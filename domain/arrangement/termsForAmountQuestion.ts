import { normalizeQuestion } from '../knowledge/normalizeQuestion';
import { foldDiacritics } from '../language/normalizeText';
import { parseNumberWords } from '../language/numberWords';
import { type ArrangementPolicy, termMonths } from './arrangementPolicy';
import { instalmentSchedule } from './instalmentSchedule';
import { ownMonthlyAmountCents } from './ownMonthlyAmount';

/**
 * "Ik heb een boete van 280 euro, hoeveel maanden krijg ik dan?", "how many months for 500 euros?",
 * "wie viel zahle ich im Monat bei 300 Euro?", "ile rat przy 400 zł?": a question about the standard
 * term table for an amount the citizen names. The amount alone decides it (DOMAIN.md §1.3), so no
 * lookup is needed; the amount comes from the recogniser's entities.
 */

/** Months, instalments, "per month": what the question is about. */
const ABOUT_TERMS =
  / (hoeveel|hoe ?veel|hoelang|hoe lang|aantal) (\w+ ){0,3}(maanden|termijnen|maand|per maand)|(maanden|termijnen) (krijg|heb|mag|kan|kun)| (per|in de|elke) maand | maandbedrag | in (delen|termijnen) | how (many|long) (\w+ ){0,2}(months|instalments|installments|payments)| (a|per|each) month | monthly | (in|by) (instalments|installments)| wie (viele|lange) (\w+ ){0,2}(monate|raten)| (im|pro) monat | monatlich | in raten | ile (\w+ ){0,2}(rat|miesiecy|miesiace)| (miesiecznie|na miesiac|co miesiac|w miesiacu) | na raty /;

/** "En hoeveel is dat per maand?", "how much a month is that?": the monthly amount of what was just said. */
const MONTHLY =
  / (per maand|in de maand|maandbedrag|a month|per month|each month|monthly|im monat|pro monat|monatlich|miesiecznie|na miesiac|co miesiac|w miesiacu|rata|raty|rate) /;

/** "2 boetes", "twee boetes", "meerdere boetes", "two fines", "zwei Bußgelder", "dwa mandaty". */
const SEVERAL =
  / ((\d+|twee|drie|vier|vijf|meer|meerdere|verschillende|nog een|nog een paar|andere|meer dan een) (\w+ )?(boetes|boete|brieven)|(\d+|two|three|four|five|several|more|multiple|another|other) (\w+ )?(fines|fine|letters)|(\d+|zwei|drei|vier|funf|mehrere|noch ein|noch einen|weitere) (\w+ )?(bussgelder|bussgeld|strafzettel|bescheide)|(\d+|dwa|dwie|trzy|cztery|kilka|wiecej|jeszcze jeden|jeszcze jeden) (\w+ )?(mandaty|mandatow|mandat|kary|kar)) /;

export function asksTermsForAmount(question: string): boolean {
  return ABOUT_TERMS.test(normalizeQuestion(question));
}

export function asksMonthlyAmountOfTerms(question: string): boolean {
  return MONTHLY.test(normalizeQuestion(question));
}

/** How many fines a message names ("2 boetes" → 2, "meerdere boetes" → 0: several, not counted). */
export function severalFines(question: string): number | undefined {
  const match = SEVERAL.exec(normalizeQuestion(question));
  if (!match) return undefined;
  const count = match[0].trim().split(' ')[0]!;
  const n = /^\d+$/.test(count) ? Number(count) : parseNumberWords(count);
  return n !== undefined && n >= 2 && n <= 20 ? n : 0;
}

/** The standard arrangement for an amount: the months of the table and the rounding rule's instalments. */
export type TermsForAmount =
  | { kind: 'belowMinimum'; amountCents: number; minimumCents: number }
  | { kind: 'terms'; amountCents: number; months: number; monthlyCents: number; lastCents: number };

export function termsForAmount(amountCents: number, policy: ArrangementPolicy): TermsForAmount {
  if (amountCents < policy.minimumCents)
    return { kind: 'belowMinimum', amountCents, minimumCents: policy.minimumCents };
  const months = termMonths(amountCents, policy);
  // The first due date plays no part in the amounts; any date will do.
  const { monthlyCents, lastCents } = instalmentSchedule(amountCents, months, '2000-01-01');
  return { kind: 'terms', amountCents, months, monthlyCents, lastCents };
}

/** "20 euro per maand", "50 a month", "30 € im Monat": an amount named as a monthly one. */
const AMOUNT_PER_MONTH =
  /\d[\d.,]*\s?(euros?|eur|€|zl|zloty|zlotych)?\s?(per maand|p\/?m\b|in de maand|elke maand|a month|per month|each month|every month|monthly|im monat|pro monat|monatlich|miesiecznie|na miesiac|co miesiac|w miesiacu)/;

export function namesMonthlyAmount(text: string): boolean {
  // ("Sixty euros a month", "fünfzig Euro im Monat", "trzydzieści euro miesięcznie": in words too.)
  return AMOUNT_PER_MONTH.test(foldDiacritics(text)) || ownMonthlyAmountCents(text, undefined) !== undefined;
}
