import { normalizeQuestion } from './normalizeQuestion';

/**
 * Who drove and whose car it is, said in the question (DOMAIN.md §4, "I wasn't the driver"): the
 * not-the-driver answer is written for the registered owner, so the citizen's own case leads it:
 * - driverNotOwner: the citizen drove someone else's car (a parent's, the company's, a lease car) or is
 *   a professional driver: the owner gets the fine; the driver can appeal with the owner's machtiging;
 *   a lease or rental company redirects it to the driver;
 * - ownerOtherDriver: the car is in the citizen's name and someone else drives it: the owner pays;
 * - clonedPlate: no car, or a plate copied: view the photo, appeal within 6 weeks.
 * The texts are `faq:direct.<id>`. Patterns work on normalizeQuestion's text.
 */
export type DriverLead = 'driverNotOwner' | 'ownerOtherDriver' | 'clonedPlate';

const I_DROVE =
  /\b(ik reed|reed ik|ik heb (\w+ )?gereden|ik was (de )?bestuurder|ik zat achter het stuur|i was driving|i drove|i was the driver|ich bin (\w+ )?gefahren|ich fuhr|ich war (der )?fahrer|jechalem|jechalam|prowadzilem|prowadzilam|bylem kierowca|bylam kierowca)\b/;
const OTHERS_CAR =
  /\b(auto|wagen|car|samochod\w*) van (mijn|mn|m n|onze) (moeder|vader|ouders|vriend\w*|baas|werkgever|broer|zus|oom|tante|opa|oma|buurman|buurvrouw)\b|\bvan (de zaak|het bedrijf|de baas|mijn werk)\b|\bop (haar|zijn|hun) naam\b|\blease\w*|\bvan de zaak\b|\bbedrijfsauto\b|company (car|van|vehicle)|\bmy (mums?|moms?|mothers?|dads?|fathers?|parents|friends?|boss|bosss|employers?|brothers?|sisters?) (car|van)\b|(car|van) of my (mum|mom|mother|dad|father|parents|friend|boss|employer)|firmen(wagen|auto|fahrzeug)|dienst(wagen|auto)|\b(auto|wagen) (meiner|meines) (mutter|vaters|eltern|freundes|freundin|chefs|arbeitgebers|firma)\b|samochod\w* (mamy|mamusi|taty|rodzicow|kolegi|szefa|firmy|pracodawcy)|samochod\w* (firmow\w*|sluzbow\w*)/;
const PROFESSIONAL =
  /\b(chauffeur|beroepschauffeur|vrachtwagenchauffeur|buschauffeur|taxichauffeur|koerier|pakketbezorger|truck driver|lorry driver|professional driver|delivery driver|bus driver|taxi driver|courier|berufskraftfahrer|lkw fahrer|busfahrer|taxifahrer|kurierfahrer|kierowca zawodowy|zawodowy kierowca|kierowca ciezarowki|kurier)\b|\b(vrachtwagen|truck|lorry|lkw|ciezarowk\w*|tir\w*)\b/;
const EMPLOYER =
  /\b(baas|werkgever|bedrijf|zaak|company|employer|boss|firm|firma|arbeitgeber|chef|unternehmen|pracodawc\w*|szef\w*|firm\w*)\b/;
const WHO_PAYS_OR_NAME =
  /betal\w*|\bpay\w*|zahl\w*|plac\w*|zaplac\w*|op mijn naam|in my name|auf meinen namen|na mnie|krijg ik|do i get|bekomme ich|dostane/;

const MY_NAME =
  /\b(op mijn naam|op mn naam|staat op mij|in my name|registered (to|in) (me|my name)|auf meinen namen|auf mich (zugelassen|angemeldet)|na mnie|na moje nazwisko)\b/;
const OTHER_DRIVES =
  /\b(rijdt|reed|rijden|gebruikt|drives|drove|driving|uses|fahrt|fuhr|gefahren|jezdzi|jezdzil\w*|uzywa)\b/;
const SOMEONE_ELSE =
  /\b(mijn|mn|my|meine?|moj\w*) (ex|vriend\w*|partner|man|vrouw|zoon|dochter|broer|zus|vader|moeder|huisgenoot|boyfriend|girlfriend|husband|wife|son|daughter|brother|sister|father|mother|flatmate|freund\w*|sohn|tochter|bruder|schwester|mann|frau|chlopak|dziewczyn\w*|maz|zona|syn|corka|brat|siostra)\b|\biemand anders\b|\bsomeone else\b|\bjemand anders\b|\bktos inny\b/;

const CLONED =
  /gekloond|gekopieerd\w* kenteken|nagemaakt\w* kenteken|vals\w* kenteken|kenteken (\w+ )?(gekloond|nagemaakt|gekopieerd|vervalst)|cloned|clone[sd]? (number )?plates?|copied (number )?plates?|fake (number )?plates?|kennzeichen (\w+ )?(geklont|kopiert|gefalscht|doppelt)|doppelt\w* kennzeichen|gefalscht\w* kennzeichen|sklonowan\w*|podrobion\w* (tablic|rejestracj)\w*/;
const NO_CAR =
  /\b(heb|had) (helemaal |zelf )?geen auto\b|\b(dont|do not|never) (even )?(have|had|own|owned) a car\b|\bi have no car\b|\b(habe|hatte) (gar )?(kein|keinen) (auto|wagen)\b|\bnie mam (\w+ )?samochodu\b|\bnigdy nie mialem samochodu\b/;

/** "Een boete voor een auto die niet van mij is", "ander kenteken op de brief": not their car at all. */
const NOT_MY_CAR =
  /\b(auto|car|wagen|samochod\w*) (die|dat|that|which|der|das) (\w+ ){0,2}(niet van mij|not mine|isnt mine|nicht mir|nicht meins?)\b|\bniet (van )?mijn auto\b|\bnot my car\b|\bnicht mein (auto|wagen)\b|\bnie (jest )?moj samochod\b|\b(ander|verkeerd|vreemd)\w* kenteken\b|\b(wrong|other|different|someone elses) (licen[cs]e|number|registration) plate\b|\b(falsch|fremd|ander)\w* kennzeichen\b|\b(inny|obcy|zly) numer rejestracyjny\b/;

/** The citizen's own case among these, or undefined. */
export function driverLead(text: string): DriverLead | undefined {
  const n = normalizeQuestion(text);
  if (CLONED.test(n) || NO_CAR.test(n)) return 'clonedPlate';
  // ("Ik reed in mn moeders auto, kan het op mijn naam?": the driver asking, not the owner.)
  if (I_DROVE.test(n) && OTHERS_CAR.test(n)) return 'driverNotOwner';
  if (MY_NAME.test(n) && OTHER_DRIVES.test(n) && SOMEONE_ELSE.test(n) && !I_DROVE.test(n))
    return 'ownerOtherDriver';
  if ((OTHERS_CAR.test(n) || PROFESSIONAL.test(n)) && EMPLOYER.test(n) && WHO_PAYS_OR_NAME.test(n))
    return 'driverNotOwner';
  // Checked last: "ik reed in de auto van mijn vader, niet mijn auto" is the driver asking.
  if (NOT_MY_CAR.test(n)) return 'clonedPlate';
  return undefined;
}

/** The car was with someone else: "mijn auto stond bij mijn broer", "my sister had my car", "mein Bruder hatte das Auto". */
const HAD_THE_CAR =
  /\b(had|heeft|hadden|hatte|hat|hatten|borrowed|leende|geleend|geliehen|pozyczyl\w*|mial\w*) (\w+ )?(mijn |mn |my |mein |meinen |das |de |het |the |moj\w* )?(auto|car|wagen|samochod\w*)\b|\b(auto|car|wagen|samochod\w*) (stond|was|stand|war|byl\w*) (\w+ )?(bij|with|bei|u) |\b(moim )?(autem|samochodem) (jezdzil\w*|jechal\w*)\b/;
/** Another question of its own (paying, instalments): that one is answered. */
const OTHER_ASK =
  /termijn|regeling|instal+ment|payment plan|raten|\braty\b|ratach|\b(hoe|how|wie|jak) (\w+ ){0,2}(betaal|betalen|pay|zahle|zahlen|zaplac\w*)/;

/**
 * Someone else had the citizen's car when the fine was given (also told while on holiday abroad): the
 * answer on who pays and how the driver appeals, not the answer for citizens who live abroad.
 */
export function someoneElseHadCar(text: string): boolean {
  const n = normalizeQuestion(text);
  return SOMEONE_ELSE.test(n) && HAD_THE_CAR.test(n) && !I_DROVE.test(n) && !OTHER_ASK.test(n);
}
