import { livesAbroadOrNoDigid } from './livingAbroad';

/**
 * A fine for a rented car (DOMAIN.md §4: the rental company appeals and the renter then gets a fine in
 * their own name, which is the one to pay). Patterns work on normalizeQuestion's text.
 */

export const RENTAL_COMPANY =
  /\b(hertz|sixt|avis|europcar|enterprise|budget|rental (company|car|agency)|car rental|hire car|verhuurder|autoverhuur\w*|huurauto|mietwagen\w*|mietauto\w*|autovermiet\w*|vermieter|wypozyczaln\w*|wypozyczon\w*)\b/;
/** "Aber das ist ein Mietwagen gewesen", "but it was a rental car", "maar het was een huurauto": the renter's case. */
const WAS_RENTAL =
  /\b(was|is|were|war|ist|gewesen|waren|bylo|byl|byla|to)\b( \w+){0,3} (rental (car|van)|hire car|huurauto|mietwagen\w*|mietauto\w*|wypozyczon\w*)\b/;
/**
 * The citizen rented the car the fine is for: "a letter about a rental car", "Bußgeld für einen Mietwagen",
 * "boete voor de huurauto", "wypożyczony samochód": the renter's answer, whatever else is said.
 */
const RENTED_CAR =
  /\b(rental (car|van|vehicle)|hire car|hired (a )?(car|van)|rented (a )?(car|van)|huurauto\w*|gehuurde (auto|bus|wagen)|(auto|bus) (\w+ )?gehuurd|mietwagen\w*|mietauto\w*|gemietet\w* (auto|wagen|fahrzeug)|(auto|wagen) (\w+ )?gemietet|wypozyczon\w* (samochod\w*|auto)|(samochod\w*|auto) (z )?wypozyczalni|(samochod\w*|auto) wypozyczon\w*|wynajet\w* (samochod\w*|auto))\b/;
/** How to pay that fine is asked: the ways to pay answer it ("how do I pay the fine for my rental car"). */
const HOW_TO_PAY =
  /\b(how|hoe|wie|jak|where|waar|wo|gdzie)\b( \w+){0,3} (pay|betaal|betalen|zahle|zahlen|bezahlen|zaplac\w*|placic)\b/;
const FEE =
  /\b(admin\w* fee|fee|charged|charge|kosten|administratiekosten|gebuhr\w*|bearbeitungs\w*|oplat\w*|credit card|creditcard|kreditkarte|twice|dubbel|zweimal|doppelt|dwa razy|podwojn\w*)\b/;
const NOT_DRIVER =
  /niet (de )?bestuurder|reed (zelf )?niet(?! (te |zo |veel |echt )?(hard|snel|harder|sneller|door rood|over))|niet (zelf )?gereden|wasnt (driving(?! (too |that |so )?(fast|quick|over|through))|the driver)|was not (driving(?! (too |that |so )?(fast|quick|over|through))|the driver)|not the driver|(didnt|did not) drive|nicht (selbst )?(der )?(fahrer|gefahren)|gar nicht der fahrer|nie (ja )?prowadzil\w*|nie (bylem|bylam) kierowc\w*/;

/** The rental company's own fee asked about, not who drove. */
export function asksRentalFee(n: string): boolean {
  return RENTAL_COMPANY.test(n) && FEE.test(n) && !NOT_DRIVER.test(n);
}

/**
 * The renter's case: a rental car that someone else drove, or a letter about a rental car. (Living
 * abroad: the renter abroad's own answer, livingAbroad.ts; how to pay it: the ways to pay.)
 */
export function asksAsRenter(n: string): boolean {
  if (RENTAL_COMPANY.test(n) && (NOT_DRIVER.test(n) || (WAS_RENTAL.test(n) && !FEE.test(n)))) return true;
  return RENTED_CAR.test(n) && !FEE.test(n) && !HOW_TO_PAY.test(n) && !livesAbroadOrNoDigid(n);
}
