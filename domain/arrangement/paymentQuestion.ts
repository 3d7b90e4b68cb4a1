import { normalizeQuestion } from '../knowledge/normalizeQuestion';
import { asksScheduleDuration } from './durationQuestion';
import { asksEnforcementMeanwhile } from './enforcementMeanwhile';
import { asksIncreaseMeanwhile } from './increaseMeanwhile';
import { asksAboutPayingInFull } from './payInFull';

/**
 * Questions about paying the instalments of the schedule on the table, in nl, en, de and pl
 * (folded). Each has an answer of its own; DOMAIN.md §1.3 and §1.10 leave most of these open
 * (payment method, another due day, paying early), so the answers say what is not known.
 */
export type PaymentQuestion =
  | 'payMore'
  | 'payAll'
  | 'otherDate'
  | 'paymentMethod'
  | 'letter'
  | 'someoneElse'
  | 'extraCosts'
  | 'laterTrouble'
  | 'lastDue'
  | 'binding'
  | 'withdraw'
  | 'documents'
  | 'lastDiffers'
  | 'notSentYet'
  | 'laterStart'
  | 'interest'
  | 'increaseMeanwhile'
  | 'enforcementMeanwhile'
  | 'sameEachMonth';

/** "Kan ik meer per maand betalen?", "can I pay it off early?", "kann ich früher zurückzahlen?", "czy mogę spłacić wcześniej?" */
const PAY_MORE =
  / ((meer|extra|hoger\w*) (\w+ ){0,3}(betalen|per maand|aflossen|overmaken)|(eerder|sneller|vervroegd) (\w+ ){0,3}(aflossen|afbetalen|betalen|klaar|afgelost|terugbetalen)|(pay|paying) (\w+ ){0,2}(more|extra|early|earlier|off early|it off|sooner|faster)|pay (\w+ ){0,3}(off|back) (early|earlier|sooner|faster)|(mehr|extra|hoher\w*) (\w+ ){0,3}(zahlen|bezahlen|pro monat|im monat)|(fruher|schneller|vorzeitig) (\w+ ){0,3}(zahlen|bezahlen|zuruckzahlen|abbezahlen|tilgen|fertig)|(wiecej|wyzsz\w*) (\w+ ){0,3}(placic|zaplacic|miesiecznie|rate)|(wczesniej|szybciej) (\w+ ){0,3}(splacic|zaplacic|placic|splacac)|(betalen|aflossen|afbetalen|overmaken) (\w+ ){0,2}(eerder|sneller|vervroegd)|(zahlen|bezahlen|tilgen|zuruckzahlen) (\w+ ){0,2}(fruher|schneller|vorzeitig)|(zaplacic|splacic|placic|wplacic) (\w+ ){0,2}(wczesniej|szybciej|wiecej)|nadplat\w*) /;
/** "Kan de datum de 25e worden?", "can I choose another day?", "anderes Datum?", "inny dzień płatności?" */
const OTHER_DATE =
  / ((andere|ander|latere|eigen) (\w+ ){0,2}(datum|dag|betaaldag|betaaldatum)|datum (\w+ ){0,3}(veranderen|aanpassen|wijzigen|verzetten|verschuiven|later|kiezen|worden)|(de|op de) \d{1,2}(e|ste|de)? (van de maand|worden|betalen)|(another|other|different|later|own) (\w+ ){0,2}(date|day)|(change|move|choose|pick) (\w+ ){0,3}(date|day)|(the )?\d{1,2}(st|nd|rd|th) (of the month|instead)|(anderes|anderen|spateres|eigenes) (\w+ ){0,2}(datum|tag|zahltag)|datum (\w+ ){0,3}(andern|verschieben|wahlen)|(inny|inna|innego|pozniejszy|wlasny) (\w+ ){0,2}(dzien|date|data|termin)|(zmienic|przesunac|wybrac) (\w+ ){0,3}(date|dzien|termin)|(eerste|first|erste|pierwsz\w*) (\w+ ){0,3}(later|spater|pozniej)|(later|spater|pozniej) (\w+ ){0,2}(beginnen|starten|begin|start|anfangen|zaczac|zaczynac)) /;
/** "Kann ich auch am 15. zahlen?", "can I pay on the 20th?", "mag ik op de 25e betalen?", "czy mogę płacić 10 dnia?" */
const ON_DAY =
  / (am|op de|on the|on|dnia|na) \d{1,2}(e|ste|de|st|nd|rd|th)? (\w+ ){0,2}(zahlen|bezahlen|betalen|pay|paying|placic|zaplacic)|\d{1,2} dnia (miesiaca )?(placic|zaplacic) /;
/** "Ik krijg pas op de 25e salaris", "I get paid on the 28th", "Gehalt kommt am 25.", "wypłata jest 10." */
const PAYDAY =
  / (salaris|loon|uitkering|salary|wages|paycheck|payday|get paid|gehalt|lohn|wyplat\w*|pensj\w*|pensioen|pension) /;
const DAY = / (\d{1,2}(e|ste|de|st|nd|rd|th)?|pas|later|spater|pozniej) /;
/** "Moet ik zelf overmaken of wordt het afgeschreven?", "is it a direct debit?", "Lastschrift?", "polecenie zapłaty?" */
const METHOD =
  / (afgeschreven|afschrijving|automatisch\w*|incasso|machtiging|direct debit|debited|automatic\w*|standing order|lastschrift|abbuchung|abgebucht|einzug|dauerauftrag|polecenie zaplaty|automatyczn\w*|sciagn\w*|zlecenie stale|przelew\w* stal\w*|stal\w* (zlecen\w*|przelew\w*)) /;
/** "Krijg ik een brief?", "do I get a letter?", "bekomme ich einen Brief?", "czy dostanę list?" (a confirmation is the contact's question) */
const LETTER =
  / ((krijg|ontvang) (ik )?(nog )?(een )?brief|(get|receive) (a |any )?letter|(bekomme|erhalte|kriege) (ich )?(einen )?brief|(dostane|otrzymam) (\w+ )?(list|pismo)) /;
/** "Mijn vriend betaalt het, kan dat?", "can my partner pay?", "kann meine Frau zahlen?", "czy mąż może zapłacić?" */
const SOMEONE =
  / (mijn |m(n|ijn) )?(vriend|vriendin|partner|man|vrouw|moeder|vader|ouders|broer|zus|werkgever|zoon|dochter|kind|kinderen|oma|opa|iemand anders|son|daughter|kids|children|grandma|grandpa|sohn|tochter|kinder|oma|opa|syn|corka|corki|dzieci|babcia|dziadek|friend|boyfriend|girlfriend|husband|wife|mother|father|mum|mom|dad|parents|brother|sister|employer|someone else|somebody else|freund|freundin|mann|frau|mutter|vater|eltern|bruder|schwester|arbeitgeber|jemand anders|maz|zona|zony|meza|mama|tata|rodzice|brat|siostra|pracodawca|ktos inny|chlopak|dziewczyna|kolega|kolezanka) /;
const PAYS =
  / (betaalt|betalen|betaald|overmaken|pays|pay|paying|paid|zahlt|zahlen|bezahlt|bezahlen|zaplaci|zaplacic|placi|placic|splaci) /;
/**
 * "Komen er nog kosten bij voor de regeling?", "kost een regeling extra?", "does the arrangement cost extra?",
 * "kostet die Ratenzahlung extra?", "fallen Zusatzkosten an?", "czy są dodatkowe opłaty?"
 */
const COSTS =
  / ((extra|nog|andere|aparte|meer|bijkomende) (\w+ ){0,2}kosten|(komen|zijn) er (\w+ ){0,2}kosten|kost (de |het |dat |een |zo n )?(regeling|betalingsregeling|iets|extra|geld)|kost (\w+ ){1,3}(extra|iets|geld)|zusatzkosten|mehrkosten|extrakosten|(entstehen|fallen) (\w+ ){0,2}kosten|(jakies|jakiekolwiek) (\w+ ){0,1}(oplat\w*|koszt\w*)|doplac\w*|gebuhr\w*|(is|are) there (a |any )?(fee|fees|charge|charges)|(fee|fees|charge|charges) for|(extra|additional|any|more) (\w+ ){0,2}(costs?|fees?|charges?)|cost (\w+ ){0,2}(extra|more|anything)|(extra|zusatzlich\w*|weitere|andere) (\w+ ){0,2}(kosten|gebuhr\w*)|kostet (\w+ ){0,3}(extra|etwas|geld)|dodatkow\w* (\w+ ){0,2}(oplat\w*|koszt\w*)|(ile|czy) (\w+ ){0,2}kosztuje|rente|interest|zinsen|odsetki|odsetek) /;
const MONTH =
  '(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|januar|februar|marz|juni|juli|oktober|dezember|stycz\\w*|lut\\w*|marc\\w*|marz\\w*|kwie\\w*|maj\\w*|czerw\\w*|lip\\w*|sierp\\w*|wrze\\w*|pazdz\\w*|listop\\w*|grud\\w*)';
/**
 * "Kan ik de eerste termijn pas in maart betalen?", "can I start paying in March?", "kann ich erst im März
 * anfangen?", "czy mogę zacząć płacić dopiero w marcu?", "uitstel?": a later start or deferral.
 */
const LATER_START = new RegExp(
  ` ((pas|erst|dopiero|starting|vanaf|ab|od) (\\w+ ){0,2}${MONTH}|(eerste|first|erste\\w*|pierwsz\\w*|beginnen|starten|start|begin|anfangen|zaczac|zaczynac|rozpoczac) (\\w+ ){0,4}(in|im|w|from|per) ${MONTH}|(in|im|w) ${MONTH} (\\w+ ){0,3}(beginnen|starten|begin|start|anfangen|zaczac)|uitstel\\w*|opschort\\w*|later (\\w+ ){0,2}(beginnen|starten|betalen met)|defer\\w*|postpone\\w*|(start|begin) (\\w+ ){0,3}later|aufschub|aufschieben|stundung|spater (\\w+ ){0,2}(anfangen|beginnen)|odrocz\\w*|pozniej (\\w+ ){0,2}(zaczac|zaczynac|rozpoczac)) `,
);
/** "Hoeveel rente betaal ik?", "is there interest?", "muss ich Zinsen zahlen?", "czy są odsetki?" */
const INTEREST = / (rente|interest|zinsen|zins|odsetki|odsetek|oprocentowanie) /;

/** "Wat als ik ziek word en niet kan betalen?", "what if I lose my job?", "was, wenn ich nicht zahlen kann?", "co jeśli nie będę mógł zapłacić?" */
const IF =
  / (wat als|en als|als ik|stel dat|what if|and if|if i|what happens if|was wenn|und wenn|wenn ich|falls ich|co jesli|a jesli|jesli|co jak|a jak|gdyby) /;
const TROUBLE =
  / (ziek|werkloos|ontslagen|baan kwijt|geen werk|(niet|geen) (\w+ ){0,2}(betalen|kan|meer)|sick|ill|lose my job|unemployed|cant pay|cannot pay|not able to pay|unable to pay|krank|arbeitslos|job verliere|nicht (\w+ ){0,2}(zahlen|bezahlen)|nicht mehr|chory|choroba|strace prace|bez pracy|nie (\w+ ){0,2}(zaplacic|placic|zaplace|moge|bede)|zu spat|verspat\w*|spozni\w*|za pozno) /;

/** "Wanneer is de laatste termijn?", "when is the last payment?", "wann ist die letzte Rate?", "kiedy ostatnia rata?" */
const LAST =
  / ((wanneer|when|wann|kiedy) (\w+ ){0,4}(laatste|last|final|letzte\w*|ostatni\w*)|(laatste|last|final|letzte\w*|ostatni\w*) (termijn|betaling|payment|instalment|installment|rate|rata|wplata) (\w+ ){0,2}(wanneer|when|wann|kiedy)|(wanneer|when|wann|kiedy) (\w+ ){0,4}(klaar|afbetaald|afgelost|done|paid off|finished|fertig|abbezahlt|splacon\w*|koniec)|(hoeveel|hoe hoog|how much|how big|whats|what is|wie hoch|wie viel|wieviel|ile|jaka) (\w+ ){0,3}(laatste|last|final|letzte\w*|ostatni\w*)) /;
/** "Is dit definitief?", "is this binding?", "ist das verbindlich?", "czy to jest wiążące?" */
const BINDING =
  / (definitief|bindend|vast aan|final|binding|committed|verbindlich|endgultig|festgelegt|ostateczn\w*|wiazac\w*) /;
/** "Kan ik het na het versturen nog annuleren?", "can I cancel it later?", "kann ich das später widerrufen?", "czy mogę to później anulować?" */
const WITHDRAW =
  / (annuleren|intrekken|stopzetten|stoppen|terugdraaien|opzeggen|cancel|withdraw|undo|stop it|zuruckziehen|stornieren|widerrufen|kundigen|beenden|anulowac|wycofac|zrezygnowac|przerwac) /;
const LATER =
  / (later|na het|daarna|achteraf|after|afterwards|once|nach dem|nachher|danach|spater|potem|pozniej|po wyslaniu) /;
/** "Moet ik iets opsturen?", "do I need to send documents?", "muss ich Unterlagen schicken?", "czy muszę coś wysłać?" */
const DOCUMENTS =
  / (opsturen|meesturen|insturen|bewijs\w*|documenten|papieren|loonstrook|send (\w+ ){0,2}(documents|proof|papers|anything)|documents|proof|payslips?|nachweis\w*|unterlagen|dokument\w*|schicken|einreichen|zaswiadcz\w*|dokumenty|wyslac cos|przeslac) /;

/** "Waarom is de laatste termijn anders?", "why is the last one different?", "warum ist die letzte Rate anders?" */
const WHY_LAST =
  / (waarom|hoezo|why|how come|warum|wieso|dlaczego|czemu) (\w+ ){0,4}(laatste|last|final|letzte\w*|ostatni\w*) /;
/** "Is het nu verstuurd?", "is it sent now?", "ist das schon abgeschickt?", "czy wniosek został wysłany?" */
const SENT =
  / (verstuurd|verzonden|aangevraagd|ingediend|sent|submitted|filed|abgeschickt|gesendet|eingereicht|versendet|wyslan\w*|zlozon\w*) /;
const ASKS_DONE = / (is|zijn|al|nu|has|have|been|already|now|ist|schon|jetzt|czy|juz|zostal\w*) /;

/**
 * "Is the monthly amount fixed?", "is het elke maand hetzelfde bedrag?", "bleibt die Rate immer gleich?",
 * "czy rata jest stała?": the schedule's equal monthly amounts (only the last absorbs the rounding).
 */
const AMOUNT_NAMED =
  / (monthly amount|monthly payment|instalments?|installments?|payments?|amount|maandbedrag|termijnen|termijn|bedrag|rate|raten|monatsrate|betrag|rata|raty|kwota) /;
const SAME =
  / (fixed|the same|same amount|same every month|vast|hetzelfde|gelijk|even ?veel|fest|feste|fester|immer gleich|gleich hoch|jeden monat gleich|gleiche|gleichen|stala|stale|taka sama|takie same|jednakow\w*) /;

export function paymentQuestion(question: string): PaymentQuestion | undefined {
  const text = normalizeQuestion(question);
  if (IF.test(text) && TROUBLE.test(text)) return 'laterTrouble';
  if (WHY_LAST.test(text)) return 'lastDiffers';
  // "Hoe lang duurt de regeling?": its months and last instalment.
  if (LAST.test(text) || asksScheduleDuration(question)) return 'lastDue';
  if (SENT.test(text) && ASKS_DONE.test(text) && !IF.test(text)) return 'notSentYet';
  if (AMOUNT_NAMED.test(text) && SAME.test(text) && !IF.test(text)) return 'sameEachMonth';
  // "Krijg ik nog een aanmaning als de eerste termijn pas in januari is?": not a later start.
  if (asksIncreaseMeanwhile(question)) return 'increaseMeanwhile';
  // "Komt de deurwaarder nu nog?": this request's situation, not the general enforcement steps.
  if (asksEnforcementMeanwhile(question)) return 'enforcementMeanwhile';
  if (LATER_START.test(text)) return 'laterStart';
  if (INTEREST.test(text)) return 'interest';
  if (OTHER_DATE.test(text) || ON_DAY.test(text) || (PAYDAY.test(text) && DAY.test(text))) return 'otherDate';
  if (WITHDRAW.test(text) && LATER.test(text)) return 'withdraw';
  if (BINDING.test(text)) return 'binding';
  if (METHOD.test(text)) return 'paymentMethod';
  if (LETTER.test(text)) return 'letter';
  if (SOMEONE.test(text) && PAYS.test(text)) return 'someoneElse';
  if (COSTS.test(text)) return 'extraCosts';
  if (PAY_MORE.test(text)) return 'payMore';
  // "Kan ik het ook in één keer betalen?": a question, not the schedule turned down.
  if (asksAboutPayingInFull(question)) return 'payAll';
  if (DOCUMENTS.test(text)) return 'documents';
  return undefined;
}
