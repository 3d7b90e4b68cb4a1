import { normalizeQuestion } from './normalizeQuestion';

/**
 * A driving licence (or car) taken by the police on the road, e.g. for driving far too fast or after
 * drinking: "mijn rijbewijs is ingevorderd door de politie", "the police took my driving licence",
 * "Polizei hat meinen Führerschein eingezogen", "policja zabrała mi prawo jazdy". That is no coercive
 * measure of the CJIB for unpaid fines (DOMAIN.md §2.5 lists only those): the Openbaar Ministerie
 * decides on it. Unless the message says it was for unpaid fines. Patterns work on normalizeQuestion's text.
 */

/** The police, or a stop on the road. */
const POLICE =
  /\b(politie|politieagent\w*|agent(en)?|police\w*|officer|cops?|polizei\w*|polizist\w*|policj\w*|policjan\w*)\b|staande gehouden|aangehouden|aan de kant gezet|pulled over|angehalten|verkehrskontrolle|zatrzymal\w* do kontroli/;
/** Why the police take a licence at the roadside. */
const ON_THE_ROAD =
  /te hard|snelheid|flits\w*|gedronken|alcohol|drank|drugs|speeding|too fast|over the limit|drunk|drink driving|zu schnell|geschwindigkeit|betrunken|promille|za szybko|predkosc\w*|pijan\w*|po alkoholu|nietrzezw\w*/;
/** Taken for unpaid fines after all: the CJIB's own measure (the enforcement answers). */
const UNPAID =
  /\b(niet|nooit|not|never|nicht|nie)\b[a-z ]{0,20}\b(betaald|paid|bezahlt|zaplac\w*)|\bunpaid|openstaande|onbetaalde|\bopen (staan|stond|stonden|had staan|heb staan)\b|boetes? (\w+ ){0,3}open\b|outstanding|offene|unbezahlt\w*|niezaplacon\w*|zalegl\w*/;
/** The licence or the car. */
const LICENCE_OR_CAR =
  /\b(rijbewijs|driving licen[cs]e|licen[cs]e|fuhrerschein|prawo jazdy|prawa jazdy|auto|car|wagen|samochod\w*)\b/;

/** The licence itself. */
const LICENCE = /\b(rijbewijs|driving licen[cs]e|licen[cs]e|fuhrerschein|prawo jazdy|prawa jazdy)\b/;
/** Gone, in the citizen's own short words: "rijbewijs kwijt na flitsen", "lost my licence for speeding". */
const GONE = /\b(kwijt|weg|ingevorderd|lost|gone|losing|weg|verloren|los|straci\w*|odebran\w*|zabran\w*)\b/;

/**
 * "Rijbewijs kwijt na 60 te hard", "lost my licence for speeding": a licence gone at the roadside, which
 * the words for taking do not always say (the topic's cue; takenByPolice then picks the answer).
 */
export const LICENCE_GONE_ON_ROAD = new RegExp(
  `^(?=.*(${LICENCE.source}))(?=.*(${ON_THE_ROAD.source}))(?=.*(${GONE.source}))(?!.*(${UNPAID.source}))`,
);

/** The licence or car was taken by the police on the road, not by the CJIB for unpaid fines. */
export function takenByPolice(normalized: string): boolean {
  return (
    LICENCE_OR_CAR.test(normalized) &&
    (POLICE.test(normalized) || ON_THE_ROAD.test(normalized)) &&
    !UNPAID.test(normalized)
  );
}

const CAR = /\b(auto|car|wagen|samochod\w*|vehicle|fahrzeug|voertuig|pojazd\w*)\b/;

/** "Mijn rijbewijs is ingenomen": the licence, and no car, named (so "hoe krijg ik hem terug?" is the licence). */
export function namesLicenceOnly(text: string): boolean {
  const normalized = normalizeQuestion(text);
  return LICENCE.test(normalized) && !CAR.test(normalized);
}
