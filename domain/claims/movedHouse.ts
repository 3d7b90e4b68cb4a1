import { foldDiacritics } from '../language/normalizeText';

/**
 * "Ik ben verhuisd, welke postcode moet ik geven?", "I have moved", "ich bin umgezogen",
 * "przeprowadziłem się": the citizen wonders which postcode the lookup wants (the letter's, not
 * the new one) — not a question about living abroad.
 */
const MOVED =
  /\b(verhuisd|verhuizing|verhuist|nieuw adres|nieuwe adres|oud adres|oude adres|ander adres|moved|moving house|new address|old address|different address|umgezogen|umzug|neue adresse|alte adresse|andere adresse|przeprowadzil\w*|przeprowadzka|nowy adres|stary adres|inny adres|zmienil\w* adres)\b/;

export function mentionsMovingHouse(text: string): boolean {
  return MOVED.test(foldDiacritics(text));
}
