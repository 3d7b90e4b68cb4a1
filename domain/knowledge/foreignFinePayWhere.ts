/**
 * "Ik heb een boete gekregen in Frankrijk, moet ik die bij jullie betalen?", "got a speeding ticket in
 * Germany, do I pay it to CJIB?", "Strafzettel aus Belgien, zahle ich das beim CJIB?": someone living
 * in the Netherlands with another EU country's fine. That country's fine is paid as its letter says;
 * the CJIB collects it only once that country has passed it on (a European fine, DOMAIN.md
 * "Foreign / cross-border"). Not someone living abroad with a Dutch fine. Works on normalizeQuestion's text.
 */
const COUNTRY =
  '(duitsland|germany|deutschland|niemczech|niemiec|belgie|belgium|belgien|belgii|frankrijk|france|frankreich|francji|polen|poland|polska|polsce|polski|luxemburg|luxembourg|spanje|spain|spanien|hiszpanii|italie|italy|italien|wloszech|oostenrijk|austria|osterreich|austrii|tsjechie|czechia|tschechien|czech|portugal|portugalii|kroatie|croatia|kroatien|chorwacji)';
// ("In het buitenland" in Dutch is outside the Netherlands; "abroad", "im Ausland" can be the Netherlands to a visitor.)
const FROM_COUNTRY = new RegExp(
  ` (in|uit|from|aus|w|we|z|ze) ${COUNTRY} | (in|uit) het buitenland | buiten nederland `,
);
const FINE =
  / (boete\w*|bekeuring\w*|prent|ticket|fine|fines|penalty|strafzettel|bussgeld\w*|knollchen|mandat\w*|grzywn\w*|geflitst|bekeurd|beboet|geblitzt) /;
/** Paid here: "bij jullie", "aan het CJIB", "to CJIB", "beim CJIB", "w CJIB", "to you". */
const PAY_HERE =
  / (bij|aan|via) (jullie|het cjib|cjib|u) | (to|via|through) (the )?cjib | to you | (beim|an das|an|uber das|uber) (cjib|euch|ihnen) | bei euch | (w|do|przez) cjib | (wam|u was) /;
const PAY = / (betal\w*|pay\w*|zahl\w*|bezahl\w*|zaplac\w*|plac\w*|collect\w*|innen|int) /;
/** Living abroad, or the fine Dutch: the foreign-citizen answers. */
const ABROAD_WITH_DUTCH_FINE =
  / (woon|woont|wonen|live|living|lives|wohne|wohnen|mieszkam|mieszka|nederlandse|dutch|niederlandisch\w*|holenderski\w*|netherlands|nederland|niederlanden|holandii) /;

export function paysForeignFineHere(normalized: string): boolean {
  return (
    FROM_COUNTRY.test(normalized) &&
    FINE.test(normalized) &&
    PAY.test(normalized) &&
    (PAY_HERE.test(normalized) || / cjib /.test(normalized)) &&
    !ABROAD_WITH_DUTCH_FINE.test(normalized)
  );
}
