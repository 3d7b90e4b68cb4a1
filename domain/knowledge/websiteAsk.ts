/**
 * "Wat is jullie website?", "waar kan ik online inloggen?", "what's your website", "wie lautet Ihre
 * Webseite", "gdzie mogę się zalogować?": the CJIB's site and where a citizen logs in (DOMAIN.md §1.10,
 * §2.2: cjib.nl; the Digitaal Loket with DigiD to see and pay open fines, the photo and an
 * arrangement). Its address is not in DOMAIN.md, which the answer says. Matched on normalizeQuestion's text.
 */

const SITE =
  /\b(website|websites|webside|webstek|site|webpagina|internetpagina|internetsite|homepage|web ?adres|internetadres|url|webseite|internetseite|internetadresse|strona|stron[aey] internetow\w*|strone|stronie|witryn\w*)\b/;
const WHICH =
  /\b(wat|welk\w*|waar|hoe|heeft|hebben|hebt|is er|what|whats|which|where|how|do you|have you|is there|was|welche\w*|wie|wo|haben|gibt es|lautet|jaki\w*|jak\w*|gdzie|czy|macie|ma)\b/;
const LOG_IN =
  /\b(inloggen|inlog|log ?in|login|logon|aanmelden|sign ?in|einloggen|anmelden|zalogowac|zaloguj\w*|logowani\w*)\b/;
const ONLINE_WHERE = /\b(waar|where|wo|gdzie|online|internet|digitaal|digital\w*|cyfrow\w*)\b/;
/** A login that fails is a DigiD problem, not the way in: "ik kan niet inloggen". */
const TROUBLE =
  /\b(niet|lukt|werkt|kapot|fout|error|cant|cannot|not|doesnt|fails?|nicht|geht|klappt|nie|blad\w*)\b/;
/** The site of another body (the OM's appeal loket, the RDW): not the CJIB's. */
const OTHER_BODY =
  /\b(rdw|om|openbaar ministerie|ombudsman|juridisch loket|belastingdienst|politie|police|polizei|policj\w*|cak|gemeente|deurwaarder\w*|bailiff\w*|gerichtsvollzieher\w*|komornik\w*)\b/;

export function asksForWebsite(normalized: string): boolean {
  if (OTHER_BODY.test(normalized)) return false;
  if (SITE.test(normalized) && WHICH.test(normalized)) return true;
  return LOG_IN.test(normalized) && ONLINE_WHERE.test(normalized) && !TROUBLE.test(normalized);
}
