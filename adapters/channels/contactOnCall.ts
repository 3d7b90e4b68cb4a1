/**
 * "Neem dan contact op met het CJIB" said to a caller who is on the CJIB's line already: on the
 * phone the sentence is followed by the offer to put them through to a member of staff now, unless
 * the reply offers a person itself.
 */

/** Telling the citizen to contact the CJIB, in nl, en, de and pl. */
const CONTACT_CJIB =
  /neem\b[^.?!\n]*\bcontact op met het CJIB|\bcontact (?:with )?the CJIB\b|wenden Sie sich[^.?!\n]*\ban das CJIB|kontaktieren Sie das CJIB|skontaktowa\p{L}*[^.?!\n]*\bz CJIB|kontakt z CJIB/iu;
/** The reply offers a person already ("medewerker", "member of staff", "Mitarbeiter", "pracownik"). */
const PERSON_OFFERED = /medewerker|member of staff|a person|agent|Mitarbeiter|pracowni/i;

/** The spoken text with `offer` after the first sentence that tells the caller to contact the CJIB. */
export function withTransferOffer(text: string, offer: string): string {
  const found = CONTACT_CJIB.exec(text);
  if (!found || PERSON_OFFERED.test(text)) return text;
  const rest = text.slice(found.index);
  const end = rest.search(/[.?!](?=\s|$)/);
  const at = end < 0 ? text.length : found.index + end + 1;
  return `${text.slice(0, at)} ${offer}${text.slice(at)}`;
}
