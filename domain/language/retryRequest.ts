/**
 * "Kunt u het nog eens proberen?", "probeer nog eens", "try again", "versuchen Sie es noch mal",
 * "spróbuj jeszcze raz": the citizen asks the assistant to do the same again (after a failure).
 */
import { normalizeText } from './normalizeText';

const TRY_AGAIN = [
  // nl
  /\b(probeer|probeert|proberen|probeer het|probeer t)\b.*\b(nog (eens|een keer|1 keer|ene keer)|opnieuw|weer)\b/,
  /\b(nog (eens|een keer)|opnieuw)\b.*\b(proberen|probeer|zoeken|opzoeken|kijken)\b/,
  /\b(kunt|kan|wil|zou) (u|je|jij) (het |t )?(nog (eens|een keer)|opnieuw)\b/,
  /^(nog (eens|een keer)|opnieuw)( (aub|graag|alstublieft|please))?$/,
  // en
  /\b(try|retry|check|look)\b.*\b(again|once more|one more time)\b/,
  /^(retry|again|once more)( please)?$/,
  // de
  /\b(versuch|versuche|versuchen|probier|probieren|probiere)\b.*\b(noch (mal|einmal|ein mal)|nochmal|erneut|wieder)\b/,
  /\b(noch (mal|einmal)|nochmal|erneut)\b.*\b(versuchen|probieren|nachschauen|nachsehen)\b/,
  // pl
  /\b(sprobuj|sprobuje|sprobowac|sprobowanie|sprobujmy|sprawdz)\b.*\b(jeszcze raz|ponownie|znowu)\b/,
  /\b(jeszcze raz|ponownie)\b.*\b(sprobowac|sprobuj|sprawdzic|sprawdz)\b/,
];

export function asksToTryAgain(text: string): boolean {
  const normal = normalizeText(text);
  return TRY_AGAIN.some((cue) => cue.test(normal));
}
