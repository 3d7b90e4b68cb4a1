import { normalizeQuestion } from './normalizeQuestion';

/** "Vor 2 Wochen", "gisteren", "last week", "tydzień temu": when it was. */
const WHEN =
  /\b(\d+|een|twee|drie|vier|one|two|three|four|a|ein\w*|zwei|drei|vier|jeden|jedna|dwa|dwie|trzy|cztery) (dag|dagen|week|weken|maand|maanden|day|days|week|weeks|month|months|tag\w*|woche\w*|monat\w*|dzien|dni|tydzien|tygodni\w*|miesiac\w*) (geleden|ago|temu)\b|\b(vor|sinds|since|od) (\d+|einem|einer|zwei|drei|vier) (tag\w*|woche\w*|monat\w*)\b|\b(gisteren|eergisteren|vorige week|vorige maand|yesterday|last week|last month|gestern|vorgestern|letzte woche|letzten monat|vorige woche|wczoraj|przedwczoraj|w zeszlym tygodniu|w zeszlym miesiacu)\b/;
/** "Per Überweisung", "met iDEAL", "by bank transfer", "przelewem": how it was paid. */
const HOW =
  /\b(per|met|via|by|mit|uber|przez) (de |een |the |a |bank ?|der |einer )?(overboeking|overschrijving|ideal|bank|transfer|bank transfer|uberweisung|lastschrift|digitaal loket|app|bankapp)\b|\b(overgemaakt|overgeboekt|uberwiesen|przelewem|przelew|transferred|wired)\b/;
const WORDS_AT_MOST = 10;

/**
 * "Vor 2 Wochen per Überweisung", "2 weken geleden overgemaakt", "paid by transfer last week" right
 * after the answer on a payment the CJIB does not seem to have: when or how the citizen paid, which
 * that answer's short word on a payment not yet seen answers (keep the proof, staff can check it).
 */
export function saysWhenOrHowPaid(text: string): boolean {
  const normalized = normalizeQuestion(text);
  if (normalized.split(' ').length > WORDS_AT_MOST) return false;
  return WHEN.test(normalized) || HOW.test(normalized);
}
