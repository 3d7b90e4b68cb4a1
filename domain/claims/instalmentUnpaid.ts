import { normalizeText } from '../language/normalizeText';

/*
 * "Ik heb een regeling maar ik ben ontslagen en kan de termijn van deze maand niet betalen", "I have a
 * payment plan but can't pay this month's instalment", "ich kann die Rate diesen Monat nicht zahlen",
 * "nie mogę zapłacić raty w tym miesiącu": an instalment of a running arrangement the citizen cannot
 * pay (DOMAIN.md §1.7: a missed instalment brings a reminder with the statutory increase; contact the
 * CJIB; a personal arrangement §1.4 or the noodstop §1.5 with a person). Not the general question
 * "wat als ik een termijn niet kan betalen?", which the knowledge base answers.
 */

/** The instalment: "termijn", "instalment", "Rate", "rata". */
const INSTALMENT =
  /\b(termijn\w*|aflossing|maandbedrag|instal+ments?|monthly (payment|amount)|rate|raten|monatsrate|rat[ay]?|rate)\b/;

/** The arrangement that runs, or this month's payment. */
const RUNNING_OR_NOW =
  /\b((een|mijn|de|onze) (betalings)?regeling|lopende|bestaande|deze maand|this month\w*|(a|an|my) (payment )?(plan|arrangement)|ratenzahlung|diesen monat|(plan|planu) (splaty|ratalny\w*)|w tym miesiacu|tego miesiaca)\b/;

/** Cannot pay it: a negation near a verb of paying, or "lukt niet", "nie stać mnie". */
const CANNOT =
  /\b((kan|kun|kunnen) (\w+ ){0,6}niet (\w+ ){0,2}(betalen|voldoen|overmaken|ophoesten)|(lukt|gaat) (\w+ ){0,4}niet|(cant|cannot|can not|unable to|wont be able to|not able to) (\w+ ){0,2}(pay|make|afford)|(kann|konnen) (\w+ ){0,6}nicht (\w+ ){0,2}(be)?zahlen|schaffe (\w+ ){0,4}nicht|nie (moge|dam rady|jestem w stanie|bede w stanie) (\w+ ){0,2}(zaplacic|placic|splacic|zaplacenia)|nie stac mnie)\b/;

/** Asked in general: "wat als ik…", "what if I…", "was passiert, wenn…", "co jeśli…". */
const IN_GENERAL = /^(wat (als|gebeurt)|what (if|happens)|was (passiert|wenn|ist wenn)|co (jesli|jezeli|sie stanie|gdy))\b/;

export function cannotPayRunningInstalment(message: string): boolean {
  const text = normalizeText(message);
  if (IN_GENERAL.test(text) || message.trim().endsWith('?')) return false;
  return INSTALMENT.test(text) && RUNNING_OR_NOW.test(text) && CANNOT.test(text);
}
