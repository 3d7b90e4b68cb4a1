import { normalizeQuestion } from '../knowledge/normalizeQuestion';

/**
 * "Ik kan 25 euro betalen", "I can pay 25", "ich kann 25 Euro zahlen", "mogę płacić 25 euro": an
 * amount the citizen says they can pay, not the amount they owe (so no "below the EUR 75 minimum,
 * such as EUR 25"). A question about an amount owed ("kan ik 600 euro in termijnen betalen?", "czy
 * mogę zapłacić 600 w ratach?") is no such statement.
 */
const OFFERS =
  /(^| )(ik kan|ik zou|i can|i could|i ll|ich kann|ich konnte|ich wurde|moge|moglbym|moglabym)( \w+){0,4} (\d+|euros?|eur)( \w+){0,3} (betalen|betaal|missen|pay|afford|spare|zahlen|bezahlen|placic|zaplacic|splacac)\b|(^| )(ik kan|i can|i could|ich kann|moge)( \w+){0,2} (betalen|pay|afford|zahlen|bezahlen|placic|zaplacic)( \w+){0,2} \d/;

export function offersOwnAmount(text: string): boolean {
  const normalized = normalizeQuestion(text);
  return OFFERS.test(normalized) && !/(^| )czy moge /.test(normalized);
}
