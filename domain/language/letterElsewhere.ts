/**
 * At the postcode question: the letter did not go to where the citizen lives. Seasonal workers'
 * letters go to the employment agency or the employer, others' to an old address, a hostel, family.
 * The postcode asked is that address's ("list przyszedł do biura pracy", "naar het uitzendbureau",
 * "an meine Firma", "to my employer"). Compared normalised (no accents, lower case).
 */
import { normalizeText } from './normalizeText';

const ELSEWHERE =
  /\b(uitzendbureau\w*|uitzendbureau|werkgever|baas|mijn werk|bedrijf|oude adres|oud adres|vorige adres|postadres|agency|employer|my work|the company|old address|previous address|agentur|zeitarbeit\w*|leiharbeit\w*|arbeitgeber\w*|firma|alte\w* adresse|biur\w* pracy|agencj\w*|pracodaw\w*|firm\w*|stary adres|starego adresu|poprzedni\w* adres\w*|hostel\w*|pension|pensjonat\w*)\b/;

export function letterWentElsewhere(text: string): boolean {
  return ELSEWHERE.test(normalizeText(text));
}
