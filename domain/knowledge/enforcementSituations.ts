import { WHAT_TO_DO } from '../language/whatToDo';
import type { DirectAnswerId } from './directAnswer';
import { IF_UNPAID } from './enforcementIfUnpaid';
import { normalizeQuestion } from './normalizeQuestion';
import type { TopicId } from './topics';

/**
 * Enforcement that is already happening (DOMAIN.md §2.5/§2.6): someone in gijzeling, a bailiff's
 * letter or wages garnished, a car or driving licence taken. The citizen needs what to do now, not the
 * list of what the CJIB can do if one keeps not paying. Patterns work on normalizeQuestion's text.
 */

/**
 * Someone detained for unpaid fines: "mijn broer is opgepakt", "my son was arrested", "w areszcie" (a
 * question about gijzeling in general, "moet ik na de 7 dagen nog betalen?", is the enforcement answer).
 */
/** A person close to the citizen ("mijn broer", "my husband", "meinen Sohn", "mojego syna"), or "him"/"her". */
const PERSON =
  '(mijn |my |meine?n? |moj\\w* )?(broer|zus|zoon|dochter|man|vrouw|vader|moeder|partner|vriend\\w*|brother|sister|son|daughter|husband|wife|father|mother|dad|mum|mom|boyfriend|girlfriend|friend|bruder|schwester|sohn|tochter|mann|frau|vater|mutter|freund\\w*|brat\\w*|siostr\\w*|syn\\w*|cork\\w*|mez\\w*|maz\\w*|zon\\w*|ojc\\w*|matk\\w*|him|her)';

const DETAINED = new RegExp(
  [
    // nl: "opgepakt", "zit vast", "zit in de cel", "opgehaald door de politie", "hoe krijg ik hem vrij uit gijzeling".
    'gegijzeld|(in|naar de) gijzeling (genomen|gezet|zit\\w*)|zit\\w* (nu )?in gijzeling|(vrij|los)\\w* uit (de )?gijzeling',
    'opgepakt|gearresteerd|zit (nu )?vast|zit (nu )?in de cel|vrijgelaten|vrijlaten',
    '(opgehaald|meegenomen|opgepakt) (door|van) de politie|politie (heeft|kwam)\\b[a-z ]{0,30}\\b(opgehaald|meegenomen|opgepakt)',
    `(hebben|heeft) (ze |de politie )?${PERSON} (opgehaald|meegenomen)|(is|werd) ${PERSON} (opgehaald|meegenomen)`,
    // en: "arrested", "locked up", "in jail for fines", "get him out of jail", "the police took my husband".
    'arrested|detained|locked up|taken into custody|civil detention|in (jail|custody|prison) (because|for|over)',
    'out of (jail|prison|custody)|(is|are|was|sits?) (now |still )?in (jail|prison|custody)|picked up by (the )?police',
    `police (took|have taken|came for|picked up) ${PERSON}|(took|taken) ${PERSON} away`,
    // de: "verhaftet", "festgenommen", "von der Polizei abgeholt", "sitzt in Haft".
    'verhaftet|festgenommen|erzwingungshaft|sitzt (jetzt )?(in haft|im gefangnis)',
    '(von der polizei|polizei hat)\\b[a-z ]{0,30}\\b(abgeholt|mitgenommen|festgenommen)',
    // pl: "aresztowany", "zatrzymany", "siedzi w areszcie", "policja zabrała mojego syna".
    `aresztowan\\w*|(zostal|zostala|zostali|jest) zatrzyman\\w*|zatrzyma\\w* ${PERSON}|(siedzi|jest) w areszcie|policja (zabrala|zatrzymala|aresztowala)(?! (mi |mu |jej |nam )?(moje |moj |mojego )?(prawo|prawa|samochod\\w*|auto|dowod\\w*|dokument\\w*))`,
  ].join('|'),
);

/**
 * "Kan ik gegijzeld worden?", "can I be arrested for this?": whether it can happen, which the general
 * enforcement answer tells (gijzeling only with the court's permission), not someone detained now.
 */
const POSSIBLY =
  '\\b(kan|kunnen|mag|mogen|word|wordt|worden) (ik|je|u|ze|men|hij|zij|mij|me|wij|we)\\b[a-z ]{0,30}\\b(gegijzeld|opgepakt|gearresteerd|vastgezet) (worden|word)\\b' +
  '|\\bcan (i|you|they|he|she|we) (be|get) (arrested|detained|locked up|jailed|put in (jail|prison))\\b' +
  '|\\b(kann|konnen) (ich|man|er|sie|wir) (verhaftet|festgenommen|in haft genommen) werden\\b' +
  '|\\bczy (moge|mozna|moga|moze) (zostac|byc|mnie) (aresztowan|zatrzyman|zamknac)\\w*';

/** Detention by any name ("gijzeling", "opgepakt", "jail", "Haft", "areszt"), as feared or threatened. */
const DETENTION_WORD =
  '(gijzel\\w*|gegijzeld|gevangenis|\\bcel\\b|vastgezet|vastzetten|vast (te )?(zitten|komen)|opgepakt|oppakken|opsluit\\w*|opgesloten|gearresteerd|arrest\\w*|jail\\w*|prison|detain\\w*|detention|locked up|lock me up|\\bhaft\\b|erzwingungshaft|gefangnis|knast|verhaft\\w*|festgenommen|einsperr\\w*|eingesperrt|areszt\\w*|wiezieni\\w*|zamkn\\w*|aresztuj\\w*|wsadz\\w*)';
const NEAR = '\\b[a-z0-9 ]{0,45}\\b';

/**
 * Gijzeling feared or threatened, not someone detained now: "ik ben bang dat ik gegijzeld word", "ik
 * krijg een brief dat ik gegijzeld word als ik niet betaal", "they threaten me with jail", "ich habe
 * Angst vor der Haft", "grozi mi areszt". Fear is answered with what prevents it (DOMAIN.md §2.5, §6:
 * a court does not allow gijzeling when someone truly cannot pay), never with the detention answer.
 */
export const DETENTION_FEARED = new RegExp(
  [
    // Fear or a threat, then detention: "bang dat", "dreigen met", "afraid of", "Angst vor", "boję się".
    `(bang|angst\\w*|vrees|schrik\\w*|dreig\\w*|scared|afraid|fear\\w*|worried|terrified|threat\\w*|warn\\w*|furcht\\w*|droh\\w*|sorge\\w*|boje sie|obawiam|grozi\\w*|strasz\\w*|ostrzeg\\w*)${NEAR}${DETENTION_WORD}`,
    // A letter or message that says so: "een brief dat ik gegijzeld word", "the letter says jail".
    `(brief|letter|bericht|aanmaning|schreiben|pismo|pismie|list)${NEAR}${DETENTION_WORD}`,
    // Said to be coming: "ze gaan me gijzelen", "they will arrest me", "sie wollen mich verhaften", "zamkną mnie".
    '(gaan|gaat|willen|wil|komen|zullen) (me|mij|ons) (\\w+ )?(gijzelen|oppakken|arresteren|opsluiten|vastzetten)',
    '(will|going to|gonna|want to|are coming to) (arrest|detain|jail|lock up) (me|us)|(put|send|throw) me (in|to) (jail|prison)',
    '(wollen|werden|kommen) mich (\\w+ )?(verhaften|einsperren|festnehmen|holen)|(muss|komme) ich (\\w+ )?(in haft|ins gefangnis)',
    '(zamkna|aresztuja|wsadza|zabiora) mnie|(pojde|trafie) do (wiezienia|aresztu)',
    // Detention if not paid: "gegijzeld als ik niet betaal", "jail if I don't pay", "areszt jeśli nie zapłacę".
    `(word|wordt|worden|ga|gaan|zal|zullen|will|going to|gonna|werde|wird|bede|pojde)\\b[a-z ]{0,20}${DETENTION_WORD}${NEAR}(als ik niet|if i (dont|do not|cant|cannot)|wenn ich nicht|jesli nie|jezeli nie)`,
    // Asked about oneself: "word ik opgepakt?", "ga ik de cel in?", "will I be arrested?", "werde ich verhaftet?"
    // ("… anders word ik opgepakt" is what someone said, e.g. a scam caller: not asked here).
    '(?<!(anders|sonst|otherwise|inaczej|want|omdat) )\\b(word|wordt) (ik|je|u) (nu |dan |nou |echt |straks |ook )?(opgepakt|gearresteerd|gegijzeld|vastgezet|opgesloten|opgehaald)\\b',
    '\\bga (ik|je) (nu |dan |nou |echt |straks )?(de cel|de gevangenis|vast|zitten|naar de gevangenis)\\b|\\bkom (ik|je) (nu |dan |echt )?(in de cel|in de gevangenis|vast te zitten)\\b',
    '(?<!(otherwise|or) )\\b(will|am|do) i (\\w+ )?(be|get|go|going to) (\\w+ )?(arrested|detained|locked up|jailed|to (jail|prison))\\b',
    '(?<!(sonst|anders|otherwise) )\\b(werde|komme) ich (jetzt |dann |wirklich )?(verhaftet|festgenommen|eingesperrt|ins gefangnis|in haft)\\b',
    '\\bczy (zostane|bede|pojde|trafie) (\\w+ )?(aresztowan\\w*|zatrzyman\\w*|do (wiezienia|aresztu))',
  ].join('|'),
);

/** Someone detained now, not a question whether it can happen (see POSSIBLY) nor a fear of it. */
export const DETAINED_NOW = new RegExp(
  `^(?!.*(${POSSIBLY}))(?!.*(${DETENTION_FEARED.source})).*(${DETAINED.source})`,
);

/**
 * Which bailiff it is: "wie is de deurwaarder dan?", "which bailiff?", "welcher Gerichtsvollzieher?",
 * "który komornik?". The bailiff's letter or the CJIB tells (DOMAIN.md product policy, §1.9).
 */
const WHICH_BAILIFF_SOURCE =
  '(wie is|welke|naam van) (de |die |mijn |een |het )?(deurwaarder|deurwaarderskantoor)|(which|what|who is the|who is my|name of the) bailiff|(welche\\w*|wer ist (der|mein)|name des) gerichtsvollzieher|(ktory|jaki|kto jest (moim )?) ?komornik\\w*';
const WHICH_BAILIFF = new RegExp(WHICH_BAILIFF_SOURCE);

/** A bailiff already involved or wages garnished: "beslag op mijn loon", "a bailiff letter", "Lohnpfändung". */
// ("Kunnen jullie beslag leggen op mijn uitkering?" asks whether it can happen: the enforcement answer.)
const GARNISH_POSSIBLE =
  '\\b(kunnen|kan|gaan|gaat|zullen|zal) (ze|zij|jullie|het cjib)\\b|\\b(can|could|will|would) (they|you|the cjib)\\b|\\b(konnen|kann|werden|wird|durfen|darf) (sie|ihr|das cjib)\\b|\\bczy (mozecie|moga|cjib moze)\\b';
export const BAILIFF_INVOLVED = new RegExp(
  `^(?!.*(${GARNISH_POSSIBLE}))` +
    '(?!.*\\b(rekening|bankrekening|account|konto|konta|rachunk\\w*)\\b).*(' +
    [
      // nl: "ze hebben beslag gelegd op mijn loon", "er ligt beslag op mijn uitkering", "ze houden te veel in".
      'beslag\\b[a-z ]{0,25}\\b(gelegd|op (mijn|zijn|haar|ons|het) (loon|salaris|uitkering|inkomen|pensioen))',
      '(ligt|zit|staat) (er )?beslag|loonbeslag|ingehouden|inhouden|inhouding|houd\\w* [a-z ]{0,20}\\bin (op|van)\\b',
      'deurwaarder (heeft|was|stuurt|stuurde|kwam|stond|belde|staat|is hier|komt vandaag)',
      // Which bailiff it is (see WHICH_BAILIFF): the bailiff is involved already.
      WHICH_BAILIFF_SOURCE,
      '(brief|post|bericht|papier\\w*) (van|gekregen van) (de|een) deurwaarder|deurwaardersbrief',
      // en: "a bailiff letter", "they are garnishing my wages", "taking money from my benefits".
      'bailiff (letter|came|come|was here|is here|is coming|sent|has|wrote|knocked|visited|is at|at my)',
      '(letter|notice|visit) from (a|the) bailiff',
      'garnish\\w*|(wages?|salary|pay|benefits?) (is |are |being |been |was |were )*(seized|withheld|docked)',
      '((they|bailiff|employer|cjib|you) (are |is )?(take|takes|taking|took)|deduct\\w*|withh[oe]ld\\w*)\\b[a-z ]{0,30}\\b(from|out of|of) (my|his|her|our) (wages?|salary|pay ?check|benefits?)\\b|how much can they take',
      // de: "Lohnpfändung", "mein Lohn wird gepfändet", "Brief vom Gerichtsvollzieher".
      'lohnpfandung|gehaltspfandung|kontopfandung|(lohn|gehalt|rente|burgergeld) (wird |ist |wurde )?gepfandet',
      '(behalt\\w*|einbehalt\\w*|abgezogen|zieht)\\b[a-z ]{0,30}\\b(lohn|gehalt)|(lohn|gehalt)\\b[a-z ]{0,30}\\b(einbehalten|abgezogen)\\b',
      'gerichtsvollzieher (war|kam|hat|schreibt|schickt|steht|stand|will)|(brief|schreiben|post) (vom|von einem|von dem) gerichtsvollzieher',
      // pl: "komornik zajął mi pensję", "pismo od komornika".
      'komornik\\w* (zajal\\w*|przyszedl|stoi|puka|wyslal|napisal|byl|zabiera\\w*|potraca\\w*|sciaga\\w*)',
      'zajeci\\w* (pensji|wynagrodzenia|emerytury|zasilku|komornicze)|potraca\\w*|(pismo|list) od komornika',
      // The protected earnings asked about by name.
      'beslagvrije voet|protected (earnings|amount)|pfandungsfreibetrag|pfandungsfreigrenze|kwota wolna od zajecia',
    ].join('|') +
    ')',
);

const BAILIFF = '(deurwaarder\\w*|bailiff\\w*|gerichtsvollzieher\\w*|komornik\\w*)';

/** The bailiff at the door now, or coming today ("de deurwaarder staat voor de deur", "bailiff is here"). */
export const BAILIFF_AT_DOOR = new RegExp(
  [
    // nl: "staat (bij mij) voor de deur", "aan de deur", "is hier", "komt vandaag".
    `${BAILIFF}\\b[a-z ]{0,25}\\b(voor|aan) (de|mijn|onze) (deur|voordeur)`,
    `${BAILIFF} (staat|is|zit) (nu )?(hier|bij (mij|ons)|binnen|thuis)\\b`,
    `${BAILIFF} (komt|staat) (vandaag|vanmiddag|vanavond|morgen|zo|straks|nu)\\b`,
    '(er )?(staat|is) (er )?(een|de) deurwaarder (bij|aan|voor|hier)',
    // en: "the bailiff is at my door", "bailiffs outside my house", "bailiff is coming today".
    `${BAILIFF}\\b[a-z ]{0,20}\\b(at|outside|on) (my|the|our) (door|doorstep|house|home|flat)`,
    `${BAILIFF} (is|are) (here|inside|in my house|coming (today|tomorrow|now))`,
    // de: "der Gerichtsvollzieher steht vor der Tür", "ist hier", "kommt heute".
    `${BAILIFF}\\b[a-z ]{0,20}\\b(vor|an) (der|meiner|unserer) (tur|haustur|wohnung)`,
    `${BAILIFF} (ist|steht) (jetzt )?(hier|da|bei mir|bei uns)\\b|${BAILIFF} kommt (heute|morgen|gleich|jetzt)`,
    // pl: "komornik stoi pod drzwiami", "komornik jest u mnie", "komornik przyszedł".
    `${BAILIFF}\\b[a-z ]{0,20}\\b(pod|przed|u) (drzwiami|domem|mieszkaniem|mnie|nas)\\b`,
    `${BAILIFF} (przyszedl|przyszli|puka|dobija sie|jest tutaj|jest tu|przyjdzie dzis|przyjdzie jutro)`,
  ].join('|'),
);

/** A vehicle or a driving licence. */
const VEHICLE =
  /\b(auto|car|wagen|samochod\w*|rijbewijs|driving licen[cs]e|licen[cs]e|fuhrerschein|prawo jazdy|prawa jazdy)\b/;
const LICENCE = /\b(rijbewijs|licen[cs]e|fuhrerschein|prawo jazdy|prawa jazdy)\b/;
/** Taken by the bailiff or the CJIB. */
const SEIZED =
  /in beslag|ingenomen|ingevorderd|afgepakt|meegenomen|weggehaald|opgehaald|weggenomen|afgenomen|wielklem|\bklem\b|buiten gebruik|weggesleept|seized|confiscated|taken (away)?|clamp\w*|booted|took|immobili[sz]ed|towed|impounded|gepfandet|beschlagnahmt|eingezogen|abgenommen|abgeschleppt|stillgelegt|parkkralle|zajal\w*|zajety|zabral\w*|odholowan\w*|zatrzymal\w*|zatrzyman\w*|zablokowa\w*|blokad\w*/;
/** Getting it back. */
const BACK =
  /\bterug\w*|\bback\b|zuruck\w*|wieder ?(bekomm|krieg|hab)|odzyska\w*|oddadza|oddac|odebrac|zwroc\w*/;

/**
 * A car or licence taken ("de deurwaarder heeft mijn auto in beslag genomen"), or that very thing
 * wanted back ("wanneer krijg ik mijn rijbewijs terug?", "kiedy odzyskam prawo jazdy?"; not "my car
 * was sold, do I get my money back?").
 */
export const VEHICLE_SEIZED = new RegExp(
  `^(?!.*(${IF_UNPAID.source}))(?=.*(${VEHICLE.source}))(?=.*(${SEIZED.source}))|(${VEHICLE.source})( \\w+){0,2} (${BACK.source})|(odzyska\\w*|oddadza|oddac|zwroc\\w*|odebrac)( \\w+){0,2} (${VEHICLE.source})`,
);

/** "Hoe krijgen we hem vrij?", "how do we get him out?", "wie kommt er frei?", "jak go uwolnić?". */
const RELEASE =
  /\bvrij\w*|eruit|naar huis|\bfree\b|release\w*|get (him|her|them|my \w+) out|\bout of (jail|prison|custody)|\bfrei\w*|raus\w*|entlass\w*|wypusc\w*|uwoln\w*|wyjdzie|wyjsc|wypuszcz\w*/;
/** How long it lasts: "hoe lang moet hij zitten?", "how many days?", "wie lange?", "ile dni?". */
const HOW_LONG =
  /(hoe ?lang|how long|wie lange?)(?! (heb ik|hebben we|do i have|do we have|have i got|habe ich|haben wir))|hoeveel dagen|how many days|wie viele tage|jak dlugo|ile dni|wanneer (komt|mag|is) (hij|zij|ze)|when (will|can|does) (he|she|they)|wann (kommt|darf|ist) (er|sie)|kiedy (wyjdzie|go wypuszcza|ja wypuszcza)/;
/** The time left to act: "hoeveel tijd heb ik?", "how long do I have?", "wie viel Zeit habe ich?", "ile mam czasu?". */
const TIME_LEFT =
  /(hoe ?lang|hoeveel tijd|tot wanneer) (heb ik|hebben we|heeft u)|how (long|much time) (do i|do we|have i|have we)|by when|wie ?(lange|viel zeit) (habe ich|haben wir)|bis wann|ile (mam|mamy) czasu|do kiedy/;
/** "How long do I have to pay?" asks the payment term, which the letter says (not the car's 4 weeks). */
const TO_PAY = /\b(to pay|om te betalen|te betalen|zu (be)?zahlen|zum (be)?zahlen|na (za)?plat\w*)\b/;
/** How much may be kept back from wages: "hoeveel mogen ze inhouden?", "how much can they take?". */
const HOW_MUCH =
  /hoeveel|how much|wie ?viel|ile\b|beslagvrije voet|protected (earnings|amount)|pfandungsfreibetrag|kwota wolna/;
/** Kept back from wages: "hoeveel mogen ze inhouden?", "how much can they take?", "wie viel bleibt mir?". */
const KEPT =
  /inhoud\w*|ingehouden|houd\w*|overhoud\w*|over ?blijf\w*|\bkeep\w*|\bkept\b|\btak\w*|\bleft\b|withh[oe]ld\w*|behalt\w*|einbehalt\w*|pfand\w*|ubrig|bleib\w*|potrac\w*|zostan\w*|zostaj\w*|zabior\w*|zabiera\w*|beslagvrije voet|protected|freibetrag|kwota wolna/;
/** Paying: "kunnen we het betalen?", "can we pay it for him?", "können wir zahlen?", "czy możemy zapłacić?". */
const PAY = /\b(betal\w*|pay\w*|zahl\w*|bezahl\w*|zaplac\w*|placi\w*)\b/;
/** Stopping it: "kan ik dat stoppen?", "can I stop it?", "kann ich das stoppen?", "czy mogę to zatrzymać?". */
export const STOP =
  /stop\w*|ophouden|ongedaan|beeindig\w*|(make|get) it stop|end (it|this|the)|aufhoren|beenden|aufheben|zatrzyma\w*|wstrzyma\w*|przerwa\w*|skonczy\w*/;

/** Longer messages carry their own subject; only short ones lean on the answer just given. */
const MAX_WORDS = 12;

/**
 * The short answer to a follow-up on one of these situations' answers ("hoe krijgen we hem vrij?"
 * after the gijzeling, "kan ik dat stoppen?" after the garnishment), or undefined.
 */
export function situationFollowUp(topicId: TopicId, text: string): DirectAnswerId | undefined {
  const normalized = normalizeQuestion(text);
  if (normalized.trim().split(' ').length > MAX_WORDS) return undefined;
  if (topicId === 'detention') {
    if (RELEASE.test(normalized)) return 'detentionRelease';
    if (HOW_LONG.test(normalized)) return 'detentionDuration';
    // "Hoeveel moeten we betalen?", "wat moeten we doen?": paying in full ends it, staff say how much.
    if (WHAT_TO_DO.test(normalized) || HOW_MUCH.test(normalized) || PAY.test(normalized))
      return 'detentionRelease';
    return undefined;
  }
  if (topicId === 'bailiff_involved') {
    if (WHICH_BAILIFF.test(normalized)) return 'bailiffWhich';
    if (STOP.test(normalized)) return 'bailiffStop';
    if (HOW_MUCH.test(normalized) && KEPT.test(normalized)) return 'bailiffAmountKept';
    // "Hoeveel moet ik betalen?", "wat moet ik doen?": the bailiff on the letter says what is owed.
    if (WHAT_TO_DO.test(normalized) || HOW_MUCH.test(normalized) || PAY.test(normalized))
      return 'bailiffSteps';
    return undefined;
  }
  // "Hoeveel tijd heb ik?" after the car was taken: up to 4 weeks, then it may be sold (DOMAIN.md §2.5).
  if (topicId === 'seized_vehicle' && TIME_LEFT.test(normalized) && !TO_PAY.test(normalized))
    return LICENCE.test(normalized) ? 'licenceBack' : 'vehicleTime';
  if (
    topicId === 'seized_vehicle' &&
    (BACK.test(normalized) || WHAT_TO_DO.test(normalized) || HOW_LONG.test(normalized))
  )
    return LICENCE.test(normalized) ? 'licenceBack' : 'vehicleBack';
  return undefined;
}

/** The short answer put before these topics' answer when the first question already asks it. */
export function enforcementLead(topicId: TopicId, text: string): DirectAnswerId | undefined {
  const normalized = normalizeQuestion(text);
  if (topicId === 'seized_vehicle' && LICENCE.test(normalized) && BACK.test(normalized)) return 'licenceBack';
  if (topicId === 'bailiff_involved' && BAILIFF_AT_DOOR.test(normalized)) return 'bailiffAtDoor';
  if (topicId === 'bailiff_involved' && WHICH_BAILIFF.test(normalized)) return 'bailiffWhich';
  if (topicId === 'bailiff_involved' && /hoeveel|how much|wie ?viel|\bile\b/.test(normalized))
    return 'bailiffAmountKept';
  return undefined;
}

/**
 * "Kan ik dat stoppen?" when the conversation is about the bailiff or garnishment: how to stop it,
 * never "there is nothing running I can stop" (that is for a cancel with no flow under way).
 */
export function asksHowToStop(text: string): boolean {
  const normalized = normalizeQuestion(text);
  const asks =
    text.trim().endsWith('?') || /^ (kan|kun|mag|hoe|can|could|how|kann|wie|czy|jak) /.test(normalized);
  return asks && STOP.test(normalized) && normalized.trim().split(' ').length <= MAX_WORDS;
}
