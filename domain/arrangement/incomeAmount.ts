import { foldDiacritics } from '../language/normalizeText';

/**
 * "Ik verdien maar 1100 per maand", "mijn huur is al 900", "ich verdiene nur 1200 im Monat": an
 * amount of income (wages, benefits, a pension) or of housing costs, said to explain that the
 * proposed monthly amount is too high. It is not an amount the citizen offers to pay a month.
 */

/** Income and housing-cost words in nl, en, de and pl (text folded: no diacritics, lower case). */
const INCOME =
  '(?:verdien\\w*|inkomen|inkomsten|salaris|loon|netto|bruto|uitkering|bijstand|pensioen|aow|huur|huurkosten|vaste lasten|' +
  'earn\\w*|income|salary|wages?|pay ?check|benefits?|pension|rent|' +
  'einkommen|gehalt|lohn|burgergeld|miete|warmmiete|kaltmiete|' +
  'zarabia\\w*|zarobk\\w*|dochod\\w*|pensj\\w*|wyplat\\w*|wynagrodzeni\\w*|zasilek|zasilku|emerytur\\w*|czynsz\\w*)';

/** An amount as typed: "1100", "1.100", "€ 1.100,50", "1200 euro". */
const AMOUNT = '(?:€\\s?)?\\d[\\d.,]*(?:\\s?(?:euros?|eur|€|zl|zlotych))?';

/**
 * The income word, then its amount within a few words: "verdien maar 1100", "my rent is already 900";
 * not across a comma ("I live on benefits, I could do 30 a month": the 30 is offered).
 */
const INCOME_THEN_AMOUNT = new RegExp(`\\b${INCOME}\\b(?:[^\\d€.,?!;]{0,30}?)${AMOUNT}`, 'g');
/** The amount, then its income word: "1100 netto", "900 euro huur", "1200 verdien ik". */
const AMOUNT_THEN_INCOME = new RegExp(`${AMOUNT}\\s(?:\\w+\\s){0,2}?${INCOME}\\b`, 'g');
const NAMES_INCOME = new RegExp(`\\b${INCOME}\\b`);

/** Whether the message speaks of income or housing costs at all. */
export function mentionsIncome(message: string): boolean {
  return NAMES_INCOME.test(foldDiacritics(message));
}

/**
 * The message (folded) without its income and housing-cost amounts, so that an amount left over
 * ("ik verdien 1100, kan ik 50 per maand betalen?") is still one of the citizen's own.
 */
export function withoutIncomeAmounts(message: string): string {
  return foldDiacritics(message).replace(INCOME_THEN_AMOUNT, ' ').replace(AMOUNT_THEN_INCOME, ' ');
}
