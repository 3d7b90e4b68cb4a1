import type { TopicId } from './topics';

/**
 * Practical questions about paying that the general how-to-pay text does not answer first: paying a
 * fine of someone else, a payment method DOMAIN.md does not name (credit card, PayPal, Bancontact,
 * BLIK, over the phone), iDEAL failing, a payment not yet visible, paying from an account in another EU country (and
 * the BIC). Each is a short answer (`faq:direct.<id>`) that says yes, no or "I don't know" first and
 * is the whole answer (see WHOLE_PRACTICAL_LEADS). Matched on normalizeQuestion's text.
 */
export type PaymentPracticeAskId =
  | 'payForOther'
  | 'otherPayMethod'
  | 'payByPhone'
  | 'idealFails'
  | 'paymentNotVisible'
  | 'payFromEuAccount'
  | 'noDiscount';

export interface PracticeAsk<Id extends string> {
  id: Id;
  topicId: TopicId;
  test: (normalized: string) => boolean;
}

const PAY =
  /\b(betalen|betaal\w*|overmaken|pay\w*|zahl\w*|bezahl\w*|uberweis\w*|zaplac\w*|plac\w*|oplac\w*)\b/;
/** Who the fine belongs to, when it is not the one asking. */
const RELATIVE =
  '(zoon|dochter|kind|vriend|vriendin|man|vrouw|partner|moeder|vader|ma|pa|broer|zus|oma|opa|collega|buurman|buurvrouw|neef|nicht|son|daughter|child|kid|friend|husband|wife|partner|mother|mum|mom|father|dad|brother|sister|grandma|grandmother|grandpa|grandfather|colleague|neighbour|neighbor|sohn|tochter|freund|freundin|mann|frau|mutter|vater|bruder|schwester|oma|opa|kollege|kollegin|nachbar\\w*|syn\\w*|corki|corka|corke|kolegi|kolege|kolega|zony|zona|zone|meza|maz|mame|mamy|mama|taty|tata|brata|brat|siostry|siostra|siostre|babci|babcia|dziadka|sasiada)';
const OWNER = '(mijn|mn|m n|zijn|haar|my|his|her|mein\\w*|sein\\w*|ihr\\w*|moj\\w*|mojego|mojej)';
const FOR_OTHER = new RegExp(
  [
    // "de boete van mijn zoon betalen", "voor mijn vriend betalen", "voor hem betalen", "iemand anders"
    `\\b(boete|bekeuring|aanmaning)\\w* van ${OWNER} ${RELATIVE}\\b`,
    `\\b(voor|namens) (${OWNER} ${RELATIVE}|hem|haar|iemand( anders)?|een ander)\\b`,
    '\\biemand anders\\b',
    // "can my friend pay it", "mein Freund zahlt", "mój syn zapłaci": the other one paying
    // ("mag mijn zoon de boete voor mij betalen": four words between.)
    `\\b${OWNER} ${RELATIVE}( \\w+){0,4} (betalen|betaalt|overmaken|pay|pays|zahlen|zahlt|bezahlen|bezahlt|uberweisen|zaplacic|zaplaci|oplacic|przelac)\\b`,
    // "my son's fine", "pay it for him", "someone else"
    `\\b${OWNER} ${RELATIVE}s (fine|ticket|bill)\\b`,
    `\\bpay( \\w+){0,3} (for|on behalf of) (${OWNER} ${RELATIVE}|him|her|someone|somebody|them)\\b`,
    '\\b(someone|somebody) else\\b',
    // "das Bußgeld meines Sohnes", "für meinen Sohn / für ihn bezahlen", "jemand anderes"
    `\\b(bussgeld|strafe|strafzettel|mahnung)\\w* (meines|meiner|seines|seiner|ihres|ihrer) ${RELATIVE}`,
    `\\bfur (${OWNER} ${RELATIVE}|ihn|jemand\\w*)\\b`,
    '\\bjemand (anderes|anders)\\b',
    // "mandat syna", "zapłacić za syna / za niego / za kogoś"
    `\\b(mandat\\w*|kar\\w*) (${RELATIVE})\\b`,
    `\\bza (${OWNER} )?(${RELATIVE}|niego|nia|mnie|kogos)\\b`,
    '\\bktos inny\\b',
    `\\b(${RELATIVE}|ktos) (moze|moglby|moglaby|mogla|mogl) (\\w+ ){0,2}(zaplacic|oplacic|przelac|placic)\\b`,
    // "from his account", "vanaf zijn rekening", "von seinem Konto", "z jego konta"
    '\\b(van|vanaf|from|von|z) (zijn|haar|hun|zn|his|her|their|seinem|ihrem|jego|jej|cudzego|innego) (eigen |own |eigenen |wlasnego )?(bank ?)?(rekening|account|konto|konta|rachunku)\\b',
  ].join('|'),
);
/** Paying in instalments for someone is the arrangement's matter, not this answer. */
/** Paying in parts named: an arrangement's question, not one about a single payment. */
// ("Ik kan hem niet in één keer betalen", "can't pay it all at once": in parts too.)
export const IN_PARTS =
  /regeling|termijn|instal+ment|payment plan|raten|\brat(y|ach|ami)\b|rozloz|in delen|gespreid|afbetal|\bin (parts|portions|teilen)\b|w czesciach|\b(niet|not|nicht|nie|cant|cannot)\b( \w+){0,4} (in (een|1) keer|in one go|(all )?at once|auf einmal|na raz|jednorazowo)/;
/** "Moet ik als ouder betalen?", "do I have to pay": whether one must, which other answers say. */
const MUST =
  /\b(moet ik|moeten wij|moeten we|must i|do i have to|have i got to|muss ich|mussen wir|czy musze|musze)\b/;

/** Ways to pay DOMAIN.md §2.2 does not name. */
const CARD =
  /\b((with|by|using) (a |my |your )?(bank |debit |credit )?card|met (een |mijn |de )?(bank)?(kaart|pas)|credit ?card\w*|creditcard\w*|kreditkarte\w*|karta kredytow\w*|karta|karty|karte|visa|mastercard|maestro|debit ?card|debitcard|pinpas|pinnen|paypal|bancontact|apple ?pay|google ?pay|klarna|sofort\w*|giropay|blik\w*|przelewy ?24|payconiq|tikkie)\b/;
/** Paying over the phone (to a person or a phone menu), not with the bank's app on one's phone. */
const BY_PHONE =
  /\b(telefonisch|per telefoon|via de telefoon|over de telefoon|aan de telefoon|by phone|by telephone|over the phone|via phone|per telefon|am telefon|uber das telefon|telefonicznie|przez telefon)\b/;
/** Outside the euro or SEPA: payFromAbroad's answer (the international transfer) says it. */
const NON_EURO =
  /\b(dollars?|usd|pounds?|gbp|swift|fremdwahrung|walut\w*|dolar\w*|funt\w*|non sepa|outside (the )?(eu|eurozone|euro zone)|buiten de (eu|eurozone)|ausserhalb der (eu|eurozone)|poza (ue|strefa euro)|usa|the us|the states|america\w*|amerika\w*|australi\w*|canada|kanada|new zealand|the uk|uk|united kingdom|england|scotland|britain|switzerland|schweiz|zwitserland|norway|noorwegen|turkey|turkije|ukrain\w*|oekraine)\b/;

/** A card or wallet asked about, at home or in the eurozone: not the international transfer. */
export function asksCardAtHome(normalized: string): boolean {
  return CARD.test(normalized) && !NON_EURO.test(normalized);
}

/** "Met een creditcard?", "with PayPal?", "kartą?": a way to pay named alone, right after how to pay. */
function cardAlone(normalized: string): boolean {
  const words = normalized.trim().split(' ');
  return (
    words.length <= 4 && (words.length === 1 || /\b(met|with|mit|via|per|by|przez|uber)\b/.test(normalized))
  );
}

/** A card charged by someone else ("Hertz charged my credit card"): that fee's answer, not a way to pay. */
const CHARGED =
  /\b(charged|charge|rekende|gerekend|afgeschreven|berechnet|belastet|abgebucht|obciazyl\w*|pobral\w*|fee|gebuhr\w*)\b/;

const IDEAL = /\b(ideal|qr ?code|qr|betaallink|bankapp|banking app|bank app)\b/;
const FAILS =
  /\b(werkt niet|lukt niet|gaat (steeds )?(mis|fout)|foutmelding|fout|error|mislukt|geweigerd|doesnt work|does not work|not working|wont work|failed|fails|failing|funktioniert nicht|klappt nicht|geht nicht|fehler\w*|fehlgeschlagen|nie dziala|blad\w*|nie udalo|nie przechodzi)\b/;

const PAID =
  /\b(betaald|overgemaakt|paid|transferred|bezahlt|gezahlt|uberwiesen|zaplacil\w*|oplacil\w*|przelal\w*|(mijn|my|meine|die|de|the|moj|moja) (betaling|overboeking|payment|transfer|zahlung|uberweisung|przelew|platnosc))\b/;
/** Not visible yet, or how long processing takes. */
const NOT_YET =
  /\b(zie (het|ik|de betaling)( \w+){0,3} niet|niet (terug )?te zien|staat (nog )?(steeds )?open|nog niet verwerkt|niet verwerkt|verwerkt|verwerking|bijgeschreven|dont see|cant see|not showing|doesnt show|still (shows|open|unpaid|outstanding)|processed|processing|sehe (es|ich|die zahlung)( \w+){0,3} nicht|noch offen|verbucht|bearbeitet|angekommen|nie widac|nie widze|nadal (otwart\w*|niezaplac\w*)|zaksiegowan\w*|przetworzon\w*)\b/;

/** "How long until my payment plan request is processed?" asks about the request, not a payment. */
const ARRANGEMENT_REQUEST =
  /\b(regeling|betalingsregeling|aanvraag|payment plan|arrangement|request|application|antrag|ratenzahlung|wniosek|wniosku)\b/;

/** An account in another EU country, or the BIC: "von meinem deutschen Konto", "z polskiego konta", "brauche ich BIC". */
const BIC = /\b(bic|swift ?code|bic ?code)\b/;
const FOREIGN_ACCOUNT =
  /\b(duitse|belgische|poolse|franse|spaanse|oostenrijkse|italiaanse|tsjechische|roemeense|litouwse|ierse|portugese|buitenlandse|german|belgian|polish|french|spanish|austrian|italian|czech|romanian|lithuanian|irish|portuguese|slovak|hungarian|foreign) (bank ?)?(rekening|bankrekening|account|bank account|bank)\b|\b\w+(ischen|schen) (bank ?)?(konto|bankkonto|bank)\b|\bz \w+(skiego|ckiego) (konta|rachunku|banku)\b/;

/** A discount for paying now: "krijg ik korting als ik nu betaal?", "can I get a discount?", "gibt es Rabatt?". */
const DISCOUNT =
  /\b(korting|goedkoper|discount\w*|cheaper|rabatt\w*|billiger|skonto|znizk\w*|zniżk\w*|rabat\w*|taniej|upust\w*)\b/;

/** In order: the first that matches gives the topic; every one that matches gives a lead. */
export const PAYMENT_PRACTICE_ASKS: readonly PracticeAsk<PaymentPracticeAskId>[] = [
  // (DOMAIN.md knows no discount; paying on time is what avoids the statutory increases.)
  { id: 'noDiscount', topicId: 'payment_deadline', test: (n) => DISCOUNT.test(n) },
  { id: 'idealFails', topicId: 'how_to_pay', test: (n) => IDEAL.test(n) && FAILS.test(n) },
  {
    id: 'paymentNotVisible',
    topicId: 'payment_problem',
    test: (n) =>
      PAID.test(n) &&
      NOT_YET.test(n) &&
      !/twee keer|dubbel|twice|zweimal|dwa razy/.test(n) &&
      !ARRANGEMENT_REQUEST.test(n),
  },
  {
    id: 'otherPayMethod',
    topicId: 'how_to_pay',
    test: (n) =>
      asksCardAtHome(n) &&
      (PAY.test(n) || /\b(pinnen|met de pin)\b/.test(n) || cardAlone(n)) &&
      !CHARGED.test(n),
  },
  {
    id: 'payByPhone',
    topicId: 'how_to_pay',
    test: (n) => BY_PHONE.test(n) && PAY.test(n) && !IN_PARTS.test(n) && !CARD.test(n),
  },
  {
    id: 'payFromEuAccount',
    topicId: 'how_to_pay',
    test: (n) => (BIC.test(n) || FOREIGN_ACCOUNT.test(n)) && !NON_EURO.test(n),
  },
  {
    id: 'payForOther',
    topicId: 'how_to_pay',
    test: (n) => PAY.test(n) && FOR_OTHER.test(n) && !MUST.test(n) && !IN_PARTS.test(n),
  },
];
