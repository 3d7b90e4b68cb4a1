import { saysLivingAbroad } from './residesAbroad';
import { asksAsRenter, asksRentalFee, RENTAL_COMPANY } from './rentalCar';
import { normalizeQuestion } from './normalizeQuestion';
import { asksCardAtHome, IN_PARTS } from './paymentPracticeAsks';
import { PRACTICAL_ASKS, type PracticalAskId, TOPIC_ONLY_ASKS } from './practicalAsks';
import type { TopicId } from './topics';

/**
 * Questions with one precise answer in DOMAIN.md that a topic's general text does not give first (or
 * at all): objecting to a punitive order ("do not pay"), living outside the EU, paying from outside
 * SEPA, a transfer that arrived short, one transfer per fine, a rental company's own fee, the
 * bailiff's details, a foreign fine contested abroad. Each is a short answer (`faq:direct.<id>`) said
 * before the topic's answer, or alone right after that answer. A question naming two of them ("in
 * dollars? and the letter came late") gets both (see specificLeads).
 */
export type SpecificAskId =
  | 'punitiveObjection'
  | 'outsideEu'
  | 'movedAway'
  | 'leavingNl'
  | 'payFromAbroad'
  | 'underpaid'
  | 'lateLetter'
  | 'oneTransferPerFine'
  | 'rentalFee'
  | 'rentalDriver'
  | 'bailiffContact'
  | 'europeanObjection'
  | 'noVrijwaring'
  | 'machtigingForm'
  | 'addressChange'
  | 'emailCopy'
  | 'soldCar'
  | 'termBeschikking'
  | 'termAanmaning'
  | 'termBetalingskenmerk'
  | 'termVervaldatum'
  | 'payViaService'
  | 'comeBack'
  | 'stillPay'
  | 'oldAddress'
  | PracticalAskId;

const PUNITIVE = /strafbeschikking|strafbefehl|punitive order|penalty order|nakaz\w* karn\w*/;
const DISAGREE =
  /bezwaar|beroep|verzet|oneens|niet (\w+ ){0,2}eens|appeal|object|disagree|contest|dispute|einspruch|widerspruch|nicht einverstanden|anfecht|odwol|sprzeciw|nie zgadzam|zaskarz|(eerst|first|erst|zuerst|najpierw) (\w+ )?(betalen|pay|zahlen|bezahlen|zaplac\w*)/;

/** Outside the EU (where the EU transfer of DOMAIN.md §5 does not reach), Brexit included. */
const OUTSIDE_EU =
  /\b(usa|the us|in the us|united states|america|american|amerika\w*|canada|canadian|kanada\w*|australi\w*|new zealand|the uk|uk|united kingdom|england|scotland|wales|britain|british|brexit|grossbritannien|vereinigte\w* konigreich|wielk\w* brytani\w*|anglii|szkocj\w*|engeland|schotland|verenigd koninkrijk|verenigde staten|vereinigte\w* staaten|stany zjednoczone|stanach|switzerland|schweiz|zwitserland|szwajcari\w*|norway|noorwegen|norwegen|norwegi\w*|turkey|turkije|turkei|turcj\w*|ukrain\w*|oekraine|outside (the )?eu|buiten de eu|ausserhalb der eu|poza (ue|unia\w*))\b/;
/** What the CJIB can do there, or what happens on return: not the payment itself. */
const REACH =
  /\b(dont pay|do not pay|not pay|dont|cant do|can they|could they|handled|still|enforce\w*|collect\w*|come back|coming back|return\w*|next year|happens|gebeurt|terugkom\w*|niet betaal|nicht (be)?zahl\w*|passiert|zuruck\w*|wieder|nie zaplac\w*|nie zaplace|wroc\w*|przyjad\w*|co sie stanie|brexit|live|living|woon|wohne|mieszkam)\b/;

const NON_SEPA =
  /\b(credit ?card|kreditkarte|creditcard|karta kredytow\w*|karte|karta|paypal|dollars?|usd|pounds?|gbp|swift|fremdwahrung|walut\w*|dolar\w*|funt\w*|non sepa|sepa|iban transfers?)\b/;
/** A payment service that sends an ordinary transfer. */
const SERVICE = /\b(wise|transferwise|revolut|western union|n26|moneygram)\b/;
/** "Muss ich trotzdem bezahlen?", "do I still have to pay?", "moet ik toch betalen?", "czy i tak muszę zapłacić?". */
const STILL_PAY =
  /\b(still|anyway|anyways|nevertheless|toch|alsnog|trotzdem|dennoch|i tak|mimo to|jednak)\b( \w+){0,4} (pay|betalen|zahlen|bezahlen|zaplac\w*|placic)\b|\b(pay|betalen|zahlen|bezahlen|zaplac\w*|placic)\b( \w+){0,3} (anyway|toch|trotzdem|i tak|mimo to)\b/;

/** The letter sent to an old address: "the letter went to my old address in Poland". */
const OLD_ADDRESS =
  /\b(old|previous|former|oude|vorige|vroegere|alte\w*|fruhere\w*|vorherige\w*|stary\w*|starym|poprzedni\w*) (address|adres|adresse)\b/;
/** No DigiD or living abroad, said after the photo's answer. */
const NO_DIGID_OR_ABROAD =
  /\b(no|geen|kein\w*|without|zonder|ohne|bez|nie mam|dont have|do not have)( \w+)? digid\b|\b(live|living|woon|wohne|mieszkam)\b( \w+){0,2} (in|w)\b/;

const PAY_ASK = /\b(pay|betalen|betaal|zahlen|bezahlen|zaplac\w*|placic)\b/;

/** "I was never in France!": the fine contested, said as a fact. */
const NEVER_THERE =
  /\b(never (been )?(in|there)|nooit (in|daar|geweest)|nie (in|dort|da)|niemals|nigdy (nie )?(bylem|bylam|w))\b/;

/** Arrived short: "the CJIB received 5 euro less", "te weinig ontvangen", "zu wenig angekommen". */
const SHORT =
  /\b(less|te weinig|minder|zu wenig|weniger|za malo|mniej|short)\b( \w+){0,4} (received|arrived|ontvangen|aangekomen|betaald|erhalten|angekommen|bezahlt|otrzyma\w*|doszl\w*|dotarl\w*|wplyn\w*|zaplac\w*)\b|\b(received|ontvangen|kreeg|got|erhalten|bekommen|otrzyma\w*) (\w+ ){0,3}(\d+ )?(euro|eur|€)? ?(less|minder|weniger|mniej)\b|\b(te weinig|zu wenig|za malo) (betaald|overgemaakt|bezahlt|uberwiesen|zaplac\w*|przelal\w*)\b/;
/** The letter came late: "the letter took 3 weeks to arrive", "brief kwam te laat", "Brief kam zu spät". */
const LATE_LETTER =
  /\b(letter|brief|schreiben|pismo|list)\b( \w+){0,5} (took|arrived late|came late|te laat|laat aan\w*|weken onderweg|zu spat|verspatet|spat (an)?gekommen|wochen|pozno|za pozno|szedl|szl\w*|doszedl pozno)\b|\b(arrived|came|kwam|kam|doszedl|dotarl)\b( \w+){0,3} (late|te laat|zu spat|pozno|za pozno)\b/;
const EXTRA_TIME =
  /\b(extra|more|meer|mehr|wiecej|dodatkow\w*|langer|longer|langer) (time|tijd|zeit|czasu)\b|\bextension\b|\buitstel\b|\baufschub\b|\bfrist\w*\b|\bodrocz\w*|\bkrijg ik\b|\bdo i get\b/;
const ONE_TRANSFER =
  /\b(both|all|two|beide|alle|twee|zwei|obie|obydwa|wszystkie|dwa)\b( \w+){0,4} (in )?(one|1|een|einer|eine|jednym|jeden)\b( \w+)? (transfer|payment|overboeking|betaling|keer|go|uberweisung|zahlung|przelew\w*|platnosc\w*)|(?<!\b(niet|not|nicht|nie) )\b(together|samen|tegelijk|zusammen|razem|combined|in een keer)\b( \w+){0,3} (pay|betalen|zahlen|uberweisen|zaplac\w*|overmaken)|\b(pay|betalen|zahlen|zaplac\w*|overmaken|uberweisen)\b( \w+){0,3} (together|samen|zusammen|razem)\b/;
const BAILIFF = /deurwaarder|bailiff|gerichtsvollzieher|komornik\w*/;
const CONTACT =
  /\b(contact\w*|reach|bereik\w*|bel(len)?|call|phone|email|kontakt\w*|erreich\w*|anrufen|zadzwon\w*|skontaktowac)\b/;
const FOREIGN_FINE =
  /\b(fine|boete|bekeuring|strafe|bussgeld\w*|strafzettel|mandat\w*|kar\w*)\b( \w+){0,3} (from|uit|aus|z|ze) (france|frankrijk|frankreich|francji|belgi\w*|germany|duitsland|deutschland|niemiec|spain|spanje|spanien|hiszpanii|italy|itali\w*|wloch|austria|oostenrijk|osterreich|austrii|poland|polen|polski|another (eu )?country|een ander land|einem anderen land|innego kraju|abroad|buitenland|ausland|zagranic\w*)\b/;
const VRIJWARING_MISSING =
  /\b(no|geen|dont have|do not have|havent|without|zonder|ohne|keine?n?|nie mam|bez|lost|kwijt|verloren|zgubil\w*)\b( \w+){0,4} vrijwaring\w*|vrijwaring\w*( \w+){0,4} (kwijt|lost|verloren|niet|not|nicht|nie)\b/;
const MACHTIGING = /\bmachtiging\w*|authori[sz]ation form|vollmacht\w*|upowaznien\w*/;
const WHERE_FORM =
  /\b(where|waar|wo|gdzie|which|welk\w*|form|formulier|formular|formularz|download\w*|pobrac|znajde)\b/;
const ADDRESS_CHANGE =
  /\b(change|update|wijzig\w*|doorgeven|veranderen|andern|aktualisier\w*|mitteilen|zmien\w*|zmiana|podac)\b( \w+){0,4} (address|adres|adresse|adresu)\b|\b(address|adres|adresse|adresu)\b( \w+){0,3} (change|wijzig\w*|doorgeven|andern|zmien\w*)\b|\bnew address\b|\bnieuw adres\b|\bneue adresse\b|\bnowy adres\b|\b(moved|verhuisd|umgezogen|przeprowadzil\w*)\b/;
const EMAIL_COPY =
  /\b(e ?mail|mail)\b( \w+){0,4} (copy|kopie|kopi\w*|letter|brief|schreiben|pismo)\b|\b(copy|kopie|kopi\w*)\b( \w+){0,4} (e ?mail|mail)\b/;

const SOLD =
  /\b(sold|verkocht|verkauft|sprzedal\w*)\b( \w+){0,3} (car|auto|wagen|samochod\w*|vehicle|voertuig|fahrzeug)\b|\b(car|auto|wagen|samochod)\b( \w+){0,3} (sold|verkocht|verkauft|sprzedan\w*)\b/;
const COME_BACK =
  /\b(come back|coming back|return\w*|visit\w*|terugkom\w*|terug naar|weer naar|zuruck\w*|wieder nach|wieder in|wroc\w*|przyjad\w*)\b( \w+){0,4} (netherlands|nl|holland|nederland|niederlande\w*|holandi\w*)\b/;

/** Leaving the Netherlands (to live elsewhere) with a fine still open. */
const LEAVING_NL =
  /\b(leav\w*|leave) (the netherlands|nl|holland)\b|\b(emigrat\w*|emigreer\w*|emigrier\w*|emigruj\w*)\b|\b(verlaat|verlaten|vertrek\w*) (\w+ )?(nederland|nl)\b|\b(verlasse|verlassen) (\w+ )?(die niederlande|holland)\b|\b(wyjezdzam|wyjade|opuszczam|opuszcze) (\w+ )?(z )?(holandi\w*|niderland\w*)\b/;
/** Moved out of the Netherlands, or a letter forwarded from the old address. */
const MOVED_AWAY =
  /\b(moved (out|away|abroad|back|to)|left (the netherlands|nl|holland)|forwarded|doorgestuurd|nagestuurd|verhuisd naar|vertrokken uit nederland|umgezogen|weggezogen|nachgeschickt|weitergeleitet|przeprowadzil\w*|wyprowadzil\w*|przeslal\w*|przekazal\w*)\b/;

/** Dutch words on the letter, asked about or read out ("it says Beschikking and Aanmaning on top"). */
const TERMS: readonly [SpecificAskId, RegExp][] = [
  ['termBeschikking', /\b(inleidende )?beschikking\b/],
  ['termAanmaning', /\baanmaning\w*/],
  ['termBetalingskenmerk', /\bbetalingskenmerk\w*/],
  ['termVervaldatum', /\bvervaldatum\w*/],
];
const ASKS_WORD =
  /\b(what is|whats|what does|what do|mean\w*|says?|written|on top|on it|wat is|wat zijn|wat betekent|betekent|betekenis|staat|bedeutet|heisst|was ist|was sind|steht|co to|co znaczy|znaczy|oznacza|napisane|explain\w*|uitleg\w*|erklar\w*|wyjasn\w*)\b/;
const TERM_TOPIC: Partial<Record<SpecificAskId, TopicId>> = {
  termAanmaning: 'late_payment',
  termBetalingskenmerk: 'how_to_pay',
  termVervaldatum: 'payment_deadline',
};

/** The letter's Dutch words asked about: one word leads to its topic, several to the letter explained. */
function termAsk(normalized: string): SpecificAsk | undefined {
  if (/strafbeschikking/.test(normalized) || !ASKS_WORD.test(normalized)) return undefined;
  const leads = TERMS.filter(([, re]) => re.test(normalized)).map(([id]) => id);
  if (!leads.length) return undefined;
  const topicId = leads.length === 1 ? (TERM_TOPIC[leads[0]] ?? 'letter_explained') : 'letter_explained';
  return { topicId, leads };
}

interface Ask {
  id: SpecificAskId;
  topicId: TopicId;
  test: (normalized: string) => boolean;
}

/** In order: the first that matches gives the topic; every one that matches gives a lead. */
const ASKS: readonly Ask[] = [
  { id: 'punitiveObjection', topicId: 'strafbeschikking', test: (n) => PUNITIVE.test(n) && DISAGREE.test(n) },
  {
    id: 'europeanObjection',
    topicId: 'european_fine',
    test: (n) => FOREIGN_FINE.test(n) && (DISAGREE.test(n) || NEVER_THERE.test(n)),
  },
  { id: 'bailiffContact', topicId: 'bailiff_involved', test: (n) => BAILIFF.test(n) && CONTACT.test(n) },
  { id: 'rentalFee', topicId: 'not_the_driver', test: asksRentalFee },
  { id: 'rentalDriver', topicId: 'not_the_driver', test: asksAsRenter },
  { id: 'noVrijwaring', topicId: 'not_the_driver', test: (n) => VRIJWARING_MISSING.test(n) },
  { id: 'soldCar', topicId: 'not_the_driver', test: (n) => SOLD.test(n) && !/vrijwaring/.test(n) },
  { id: 'machtigingForm', topicId: 'not_the_driver', test: (n) => MACHTIGING.test(n) && WHERE_FORM.test(n) },
  { id: 'underpaid', topicId: 'how_to_pay', test: (n) => SHORT.test(n) },
  { id: 'payViaService', topicId: 'how_to_pay', test: (n) => SERVICE.test(n) },
  {
    id: 'payFromAbroad',
    topicId: 'how_to_pay',
    // (A card or PayPal at home is the other ways' answer, not the international transfer.)
    test: (n) => NON_SEPA.test(n) && !RENTAL_COMPANY.test(n) && !asksCardAtHome(n),
  },
  // ("Beides zusammen in Raten zahlen?" asks for one arrangement for both: the instalments answer.)
  { id: 'oneTransferPerFine', topicId: 'how_to_pay', test: (n) => ONE_TRANSFER.test(n) && !IN_PARTS.test(n) },
  { id: 'lateLetter', topicId: 'payment_deadline', test: (n) => LATE_LETTER.test(n) && EXTRA_TIME.test(n) },
  {
    id: 'outsideEu',
    topicId: 'foreign',
    test: (n) => OUTSIDE_EU.test(n) && REACH.test(n) && !COME_BACK.test(n),
  },
  { id: 'comeBack', topicId: 'foreign', test: (n) => COME_BACK.test(n) },
  // "I'm leaving the Netherlands for good, what if I don't pay before I leave?": DOMAIN.md §5's facts.
  { id: 'leavingNl', topicId: 'foreign', test: (n) => LEAVING_NL.test(n) },
  // "Moved out of NL in August, the letter was forwarded": how to pass on the new address.
  // (The citizen moved abroad themselves: not someone else who moved, a rental's forwarded fine, a car sold.)
  {
    id: 'movedAway',
    topicId: 'foreign',
    test: (n) => MOVED_AWAY.test(n) && saysLivingAbroad(n) && !SOLD.test(n) && !RENTAL_COMPANY.test(n),
  },
  { id: 'oldAddress', topicId: 'how_to_pay', test: (n) => OLD_ADDRESS.test(n) && PAY_ASK.test(n) },
  { id: 'emailCopy', topicId: 'lost_letter', test: (n) => EMAIL_COPY.test(n) },
  {
    id: 'addressChange',
    topicId: 'contact',
    test: (n) =>
      ADDRESS_CHANGE.test(n) && /\b(how|hoe|wie|jak|can|kan|kann|czy|where|waar|wo|gdzie)\b/.test(n),
  },
  ...PRACTICAL_ASKS,
];

export interface SpecificAsk {
  topicId: TopicId;
  leads: SpecificAskId[];
}

/** The precise asks in a question: the topic of the first, and every lead (undefined when none). */
export function specificAsk(text: string): SpecificAsk | undefined {
  const normalized = normalizeQuestion(text);
  const found = ASKS.filter((ask) => ask.test(normalized));
  if (!found.length) return termAsk(normalized);
  const ids = found.map((ask) => ask.id);
  return {
    topicId: found[0].topicId,
    // (Moved away says how to pass on the new address already: not that said twice.)
    leads: ids.filter((id) => !TOPIC_ONLY_ASKS.has(id) && !(id === 'addressChange' && ids.includes('movedAway'))),
  };
}

/** A specific lead as `SpecificAskId`, or several joined with '+' ("payFromAbroad+lateLetter"). */
export type SpecificLead = SpecificAskId | `${SpecificAskId}+${string}`;

/** The leads for `topicId` when the question asks so: all found, joined with '+' (see directText). */
export function specificLead(topicId: TopicId, text: string): SpecificLead | undefined {
  const ask = specificAsk(text);
  if (ask?.topicId === topicId && ask.leads.length) return ask.leads.join('+') as SpecificLead;
  return followUpLead(topicId, text);
}

/**
 * A follow-up on the answer just given that only that answer's context explains ("Muss ich trotzdem
 * bezahlen?" after the rental car): its short answer, whatever topic the words alone would point to.
 */
export function followUpLead(topicId: TopicId | undefined, text: string): SpecificAskId | undefined {
  const normalized = normalizeQuestion(text);
  if (topicId === 'not_the_driver' && STILL_PAY.test(normalized)) return 'stillPay';
  if (topicId === 'foreign' && COME_BACK.test(normalized)) return 'comeBack';
  if (topicId === 'how_to_pay' && SERVICE.test(normalized)) return 'payViaService';
  return undefined;
}

/** "I don't have DigiD, I live in Belgium" after the photo: what that changes for viewing it. */
export function photoWithoutDigid(topicId: TopicId | undefined, text: string): boolean {
  return topicId === 'photo' && NO_DIGID_OR_ABROAD.test(normalizeQuestion(text));
}
