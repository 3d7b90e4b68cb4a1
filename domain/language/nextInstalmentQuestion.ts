/**
 * Questions about a running arrangement's next step, once the fines were looked up: when (and how
 * much) the next instalment is, and whether the rest can be paid at once. Answered from the record.
 */
import { normalizeText } from './normalizeText';

/** An instalment or payment, also misspelt: "termijn", "termein", "instalment", "Rate", "rata". */
const INSTALMENT =
  '(termijn\\w*|termein\\w*|termjn\\w*|afbetaling|betaling|inst?al+ments?|payment|rate|ratenzahlung|zahlung|rat[aey]|wplat[aey]|platnos\\w*)';

/**
 * "Wanneer moet ik mijn volgende termijn betalen?", "when is my next instalment due?", "wann ist die
 * nächste Rate fällig?", "kiedy następna rata?", "hoeveel is de volgende termijn?".
 */
const NEXT = [
  new RegExp(`\\b(volgende|volgend|volgnde|eerstvolgende|komende) ${INSTALMENT}`),
  new RegExp(`\\bnext ${INSTALMENT}`),
  new RegExp(`\\b(nachste|nachsten|naechste|kommende) ${INSTALMENT}`),
  new RegExp(`\\b(nastepn\\w*|kolejn\\w*|nastepna) ${INSTALMENT}`),
  // "Wanneer moet de volgende betaald worden?", "when is the next one due?": the next, with no noun.
  /\bwanneer (moet|is|komt) (de|mijn) (volgende|eerstvolgende)\b/,
  /\b(when|by when) (is|do i pay|must i pay) (the|my) next( one)?\b/,
  /\bwann (ist|muss ich|zahle ich) (die|meine) nachste\b/,
  /\bkiedy (jest |mam zaplacic |place )?(nastepna|kolejna|nastepnej|kolejnej|nastepna)\b/,
  // "Wanneer moet ik weer betalen?", "when do I pay again?", "wann muss ich wieder zahlen?"
  /\bwanneer (moet|moeten|betaal) (ik|we) (weer|opnieuw|nog eens)\b/,
  /\bwhen (do|must|should) i (have to |need to )?pay (again|next)\b/,
  /\bwann (muss|zahle) ich (wieder|das nachste mal)\b/,
  /\bkiedy (znowu|ponownie) (musze )?(za)?placic\b/,
];

/** The rest, what is left: "de rest", "het restant", "the remainder", "den Rest", "resztę". */
const REST =
  /\b(de rest|het restant|restant|restbedrag|resterende bedrag|wat er nog (open )?staat|wat ik nog moet|alles|het hele bedrag|het totaal|the rest|the remainder|the remaining( amount| balance)?|the balance|what is left|whats left|everything|all of it|it all|the whole (amount|thing|lot)|den rest|rest|restbetrag|restschuld|alles|den ganzen betrag|reszt\w*|pozostal\w*|calosc|cala kwot\w*|wszystko)\b/;

/** At once: "in één keer", "ineens", "in one go", "auf einmal", "od razu". */
const AT_ONCE =
  /\b(in (een|1|een) keer|in (1|een) ?x|ineens|in een (betaling|bedrag)|in 1 betaling|nu meteen|meteen|tegelijk|at once|in one go|in one payment|in one lump|in full|now|right away|off early|early|auf einmal|in einem betrag|mit einer zahlung|sofort|vorzeitig|od razu|naraz|jednorazowo|za jednym razem|jedna wplata|wczesniej)\b/;

/** Paying: "betalen", "aflossen", "pay (off)", "zahlen", "ablösen", "spłacić". */
const PAY =
  /\b(betalen|betaal|aflossen|afbetalen|afkopen|voldoen|overmaken|pay|paying|settle|clear|zahlen|bezahlen|begleichen|ablosen|tilgen|uberweisen|zaplacic|splacic|placic|uregulowac|wplacic)\b/;

/** "Kan ik de regeling eerder afbetalen?", "pay off my arrangement early?": paying off the arrangement. */
const PAY_OFF_ARRANGEMENT = [
  /\b(regeling|betalingsregeling) (eerder |vervroegd |in een keer |ineens )?(afbetalen|aflossen|afkopen|afronden|stoppen en (alles )?betalen)\b/,
  /\bpay (off )?(my |the )?(payment )?(arrangement|plan) (off )?(early|at once|in one go|in full)\b/,
  /\b(ratenzahlung|raten) (vorzeitig|auf einmal|sofort) (ablosen|bezahlen|zahlen|begleichen)\b/,
  /\b(splacic|zaplacic) (caly )?(plan|raty) (od razu|wczesniej|naraz)\b/,
];

export function asksNextInstalment(text: string): boolean {
  const normal = normalizeText(text);
  return NEXT.some((cue) => cue.test(normal));
}

/**
 * "Kan ik de rest in één keer betalen?", "can I pay off the remainder at once?", "kann ich den Rest
 * auf einmal zahlen?", "czy mogę spłacić resztę od razu?": the rest at once, not in instalments.
 */
export function asksToPayRestAtOnce(text: string): boolean {
  const normal = normalizeText(text);
  if (PAY_OFF_ARRANGEMENT.some((cue) => cue.test(normal))) return true;
  return REST.test(normal) && AT_ONCE.test(normal) && PAY.test(normal);
}
