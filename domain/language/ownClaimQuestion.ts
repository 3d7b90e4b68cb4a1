/**
 * Questions about the citizen's own fines once they were looked up: how many instalments are left,
 * the monthly amount, what is still to pay, and what the amount is made of. Answered from the claims
 * themselves, not with the whole overview again or the general rules.
 */
import { questionBeforeLookup } from '../claims/questionBeforeLookup';
import { asksIfCannotPay } from './cannotPayIf';
import { asksNextInstalment, asksToPayRestAtOnce } from './nextInstalmentQuestion';
import { normalizeText } from './normalizeText';
import { asksIfOverpaid } from './overpaidQuestion';
import { asksForTotal } from './totalAmountQuestion';
import { asksLowerRunningInstalment } from '../claims/runningArrangementWish';
import { asksWhatNow, asksWhichFirst } from './ownNextStepQuestion';
import { asksWhichFine } from './whichFineQuestion';

export type OwnClaimQuestion =
  | 'instalmentsLeft'
  | 'monthlyAmount'
  | 'openAmount'
  | 'paidOff'
  | 'breakdown'
  | 'dueDate'
  | 'reminder'
  | 'nextInstalment'
  | 'payRest'
  | 'whichFine'
  | 'cannotPay'
  | 'overpaid'
  | 'lowerInstalment'
  | 'payFirst'
  | 'whatNow'
  | 'paidAlready'
  | 'total';

/** "Hoeveel termijnen moet ik nog?", "how many instalments are left?", "wie viele Raten noch?", "ile rat mi zostało?" */
const INSTALMENTS_LEFT = [
  /\bhoeveel (termijnen|maanden|keer)\b/,
  /\bhow many (more )?(instal+ments?|payments|months)\b/,
  /\bwie ?viele (raten|monate|zahlungen)\b/,
  /\bile (jeszcze )?(rat|miesiecy)\b/,
];

/** Left to go: "hoeveel termijnen nog", not "hoeveel termijnen mag ik" (the general table). */
const STILL =
  /\b(nog|te gaan|left|remaining|more|still|to go|noch|ubrig|offen|zostalo|pozostalo|jeszcze|zostaje)\b/;

/** "Wat is mijn maandbedrag ook alweer?", "how much a month?", "Monatsrate", "ile miesięcznie?" */
const MONTHLY = [
  /\b(maandbedrag|termijnbedrag|maandtermijn|per maand|elke maand|iedere maand|in de maand)\b/,
  /\b(monthly (amount|payment|instal+ment)|a month|per month|each month|every month)\b/,
  /\b(monatsrate|monatlich\w*|pro monat|im monat|jeden monat|ratenbetrag|hohe der rate)\b/,
  /\b(miesiecznie|miesieczn\w*|na miesiac|co miesiac|wysokosc raty|rata miesieczna)\b/,
];

/** "Hoeveel moet ik nog betalen?", "how much do I still owe?", "wie viel muss ich noch zahlen?", "ile muszę jeszcze zapłacić?" */
const OPEN_AMOUNT = [
  /\bhoeveel (moet ik|staat er|is er|heb ik) nog\b/,
  /\bhoeveel (nog )?(openstaand|te betalen)\b/,
  /\bhow much (do i |have i |is )?(still |left |remaining )?(owe|left|remaining|to pay|outstanding)\b/,
  /\bhow much (do i )?still (have to |need to )?pay\b/,
  /\bwie ?viel (muss ich|schulde ich|ist|habe ich) (noch|offen)\b/,
  /\bile (jeszcze )?(musze|mam|zostalo|pozostalo|jestem winien|jestem winna)\b/,
  // "Wat was ook alweer het bedrag?": the amount itself, not an offer to pay it in instalments.
  /\b(wat|welk) (was|is) (ook alweer |nou |nu )?(het|mijn) (bedrag|totaal)\b/,
  /\b(het|mijn) bedrag ook alweer\b/,
  /\bwhat (was|is) (the|my) (amount|total)\b/,
  /\bwie hoch (war|ist) (der|mein) betrag\b/,
  /\bjaka (byla|jest) (ta |moja )?kwota\b/,
];

/**
 * "Wanneer moet ik betalen?", "what is the due date?", "bis wann muss ich zahlen?", "ile mam czasu na
 * zapłatę?", "waarom is de betaaldatum al voorbij?", "hoe lang heb ik nog?": the record's due date.
 */
const DUE_DATE = [
  /\b(betaaldatum|vervaldatum|uiterste (betaal)?datum|tot wanneer|wanneer moet (ik|het|de boete|dat) (uiterlijk )?(betalen|betaald|binnen))\b/,
  /\b(due date|deadline|by when|when (do|must|should) i (have to |need to )?pay|when is (it|the fine|this|that) due)\b/,
  /\b(bis wann|falligkeit\w*|zahlungsfrist|wann muss ich (das |es |die strafe )?(be)?zahlen|wann ist (das|es|die strafe) fallig)\b/,
  /\b(do kiedy|termin (platnosci|zaplaty)|ile mam czasu|kiedy musze (za)?placic)\b/,
  // "En wanneer moet dat uiterlijk?", "wann ist der letzte Tag?": the due date without "betalen".
  /\b(wanneer moet (ik|het|de boete|dat|die|dit) uiterlijk|uiterlijk wanneer|wat is de (laatste|uiterste) (dag|datum)|when is the (last|final) day|wann ist der letzte tag|kiedy (jest )?ostatni dzien)\b/,
  // "Moet ik nu betalen?", "hoef ik nu niet te betalen?" once the fines are shown: their due dates (or an appeal).
  /(?<!(hoeveel|wat|hoe|wanneer|waarom) )\b(moet|hoef) ik (het |dit |dat |die |de boete )?(nu |nu al |al |nog |eigenlijk )(niet )?(te )?betalen\b/,
  /(?<!(how much|what|how|when|why) )\bdo i (have|need) to pay (it |this |that )?(now|yet|at all)\b/,
  /(?<!(wie viel|wieviel|was|wie|wann|warum) )\bmuss ich (das |es |den betrag )?(jetzt|schon|uberhaupt) (be)?zahlen\b/,
  /\bczy musze (to |teraz |juz )+(za)?placic\b/,
  // "Dus ik hoef nu niks te betalen?", "so I don't have to pay anything?", "also muss ich jetzt gar nichts
  // zahlen?", "czyli nie muszę teraz nic płacić?": checking nothing is due yet (an appeal, a due date ahead).
  /\b((hoef|moet) ik|ik (hoef|moet)) (dus |nu |dan |nou |eigenlijk |voorlopig |nog |al |even )*(niet|niks|niets)( te)? (be)?talen\b/,
  /\bi (dont|do not|wont|will not) (have|need) to pay (anything|it|this|that|now|yet|for now)\b/,
  /\b((muss|brauche) ich|ich (muss|brauche)) (also |jetzt |dann |erstmal |vorerst |momentan |noch )*(gar )?(nichts|nix|nicht)( zu)? (be)?zahlen\b/,
  /\bnie (musze|trzeba|mam) (teraz |na razie |jeszcze |juz |wiec )*(nic |niczego )?(za)?placic\b/,
  // "Wanneer moet ik dat betalen?", "wanneer moeten we het nou uiterlijk overmaken?", "when does it need to
  // be paid?", "wann muss ich das denn zahlen?", "kiedy muszę to zapłacić?": words between the verb and "pay".
  /\bwanneer (moet|moeten|dien|hoor) (ik|we|wij|u|je|het|dat|dit|die|de boete|deze boete|mijn boete)( (het|dat|dit|die|de boete|deze boete|mijn boete|dan|nou|nu|precies|uiterlijk|ten laatste|eigenlijk|ook alweer))* (betalen|betaald|voldoen|voldaan|overmaken|overgemaakt|binnen)\b/,
  /\bwhen (do|must|should|shall|will) (i|we) (have to |need to |got to )?pay\b/,
  /\bwhen (does|do|must|should) (it|this|that|the fine|they|these) (need to |have to )?be paid\b/,
  /\bwhen is (the )?(payment|it|this|that|the fine) due\b/,
  /\bwann (muss|soll|mussen) (ich|wir) (das |es |die strafe |den betrag |diese |sie |die )?((denn|spatestens|eigentlich|nun) )*(be)?zahlen\b/,
  /\bwann (muss|soll) (das|es|die strafe|der betrag) (bezahlt|gezahlt) (sein|werden)\b/,
  /\bkiedy (musze|mam|powinienem|powinnam|trzeba|nalezy) (to |ten mandat |go |je |te )?(za)?placic\b/,
  // "Hoe lang heb ik nog?" once the fines are shown: the time left is to their due dates.
  /\b(hoe ?lang heb ik (nu )?nog|how (long|much time) (do i have|have i got) (still |left )?(left|still)|wie ?lange? habe ich noch|ile (jeszcze )?mam (jeszcze )?czasu)\b/,
];

/**
 * "Hoe lang heb ik om te betalen?", "how much time do I have?", "wie lange habe ich Zeit zum Zahlen?",
 * "jak długo mam na zapłatę?": the time to pay as such. Once the fines are shown, their due dates
 * answer it (before, the general term does). Anchored at the end: "hoe lang heb ik om bezwaar te
 * maken?" is another term.
 */
const HOW_LONG_TO_PAY = [
  /\b(hoe ?lang|hoeveel tijd) (heb|krijg) (ik|we|wij|je)( nog)?( de)?( tijd)?( nog)?( om( het| dit| dat| die| de boete| deze boete| mijn boete)?( te)? (be)?talen| voor (de )?betaling)?$/,
  /\bhow (long|much time) (do|have|did) (i|we) (have|got|get)( got| left| still)?( to pay( it| this| that| the fine| them| for it)?| for (the )?payment)?$/,
  /\b(wie ?lange?|wie ?viel zeit) (habe|hab|haben|bekomme) (ich|wir)( noch)?( zeit)?( noch)?( um( das| es| die strafe| den betrag)? zu (be)?zahlen| zum (be)?zahlen| fur die zahlung)?$/,
  /\b(jak dlugo|ile czasu) (mam|mamy|jest)( jeszcze)?( czasu)?( na (za)?placenie| na zaplate| zeby (za)?placic| na splate)?$/,
  /\bile (mam|mamy) (jeszcze )?(czasu|dni)( na (za)?placenie| na zaplate| zeby (za)?placic)?$/,
];


/** "Kan ik uitstel van de betaaldatum krijgen?", "what if I pay after the due date?": the general rules. */
const NOT_THE_DATE =
  /\b(als|indien|if|wenn|falls|jesli|jezeli|gdy|uitstel|verlengen|extension|extend|postpone|later|aufschub|verlangerung|verlangern|spater|odroczenie|przedluzenie|przedluzyc|pozniej)\b/;

/** "Maar ik heb een aanmaning gekregen" after the lookup: why a reminder came (paid, or what it says). */
const REMINDER = [
  /\b(ik heb|ik kreeg|toch|nu) (een |nog een |weer een )?(aanmaning|herinnering)\b/,
  // "Maar ik heb nog een brief gekregen" once all is shown paid: a letter after all, as a reminder.
  /\b(ik heb|ik kreeg) (toch |nog |weer |alsnog )(een |nog een |weer een )?(nieuwe |andere )?brief\b/,
  /\bi (still )?(got|received) (another|a new|one more) letter\b/,
  /\b(ich habe|ich bekam) (trotzdem |noch |wieder )(einen |noch einen )?(neuen )?brief\b/,
  /\b(dostal\w*|otrzymal\w*) (jednak |jeszcze |znowu )(jeden |nowy )?(list|pismo)\b/,
  /\bi (got|received|have|had) (a |another )?(reminder|payment reminder)\b/,
  /\b(ich habe|ich bekam|trotzdem|doch) (eine |noch eine )?mahnung\b/,
  /\b(dostalem|dostalam|otrzymalem|otrzymalam|przyszlo|przyszlo mi) (\w+ )?(upomnienie|wezwanie)\b/,
];

/** "Waarom is het zo duur?", "waar bestaat dit bedrag uit?", "why is it more than the fine?" */
const BREAKDOWN = [
  /\bwaarom (is )?(het|dit|dat|de boete|het bedrag)? ?(zo|zoveel|veel|nu)? ?(duur|hoog|hoger|meer)\b/,
  /\bwaarom (is )?(het|dit|dat|de boete|het bedrag)? ?(zo ?veel|zo ?duur)\b/,
  /\b(waar ?bestaat|waaruit bestaat|hoe is) (het|dit|dat)? ?(bedrag|totaal)? ?(uit|opgebouwd|berekend)\b/,
  /\bmeer dan de boete\b/,
  /\bwhy is (it|this|that|the amount|the fine) (so )?(expensive|high|higher|much|more)\b/,
  /\b(more than the fine|what is (the|this) amount made up|how is (the|this) amount (made up|calculated)|breakdown)\b/,
  /\bwarum (ist )?(es|das|der betrag)? ?(so )?(teuer|hoch|hoher|viel|mehr)\b/,
  /\b(woraus besteht|wie setzt sich) (der|dieser) betrag\b/,
  /\bmehr als (das )?(bussgeld|strafe)\b/,
  /\b(dlaczego|czemu|skad) (to |kwota |ta kwota )?(jest )?(tak |taka |takie )?(drogo|duzo|wysok\w*|wiecej)\b/,
  /\b(z czego (sklada sie|wynika) (ta |ta kwota|kwota)|wiecej niz mandat|skad (ta )?podwyzka)\b/,
  // Informal: "why so much?", "wieso muss ich mehr zahlen?", "hoezo zo veel?"
  /\b(why|how come) (is it |it is |its )?so (much|high|expensive)\b/,
  /\bwhy (did|has) (it|the amount|my fine) (go|gone) up\b/,
  /\b(wieso|weshalb|warum) (muss ich|soll ich|ist es) (so viel |jetzt )?(mehr|so viel|so teuer)\b/,
  /\bhoezo (zo ?veel|zo ?duur|zo hoog|meer)\b/,
  // Where the amount comes from: "hoe komt dat bedrag", "where does this amount come from", "wie kommt der Betrag zustande".
  /\bhoe (komt|kom je aan|komen jullie aan) (het|dat|dit|de|zo'?n)? ?(bedrag|totaal)\b|\bwaar komt (het|dat|dit) bedrag (vandaan|door)\b/,
  /\bwhere (does|did) (this|that|the) (amount|total|sum) come from\b|\bhow did you (get|arrive at|come to) (this|that|the) (amount|total)\b/,
  /\b(wie|woher) (kommt|kam) (der|dieser|das|diese) (betrag|summe)\b/,
  /\bskad (sie )?(wziela |wziela sie |jest )?(ta |taka )?(kwota|suma)\b|\bjak (powstala|wyliczono) (ta |taka )?(kwota|sume)\b/,
];

/** "Wanneer ben ik klaar met afbetalen?", "when will it be paid off?": the last instalment of a running arrangement. */
const PAID_OFF = [
  /\bwanneer (ben ik|is (alles|het|mijn (regeling|schuld)|de regeling)) (klaar|af|afbetaald|afgelost|helemaal betaald|voorbij)\b/,
  /\bwanneer (heb ik|is) (alles|het) (af ?betaald|afgelost)\b/,
  /\bwanneer (is|zijn) (de|mijn) laatste (termijn|betaling)\b/,
  /\bwhen (will|do|am|is) (i|it|everything|my (arrangement|debt)) (be )?(done|finished|paid off|paid in full|cleared)\b/,
  /\b(when is|whens) (the|my) (last|final) (instal+ment|payment)\b/,
  /\bwann (bin ich|ist (alles|es|meine schuld)) (fertig|abbezahlt|bezahlt|getilgt)\b/,
  /\bwann ist (die|meine) letzte (rate|zahlung)\b/,
  /\bkiedy (skoncze|splace|bede mial\w* splacone|wszystko bedzie splacone)\b/,
  /\bkiedy (jest|bedzie) (ostatnia|moja ostatnia) (rata|platnosc)\b/,
];

/** Which of these questions the message asks, if one. */
export function ownClaimQuestion(text: string): OwnClaimQuestion | undefined {
  const normal = normalizeText(text);
  if (!normal) return undefined;
  const has = (cues: RegExp[]): boolean => cues.some((cue) => cue.test(normal));
  if (asksWhichFine(normal)) return 'whichFine';
  // "Welke moet ik eerst betalen?", "wat moet ik nu doen?": the record's dates and next steps.
  if (asksWhichFirst(normal)) return 'payFirst';
  if (asksWhatNow(normal)) return 'whatNow';
  // "Ik heb te veel betaald": what the record shows as received, not what is still to pay.
  if (asksIfOverpaid(normal)) return 'overpaid';
  // "Kan het maandbedrag van mijn bestaande regeling omlaag?": a personal arrangement, not the table.
  if (asksLowerRunningInstalment(normal)) return 'lowerInstalment';
  // (Before the due date: "wanneer moet ik de volgende termijn betalen?" is the arrangement's next one.)
  if (asksNextInstalment(normal)) return 'nextInstalment';
  if (asksToPayRestAtOnce(normal)) return 'payRest';
  if (has(PAID_OFF)) return 'paidOff';
  // "En als ik dat niet kan?": what follows for these fines, and what can be done.
  if (asksIfCannotPay(normal)) return 'cannotPay';
  if ((has(DUE_DATE) || has(HOW_LONG_TO_PAY)) && !NOT_THE_DATE.test(normal)) return 'dueDate';
  if (has(BREAKDOWN)) return 'breakdown';
  // "Ik heb een aanmaning gekregen, kan ik in termijnen betalen?" asks something else as well.
  if (has(REMINDER) && normal.split(' ').length <= 8) return 'reminder';
  // "Ik heb al betaald toch?", "but I already paid": what the record shows as paid or still open.
  if (questionBeforeLookup(normal) === 'paidNotSeen') return 'paidAlready';
  if (has(INSTALMENTS_LEFT) && STILL.test(normal) && !has(MONTHLY)) return 'instalmentsLeft';
  if (
    has(MONTHLY) &&
    /\b(hoeveel|wat|welk|how much|what|wie ?viel|was|welche|ile|jaka|jak|ook alweer|again|nochmal|jeszcze raz)\b/.test(
      normal,
    )
  )
    return 'monthlyAmount';
  // "Hoeveel is dat samen?", "kunt u het bedrag herhalen": the amount once more, short (totalAmountQuestion.ts).
  if (asksForTotal(normal)) return 'total';
  if (has(OPEN_AMOUNT)) return 'openAmount';
  return undefined;
}
