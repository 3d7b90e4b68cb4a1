/**
 * Enforcement asked about as a possibility, not as something that happened: "word mn rijbewijs
 * afgepakt als ik niet betaal?", "can they take my car if I don't pay?", "nehmen die mir den
 * Führerschein weg, wenn ich nicht zahle?". The answer says when it can come to that (DOMAIN.md §2.5:
 * only after the reminders and earlier steps such as a bank debit, up to 4 weeks), not what to do
 * now that the car or licence is taken. Patterns work on normalizeQuestion's text.
 */

/** If not paid, or whether they can: the question is about what may happen. */
export const IF_UNPAID = new RegExp(
  [
    '\\b(als|wanneer|indien) (ik|je|u|we|wij|hij|zij|ze)\\b( \\w+){0,3} niet( \\w+)? (betaal|betaalt|betalen|betaald)\\b',
    '\\b(kunnen|kan|mogen|mag|gaan|gaat|zullen|zal) (ze|zij|jullie|het cjib|de deurwaarder|de politie)\\b',
    '\\bif (i|you|we|he|she|they) (\\w+ ){0,2}(dont|do not|doesnt|does not|cant|cannot|never|can not|fail to|didnt) (\\w+ )?pay',
    '\\b(can|could|will|would|do) (they|you|the cjib|the bailiff|the police)\\b',
    '\\bwenn (ich|man|wir|er|sie)\\b( \\w+){0,3} nicht( \\w+)? (be)?zahl\\w*',
    '\\b(konnen|kann|durfen|darf|werden|wird) (sie|die|man|das cjib|der gerichtsvollzieher)\\b',
    '\\b(jesli|jezeli|gdy|kiedy) (\\w+ ){0,2}nie (zaplac\\w*|place|placi\\w*|splac\\w*)',
    '\\bczy (moga|moze|zabiora|zabierze|odbiora)\\b',
  ].join('|'),
);

const VEHICLE_OR_LICENCE =
  /\b(auto|car|wagen|samochod\w*|rijbewijs|driving licen[cs]e|licen[cs]e|fuhrerschein|prawo jazdy|prawa jazdy)\b/;

/** Taken: "afpakken", "innemen", "take", "wegnehmen", "einziehen", "zabrać". */
const TAKEN =
  /afpak\w*|afgepakt|meenem\w*|meegenomen|mitnehm\w*|mitgenommen|inne(em|men)\w*|ingenomen|ingevorderd|afnem\w*|afgenomen|wegnem\w*|weggenomen|in beslag|wielklem|buiten gebruik|\btak(e|en|ing)\b|seiz\w*|confiscat\w*|clamp\w*|immobili[sz]\w*|impound\w*|\bweg\b|wegnehm\w*|einzieh\w*|eingezogen|abnehm\w*|abgenommen|beschlagnahm\w*|stillleg\w*|stillgelegt|zabior\w*|zabra\w*|zabier\w*|odbior\w*|odebra\w*|zatrzyma\w*|zajm\w*|zaja\w*/;

/** A car or licence that might be taken if the fines stay unpaid. */
export function asksVehicleIfUnpaid(normalized: string): boolean {
  return VEHICLE_OR_LICENCE.test(normalized) && IF_UNPAID.test(normalized);
}

/** The same, asked in its own words ("nehmen die mir den Führerschein weg, wenn ich nicht zahle?"): the enforcement topic. */
export function asksVehicleTakenIfUnpaid(normalized: string): boolean {
  return asksVehicleIfUnpaid(normalized) && TAKEN.test(normalized);
}

/** Detention by any name: "opsluiten", "de cel in", "jail", "Gefängnis", "więzienie". */
const JAILED =
  /gevangenis|\bcel\b|vastgezet|vastzetten|opsluit\w*|opgesloten|gijzel\w*|gegijzeld|prison|jail\w*|locked up|lock (me|us) up|gefangnis|\bhaft\b|knast|einsperr\w*|eingesperrt|verhaft\w*|wiezieni\w*|areszt\w*|zamkn\w*|wsadz\w*/;

/** "Kunnen ze me opsluiten voor een paar boetes?", "can I go to jail for unpaid fines?": whether it can happen. */
export function asksDetentionIfUnpaid(normalized: string): boolean {
  return JAILED.test(normalized);
}

const FINES =
  /\b(boetes?|bekeuring\w*|fines?|tickets?|bussgeld\w*|strafzettel\w*|strafen|mandat\w*|kar)\b|niet beta\w*|not pay\w*|unpaid|nicht (be)?zahl\w*|nie (za)?plac\w*/;
const ASKS =
  /^ (kan|kunnen|mag|mogen|word|wordt|ga|gaan|moet|klopt|can|could|will|would|do|is it|kann|konnen|darf|durfen|werde|wird|muss|stimmt|czy)\b|\?/;

/** "Können die mich wirklich einsperren wegen ein paar Strafzetteln?": detention for fines asked about. */
export function asksDetentionForFines(normalized: string, said: string): boolean {
  return JAILED.test(normalized) && FINES.test(normalized) && (ASKS.test(normalized) || said.includes('?'));
}

/** Sitting it out: "zitten", "de cel in", "serve the time", "absitzen", "odsiedzieć". */
const SERVE =
  /\b(zitten|uitzitten|vastzitten|de (cel|bak|gevangenis) in|gijzeling|hechtenis|serve|serving|do (the )?time|sit (it )?out|go to (jail|prison)|jail|prison|absitzen|absitze|ins gefangnis|in haft|haft|odsiedz\w*|siedziec|do wiezienia|do aresztu)\b/;
/** Instead of paying, or the fine gone after it: "ipv betalen", "ben ik dan van de boete af", "statt zu zahlen". */
const INSTEAD =
  /\b(ipv|i p v|in plaats van|liever dan|instead|rather than|statt|anstatt|stattdessen|zamiast)\b|van (de|die|mijn|deze) (boete|schuld)\w* af|(boete|schuld)\w* (dan )?(kwijt|weg|voldaan|betaald)|off the (fine|hook)|(fine|debt)s? (be |is )?(gone|cancelled|canceled|cleared|paid off|wiped)|\b(bin ich|ist) (die|das|der|meine?)? ?(strafe|bussgeld|schuld|geldstrafe)? ?(dann )?(los|weg|erledigt|bezahlt)\b|\bquitt\b|(dlug|kara|grzywna|mandat) (\w+ )?(przepadnie|zniknie|umorzon\w*|splacon\w*)|\bmam spokoj\b/;

/** "Kan ik ook gewoon zitten ipv betalen?", "ben ik na 7 dagen zitten van de boete af?": detention instead of paying. */
export function asksServeInstead(normalized: string): boolean {
  return SERVE.test(normalized) && INSTEAD.test(normalized);
}

/** Buying off time to serve: "afkopen", "buy it off", "freikaufen", "wykupić", or avoiding it by paying. */
const BUY_OFF =
  /\b(afkop\w*|afkoop\w*|afgekocht|loskopen|buy (it |them |myself |my way )?(off|out)|pay (it )?off instead|freikauf\w*|loskauf\w*|ablos\w*|wykup\w*)\b|\b(door|by|durch|przez) (te |het )?(betal\w*|paying|zahl\w*|bezahl\w*|zaplat\w*|placeni\w*)\b/;
/** The detention itself: "vervangende hechtenis", "nog twintig dagen zitten", "jail time", "Ersatzhaft". */
const DETENTION =
  /\b(hechtenis|gijzeling|zitten|uitzitten|cel|gevangenis|jail|prison|detention|custody|serve|haft|ersatzhaft|gefangnis|erzwingungshaft|areszt\w*|wiezieni\w*|odsiedz\w*|zastepcz\w*)\b/;

/** "Kan ik vervangende hechtenis afkopen?", "ik moet nog 20 dagen zitten, kan ik dat afkopen": paying to avoid it. */
export function asksBuyOffDetention(normalized: string): boolean {
  return BUY_OFF.test(normalized) && DETENTION.test(normalized);
}
