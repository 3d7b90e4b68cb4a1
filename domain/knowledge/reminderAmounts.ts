import { normalizeQuestion } from './normalizeQuestion';

/**
 * What a traffic fine (Wahv, letter M) grows to when it is not paid on time (DOMAIN.md §2.3): the 1st
 * reminder is 1.5 times the original fine, the 2nd 3 times (EUR 50 -> 75 -> 150). The amounts are set
 * by law; the administration costs come on top once and are not multiplied.
 */
export interface ReminderAmounts {
  firstCents: number;
  secondCents: number;
}

export function trafficFineReminderAmounts(fineCents: number): ReminderAmounts {
  return { firstCents: Math.round((fineCents * 3) / 2), secondCents: fineCents * 3 };
}

/**
 * The amount is named as the original fine: "mandat był 100 euro", "bij een boete van 100 euro",
 * "and if the fine was 100 euros?", "en bij 200 euro?". Not "ik moet nu 150 betalen" (the amount
 * after a reminder) and not two amounts ("was 80 now 240"), where an example would mislead.
 */
const FINE_NAMED =
  /\b(boete|bekeuring|verkeersboete|fine|ticket|bussgeld|strafe|strafzettel|mandat\w*)( \w+){0,2} (van|was|is|of|von|war|ist|betrug|betragt|wynosi|wynosil|byl|byla|w wysokosci)\b|^ (en |and |und |a |i )?(bij|for|with|bei|fur|przy|dla|if|als|wenn|jesli|gdy)\b/;

export function namesFineAmount(text: string): boolean {
  const numbers = text.match(/\d[\d.,]*/g) ?? [];
  return numbers.length <= 1 && FINE_NAMED.test(normalizeQuestion(text));
}
