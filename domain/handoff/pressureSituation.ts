import { normalizeQuestion } from '../knowledge/normalizeQuestion';
import { WHAT_TO_DO } from '../language/whatToDo';
import { CANNOT_PAY } from './hardshipSituation';

/**
 * A citizen under pressure who says it in their own words, often with typos, whatever the intent model
 * makes of it (DESIGN.md: kindness first, then the step that helps, then a person):
 * - shame: "ik schaam me ervoor", "I'm ashamed": not alone, the options, a person;
 * - cannotRead: "ik kan niet zo goed lezen": the assistant looks it up (the 16 digits), or a person;
 * - fineWhatNow: "ik heb n boet gekrege wat mot ik doen": what to do with a fine letter;
 * - amountTooHigh: "hoe kan dat zo hoog?": why amounts grow (reminders, DOMAIN.md §2.3), look it up;
 * - criminalRecord: "krijg ik een strafblad?": DOMAIN.md is silent, so honest and a person;
 * - refusesToPay: "ik betaal niks meer": calm, the legal increase, what follows and what can be done;
 * - increaseWaiver: "kan de verhoging eraf?": set by law (§2.3), a person can look at the situation;
 * - debtHelpWhere: "waar moet ik heen met die gemeente?": the municipality's debt help (§1.5).
 * Patterns work on normalizeQuestion's text (spaces at both ends).
 */
export type PressureSituation =
  | 'shame'
  | 'cannotRead'
  | 'fineWhatNow'
  | 'amountTooHigh'
  | 'criminalRecord'
  | 'refusesToPay'
  | 'increaseWaiver'
  | 'debtHelpWhere';

const SHAME = / (schaam\w*|gegeneerd|ashamed|embarrass\w*|schame\w*|scham mich|peinlich|wstydz\w*|wstyd\w*) /;

const CANNOT_READ = new RegExp(
  [
    '(kan|kun) (\\w+ ){0,3}(niet|slecht|moeilijk|nauwelijks) (zo |erg |heel |echt )?(goed )?lezen|lees (niet|slecht) (zo |erg )?(goed )?|laaggeletterd|dyslect\\w*|(lezen|taal) is moeilijk',
    '(cant|cannot|can not|dont|do not) read (\\w+ )?(very |so )?well|(cant|cannot|can not|unable to) read\\b|reading is (hard|difficult)|dyslexi\\w*|poor reader',
    'kann (\\w+ ){0,3}(nicht|schlecht|kaum) (so |sehr )?(gut )?lesen|legasthen\\w*|lesen fallt mir schwer',
    'nie (umiem|potrafie) (dobrze |za bardzo )?czytac|slabo czytam|problem\\w* z czytaniem|dysleksj\\w*',
  ].join('|'),
);
/** "I can't read it, it's in Dutch": the letter's language, which its own answer handles. */
const LANGUAGE =
  / (nederlands|dutch|niederlandisch|hollandisch|holenders\w*|niderlandzk\w*|english|engels|englisch|angielsk\w*|pools|polish|polnisch|duits|german|deutsch|niemiec\w*) /;

const FINE =
  / (boete\w*|boet|bekeuring\w*|bekeurin|prent|beschikking|brief|aanmaning\w*|fine|fines|ticket|penalty|bussgeld\w*|strafzettel|knollchen|mandat\w*|kar[aey]|grzywn\w*) /;
/** What to do now, typos included: "wat mot ik doen", "wat moet k ermee", "what do i do with it". */
const WHAT_NOW =
  / wat (moet|mot|moete|moett|mote|moetik|kan|kun|moeten) (ik|k|we|je|u)? ?(nu |dan |nou |daar |er )?(mee |ermee |daarmee )?(doen|doe|mee|ermee|daarmee) |wat nu |hoe (moet|mot) (dat|ik) (nu )?(verder)? |what (do|should|must) i do (with (it|this))?|was (soll|muss) ich (damit )?(tun|machen)|co (mam|musze) (z tym )?(zrobic|robic)/;

const HIGH =
  / (zo|zon|te|veel te|erg|heel|zo belachelijk) (hoog|duur)\b|hoger dan (ik|verwacht)|(so|too|that) (high|much|expensive)|why (is it|is my fine|is the fine|so) (so )?(high|much|expensive)|(so|zu|viel zu) (hoch|teuer)|(tak|za) (wysok\w*|duzo|drog\w*)/;
/** An instalment too high is the arrangement's own question. */
const INSTALMENT =
  / (maandbedrag|termijn\w*|per maand|maandelijks\w*|regeling|a month|per month|monthly|arrangement|payment plan|instal+ment\w*|monatlich\w*|ratenzahlung|rate|raten|rata|raty|miesiecz\w*|plan\w* splaty) /;

const CRIMINAL_RECORD =
  / (strafblad|strafregister|justitiele documentatie|vog|verklaring omtrent (het )?gedrag|criminal record|police record|vorstrafe\w*|vorbestraft|fuhrungszeugnis|strafregister|rejestr\w* karn\w*|karalnosc\w*|niekaraln\w*|zaswiadczeni\w* o niekaralnosci|kartotek\w*) /;

const REFUSES = new RegExp(
  [
    '(betaal|betalen) (\\w+ )?(niks|niets|geen cent|geen euro|nooit) ?(meer)?|(ga|wil) (\\w+ )?(niks|niets|nooit) (meer )?(\\w+ )?betalen|(ga|wil) (\\w+ )?niet meer (\\w+ )?betalen|weiger (\\w+ )?(te )?(\\w+ )?betalen',
    '(i )?(wont|will not|am not going to|refuse to|will never) pay|(i )?(m )?not paying (anything|a (penny|cent)|you|this)',
    '(ich )?(zahle|bezahle) (\\w+ )?(nichts|nicht|keinen cent) mehr|(ich )?werde (nichts|nicht) (mehr )?(be)?zahlen|weigere mich (zu )?zahlen',
    'nie zaplace (juz )?(nic|ani grosza|wiecej)|nie bede (juz )?(wiecej )?(nic )?placic|nic (juz )?(wiecej )?nie zaplace|odmawiam (zaplaty|placenia)',
  ].join('|'),
);
/** "Wat als ik niks betaal?", "a jeśli nie zapłacę?": what happens then (the knowledge base), not a refusal. */
const CONDITIONAL =
  / (als|stel dat|wat gebeurt|if|what happens|wenn|falls|was passiert|jesli|jezeli|gdyby|co sie stanie|a jak) /;
/** "Ik kan niks meer betalen" is cannot pay, not a refusal. */
const CANNOT = / (kan|kun|cant|cannot|can not|kann|moge) /;

const INCREASE =
  / (verhoging\w*|verhoogd\w*|aanmaning\w*|extra kosten|increase\w*|surcharge\w*|erhohung\w*|mahngebuhr\w*|zuschlag\w*|podwyzk\w*|oplat\w* dodatk\w*) /;
const WAIVE =
  / (eraf|er af|af gehaald|afhalen|kwijtschel\w*|schrappen|laten vallen|vervallen|terug(draaien|krijgen)?|weg(halen)?|waive\w*|remove\w*|cancel\w*|drop\w*|taken off|take (it )?off|erlassen|streichen|zuruck\w*|anulow\w*|umorz\w*|usun\w*|cofn\w*) /;

const MUNICIPALITY = / (gemeente\w*|municipality|council|gemeinde|gmin\w*|schuldhulp\w*|debt help) /;
const WHERE =
  / (waar|welke|hoe vind|hoe kom|wat zei|wie|where|which|how do i find|what did you say|wo |welche|wie finde|gdzie|ktor\w*|jak znalezc) /;

/** The situation a message tells, or undefined. Checked before the knowledge base answers it. */
export function pressureSituation(text: string): PressureSituation | undefined {
  const q = normalizeQuestion(text);
  if (SUICIDE_SAFE.test(q)) return undefined;
  if (REFUSES.test(q) && !CANNOT.test(q) && !CANNOT_PAY.test(q) && !CONDITIONAL.test(q))
    return 'refusesToPay';
  if (CRIMINAL_RECORD.test(q) && FINE_OR_PAY.test(q)) return 'criminalRecord';
  if (INCREASE.test(q) && WAIVE.test(q)) return 'increaseWaiver';
  if (SHAME.test(q)) return 'shame';
  if (CANNOT_READ.test(q) && !LANGUAGE.test(q)) return 'cannotRead';
  if (HIGH.test(q) && FINE_OR_AMOUNT.test(q) && !INSTALMENT.test(q)) return 'amountTooHigh';
  if (MUNICIPALITY.test(q) && WHERE.test(q)) return 'debtHelpWhere';
  if (A_FINE.test(q) && (WHAT_NOW.test(q) || WHAT_TO_DO.test(q)) && onlyGotAFine(q)) return 'fineWhatNow';
  return undefined;
}

/** Crisis words are the handoff gate's (distressSignal.ts, suicideSignal.ts): never answered here. */
const SUICIDE_SAFE = / (zelfmoord|suicid\w*|selbstmord|samobojstw\w*) /;
const FINE_OR_PAY = new RegExp(`${FINE.source}| (betal\\w*|pay\\w*|zahl\\w*|plac\\w*|straf\\w*) `);
const FINE_OR_AMOUNT = new RegExp(
  `${FINE.source}| (bedrag|amount|betrag|kwota|kwot\\w*|euro|eur|€|\\d+) |hoe kan (dat|het)`,
);

/** A fine itself (a letter, "I got a letter from the CJIB", has its own answer: what such letters are). */
const A_FINE =
  / (boete\w*|boet|bekeuring\w*|bekeurin|prent|fine|fines|ticket|penalty|bussgeld\w*|strafzettel|knollchen|mandat\w*|kar[aey]|grzywn\w*) /;

/**
 * Words of "ik heb n boet gekrege, wat mot ik nou doen" and its kin: a fine received and what to do,
 * nothing more. Anything else (a fine from Germany, a bailiff's letter) is a question of its own.
 */
const BARE =
  /^(ik|k|heb|hebt|had|een|n|de|die|het|deze|dit|van|jullie|cjib|gekregen|gekrege|ontvangen|gehad|kreeg|binnen|hallo|hoi|hey|goedemorgen|nou|nu|dan|wat|moet|mot|moete|kan|doen|doe|ermee|mee|daarmee|hoe|verder|i|got|have|received|a|an|the|this|from|you|hello|hi|what|do|should|must|now|with|it|ich|habe|einen|ein|eine|bekommen|erhalten|was|soll|muss|tun|machen|jetzt|damit|dostalem|dostalam|mam|co|teraz|zrobic|robic|musze|z|tym|dzien|dobry)$/;
function onlyGotAFine(normalized: string): boolean {
  const rest = normalized
    .trim()
    .split(' ')
    .filter((word) => !A_FINE.test(` ${word} `) && !BARE.test(word));
  return rest.length === 0;
}

/** Will it cost more, "komt er dan een verhoging bij?", "will an increase be added?", "wird es teurer?". */
const COSTS_MORE =
  / (verhoging\w*|verhoogd|duurder|hoger|extra kosten|meer betalen|increase\w*|surcharge|cost more|more expensive|extra costs|erhohung\w*|teurer|hoher|mehr zahlen|podwyzk\w*|drozej|wiecej placic|dodatkow\w* koszt\w*) /;

/**
 * A callback booked, then "wat gebeurt er met mijn boete als jullie pas morgen bellen, komt er dan een
 * verhoging bij?": waiting for the call adds nothing; an increase comes only after the letter's due
 * date (DOMAIN.md §2.3). Not a request to take an increase off.
 */
export function asksIfWaitingCostsMore(text: string): boolean {
  const q = normalizeQuestion(text);
  return COSTS_MORE.test(q) && !WAIVE.test(q);
}
