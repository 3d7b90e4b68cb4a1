/**
 * Identifiers other than the CJIB number, named at the question for it: "mijn BSN is …", "can I use
 * my licence plate?". Neither is what the lookup needs, and the BSN is better not given at all.
 */

/** The citizen service number named. */
export function mentionsBsn(text: string): boolean {
  return /\b(bsn|burgerservicenummer|sofinummer|sofi-nummer|citizen service number)\b/i.test(text);
}

/** "Can I use my licence plate?", "mit dem Kennzeichen", "numer rejestracyjny": the plate named, not given. */
export function mentionsPlate(text: string): boolean {
  return /\b(licen[cs]e plate|number plate|registration( number)?|kenteken|nummerbord|kennzeichen|nummernschild|numer rejestracyjny|numeru rejestracyjnego|tablic\w* rejestracyjn\w*)\b/i.test(
    text,
  );
}
