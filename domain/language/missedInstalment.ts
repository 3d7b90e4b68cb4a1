/**
 * "Ik heb een betalingsregeling maar ik kan deze maand niet betalen", "I have a payment plan but I
 * can't pay this month", "ich habe eine Ratenzahlung, kann aber diesen Monat nicht zahlen", "mam plan
 * spłaty, ale w tym miesiącu nie mogę zapłacić": an instalment of a running arrangement will be
 * missed. That is no request for a new arrangement: the missed-instalment answer (DOMAIN §1.7) helps.
 */
import { normalizeText } from './normalizeText';

/** An arrangement the citizen already has. */
const HAS_ARRANGEMENT =
  /\b(ik heb (al |nu |sinds \w+ )?(een |de )?(betalings ?regeling|regeling)|(ik )?(zit|betaal) (al )?in (een |de )?(betalings ?)?regeling|mijn (betalings ?)?regeling|i (already |currently )?(have|am on|m on|ve got|got) (a |an |the )?(payment )?(arrangement|plan|instalment plan)|my (payment )?(arrangement|plan|instalment plan)|ich habe (schon |bereits )?(eine |die )?(ratenzahlung|ratenvereinbarung|zahlungsvereinbarung)|meine (ratenzahlung|ratenvereinbarung)|mam (juz |teraz )?(plan splaty|plan splat|rozlozenie na raty|raty|uklad ratalny)|moj (plan splaty|uklad ratalny))\b/;

/** This month's (or this) instalment cannot be paid. */
const CANNOT_PAY_NOW =
  /\b((kan|lukt)\w* (het |ik )?(deze|die|de volgende|volgende) (maand|termijn) (niet|even niet)|deze (maand|termijn) (kan ik )?niet (betalen|voldoen)|(can ?t|cannot|can not|won ?t be able to|unable to) pay (this|next) (month|instalment|installment)|miss (this|next|a|an) (month|instalment|installment|payment)|(diesen|nachsten) monat nicht (zahlen|bezahlen)|(diese|die nachste) rate nicht (zahlen|bezahlen)|w tym miesiacu nie (moge|dam rady) (zaplacic|splacic)|nie (moge|dam rady) (zaplacic|splacic) (raty )?w tym miesiacu|nie zaplace (tej )?raty)\b/;

/** When, in any word order: "deze maand", "this month", "diesen Monat", "w tym miesiącu". */
const THIS_TIME =
  /\b(deze|volgende) (maand|termijn)|\b(this|next) (month|instalment|installment)\b|\b(diesen|nachsten) monat\b|\b(diese|die nachste) rate\b|\bw (tym|przyszlym) miesiacu\b|\btej raty\b/;
/** Not able to pay, in any word order: "lukt het niet", "I cannot pay", "kann ich nicht zahlen", "nie mogę zapłacić". */
const CANNOT_PAY =
  /\b(kan ik (het )?niet|lukt (het )?niet|niet (betalen|voldoen|betaald krijgen)|niet (kan|kon) (betalen|voldoen)|(can ?t|cannot|can not|unable to|won ?t be able to) (pay|make)|kann ich nicht|nicht (zahlen|bezahlen)|nie (moge|dam rady|zaplace|bede w stanie))\b/;

/** Once, in any word order: "als ik een keer niet kan betalen", "what if I can't pay once", "wenn ich einmal nicht zahlen kann". */
const ONCE = /\b(een keer|1 keer|eens een keer|een maandje|once|one month|einmal|jeden miesiac|raz)\b/;
/** "Als ik een termijn mis", "what if I miss a payment", "wenn ich eine Rate verpasse", "jeśli opuszczę ratę". */
const MISS_ONE =
  /\b((een|1) (termijn|betaling) (mis|missen|gemist|oversla\w*|niet betaal\w*)|(mis|miss|missed|skip) (een|1|a|an|one) (termijn|payment|instalment|installment)|(eine|1) rate (verpass\w*|nicht (zahl|bezahl)\w*|auslass\w*)|(opuszcz\w*|pomin\w*|przegap\w*) (jedn\w* )?rat\w*|nie zaplace (jednej )?raty)\b/;

function instalmentMissed(normal: string): boolean {
  return (
    CANNOT_PAY_NOW.test(normal) ||
    MISS_ONE.test(normal) ||
    ((THIS_TIME.test(normal) || ONCE.test(normal)) && CANNOT_PAY.test(normal))
  );
}

export function saysMissedInstalment(text: string): boolean {
  const normal = normalizeText(text);
  return HAS_ARRANGEMENT.test(normal) && instalmentMissed(normal);
}

/**
 * The same without naming the arrangement, for a citizen known to have one (shown by the lookup or
 * filed in this conversation): "deze maand lukt het niet", "en als ik een keer niet kan betalen?".
 */
export function saysInstalmentWillBeMissed(text: string): boolean {
  return instalmentMissed(normalizeText(text));
}
