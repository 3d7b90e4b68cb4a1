/**
 * A question right after the answer on fines of someone who died, leaning on it: "moeten wij dat
 * betalen?", "do we have to pay it?", "müssen wir das zahlen?", "czy musimy to zapłacić?", "wat
 * gebeurt er nu met die boetes?". DOMAIN.md says nothing about it: the honest answer and a person
 * again, not "not sure what you mean". Works on normalizeQuestion's text.
 */

/** Paying, inheriting, what happens to it. */
const ASKS =
  /betal\w*|\bpay\w*|zahl\w*|bezahl\w*|plac\w*|zaplac\w*|erf\w*|inherit\w*|nalatenschap|estate|nachlass|spadk\w*|gebeurt|happens?|passiert|stanie|vervalt|vervallen|lapse|verfall\w*|kwijtgescholden|written off|umorz\w*/;
/** Leaning on the answer just given: "dat", "die boetes", "we", "it", "das", "to". */
const LEANS =
  /\b(wij|we|ons|onze|dat|die|deze|het|hij|zij|haar|hem|us|our|it|that|them|those|his|her|wir|uns|das|sein\w*|ihr\w*|musimy|nasz\w*|to|te|jego|jej|ich)\b/;
const MAX_WORDS = 12;

export function leansOnDeceasedAnswer(normalized: string): boolean {
  const words = normalized.trim().split(' ').filter(Boolean).length;
  return words > 0 && words <= MAX_WORDS && ASKS.test(normalized) && LEANS.test(normalized);
}
