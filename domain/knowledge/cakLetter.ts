import { normalizeQuestion } from './normalizeQuestion';

/**
 * A letter about a CAK fine or health-insurance premium ("ik krijg een brief van jullie over
 * zorgverzekering premie cak wat is dat"): the CJIB collects it on behalf of the CAK (DOMAIN.md §5:
 * letter code B, fines collected for other government bodies), so it is not out of scope. What the CAK
 * decided is the CAK's to explain; paying goes through the CJIB. Patterns work on normalizeQuestion's text.
 */
const CAK = /\bcak\b|bestuursrechtelijke (zorg)?premie|wanbetalersregeling/;
const HEALTH_INSURANCE =
  /zorgverzekering\w*|zorgpremie\w*|ziektekosten\w*|health (insurance|care premium)|krankenversicherung\w*|krankenkass\w*|ubezpieczeni\w* zdrowotn\w*|ubezpieczenia zdrowotnego/;
const PREMIUM_OR_LETTER =
  /premie\w*|premium\w*|beitrag\w*|pramie\w*|skladk\w*|brief|letter|schreiben|pismo|list\b|cjib|jullie|boete|fine|bussgeld|mandat|kar\w*/;

/** Whether the message is about a CAK fine or premium that the CJIB collects. */
export function asksAboutCak(text: string): boolean {
  const n = normalizeQuestion(text);
  return CAK.test(n) || (HEALTH_INSURANCE.test(n) && PREMIUM_OR_LETTER.test(n));
}
