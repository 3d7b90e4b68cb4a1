import { ownMonthlyAmountCents } from '../arrangement/ownMonthlyAmount';
import { normalizeQuestion } from './normalizeQuestion';
import { GUARDIAN, inDebtHelp, WSNP } from './situationLead';
import type { TopicId } from './topics';

/**
 * Money questions whose own words need their own answer rather than a topic's general text (the texts
 * are `faq:direct.<id>`): whether an arrangement stops the increases, the longest arrangement, how the
 * instalments are paid, a fine of a minor child, a company's vehicle, someone already in debt help, a
 * first letter never received. Where DOMAIN.md is silent the answer says so and offers a person.
 */
export type MoneyAskId =
  | 'arrangementIncreases'
  | 'longestArrangement'
  | 'instalmentPayMethod'
  | 'minorFine'
  | 'minorOwnFine'
  | 'companyVehicle'
  | 'inDebtHelp'
  | 'noFirstLetter'
  | 'whyNoArrangement'
  | 'shortOfMoney';

export interface MoneyAsk {
  topicId: TopicId;
  /** Undefined where the topic's situation lead says it (situationLead.ts). */
  lead?: MoneyAskId;
}

/**
 * Leads that are the whole answer: the topic's general text after them would repeat them or answer
 * another question (its link and follow-ups stay).
 */
export const WHOLE_ANSWER_LEADS: ReadonlySet<string> = new Set<string>([
  // A licence taken by the police: the answer on the CJIB's own measures would mislead.
  'takenByPolice',
  'minorFine',
  'minorOwnFine',
  'companyVehicle',
  'inDebtHelp',
  'noodstopWsnp',
  'noodstopGuardian',
  'noodstopGuardianOther',
  'noodstopGuardianActing',
  'noodstopDebtHelp',
  'noFirstLetter',
  'instalmentPayMethod',
  'whyNoArrangement',
  'shortOfMoney',
  'scamCall',
  // A foreign fine contested: the European-fine answer after it would say the same again.
  'europeanObjection',
  // Living outside the EU: the general answer's transfer to an EU state of residence does not apply.
  'outsideEu',
  'movedAway',
  'leavingNl',
  // Paying from outside the eurozone: only the international transfer, not every way to pay again.
  'payFromAbroad',
  // A renter abroad: the rental company passes the fine on; owner liability and the machtiging are not theirs.
  'abroadRental',
  'rentalFee',
  'rentalDriver',
  'objectionFiled',
  'objectionLate',
  'taakstrafNotDone',
  'taakstrafAsked',
  'mulderVsPunitive',
  'driverNotOwner',
  'ownerOtherDriver',
  'clonedPlate',
  'serveInstead',
  'cakLetter',
  'confiscationInParts',
  'courtFineInParts',
  // A reminder in hand: the own amount or a payment crossed, not the general text on increases (reminderAsks.ts).
  'reminderOwnAmount',
  'paidButReminder',
]);

/** Leads after which a person is offered for what they say (not for the noodstop, which they do not need). */
export const PERSON_LEADS: ReadonlySet<string> = new Set<string>([
  'whyNoArrangement',
  'shortOfMoney',
  'confiscationInParts',
  'europeanInParts',
  'courtFineInParts',
]);

const ARRANGEMENT =
  /regeling|termijn|afbetal|in delen|instal+ment|payment (plan|arrangement)|raten\w*|\braty\b|ratach|rozloz\w*/;
const INCREASE =
  /verhog\w*|aanmaning\w*|(extra )?kosten|increase\w*|surcharge\w*|(extra )?charges?|extra costs?|erhohung\w*|mahnung\w*|zuschlag\w*|podwyz\w*|upomnien\w*|oplat\w* dodatkow\w*/;
/** Stops, freezes, prevents: "stopt een regeling de verhoging?", "does a plan stop the increase?". */
const STOPS =
  /\b(stop\w*|tegen\w*|voorkom\w*|bevries\w*|geen (verhoging|aanmaning)\w*|prevent\w*|freez\w*|halt\w*|no more|verhinder\w*|aufhalt\w*|zatrzym\w*|wstrzym\w*|zapobieg\w*|chroni\w*)\b/;
/** Still added during one: "komen er nog verhogingen bij als ik een regeling heb?", "more charges while on a plan?". */
const DURING =
  /\b(als ik|wanneer ik|tijdens|met een|during|while|if i (have|get|am on)|once i (have|am on)|on a|wahrend|wenn ich|bei einer|podczas|jesli mam|gdy mam)\b/;
const STILL = /\b(nog|still|more|any|noch|weiter\w*|jeszcze|dalej)\b/;

/** The longest: "wat is de langste regeling", "maximum duration", "längste", "najdłuższ". */
const LONGEST =
  /\b(langst\w*|maximaal|maximum|max|longest|how long can|zo lang mogelijk|langste?|langsten|hochstens|maximal\w*|najdluzsz\w*|maksymaln\w*)\b/;
/** "Maximaal 25 euro per maand", "höchstens 20 im Monat": a cap on the citizen's own amount, not the longest term. */
const CAP_BEFORE_NUMBER =
  /\b(maximaal|maximum|max|hochstens|maximal\w*|maksymaln\w*) (\d|[a-z]+ (euro|eur)\b)/;

function capsOwnMonthlyAmount(text: string, normalized: string): boolean {
  return CAP_BEFORE_NUMBER.test(normalized) && ownMonthlyAmountCents(text, undefined) !== undefined;
}

/** How the instalments are paid: automatically debited or transferred oneself. */
const DEBIT =
  /automatisch\w*|afgeschreven|afschrijv\w*|incasso|machtiging|direct debit|automatic\w*|lastschrift|abbuchung|abgebucht|automatycz\w*|polecenie zaplaty|stala dyspozycj\w*/;
const TRANSFER =
  /overmak\w*|overboek\w*|zelf (betalen|overmaken)|transfer\w*|pay (it )?myself|uberweis\w*|selbst (zahlen|uberweisen)|przelew\w*|sam\w* (placic|zaplacic|przelac)/;
const INSTALMENT_PAY = /termijn\w*|regeling|instal+ment\w*|payment plan|rate\w*|\braty\b|ratach|rata\b/;

/** A child under 18 named: "mijn zoon van 16", "my daughter (15)", "meine Tochter ist 15", "syn ma 16 lat". */
const CHILD = /\b(zoon|dochter|kind|son|daughter|child|kid|sohn|tochter|kind|syn\w*|corka|corki|dziecko)\b/;
const MINOR_AGE =
  /\b(1[0-7]|minderjarig\w*|underage|minderjahrig\w*|nieletni\w*|niepelnolet\w*)\b|\ba minor\b|\bminor (child|son|daughter)\b/;
/** The citizen under 18: "ik ben 17", "I'm 16", "ich bin 17", "mam 17 lat". */
const SELF_MINOR =
  /\b(ik ben|im|i am|ich bin|jestem) (pas |nog |only |just |erst |dopiero )?(1[0-7]|minderjarig|underage|a minor|minderjahrig|nieletni\w*|niepelnolet\w*)\b(?! (dagen|days?|tage\w*|dni|minuten|minutes|euros?|eur|weken|weeks?|wochen|tygodni\w*|maanden|months?|monate\w*|miesi\w*|uur|hours?|stunden|godzin\w*|km|kilometer\w*|procent|percent|prozent))|\bmam (dopiero )?1[0-7] lat\b/;
/** As a parent: "moet ik dat als ouder betalen", "as a parent", "als Vater", "jako rodzic". */
const AS_PARENT =
  /\b(als|as a|as the|jako) (ouder|ouders|moeder|vader|parent|parents|mother|father|vater|mutter|eltern(teil)?|rodzic\w*|matka|ojciec)\b/;
const PAY = /\b(betalen|betaal|pay|paying|zahlen|bezahlen|zaplac\w*|placic)\b/;
const FINE = /\b(boete\w*|bekeuring\w*|fines?|ticket|bussgeld\w*|strafzettel|strafe|mandat\w*)\b/;

/**
 * The citizen's own company's vehicle: "kenteken staat op de bv", "auto van mijn bedrijf", "my company's van"
 * (not "a company car" driven by an employee: owner liability, the not-the-driver answer).
 */
// ("Op naam van de zaak, ik ben zzp'er": the own business too; "de auto van de zaak" alone is an employer's car.)
const COMPANY =
  /\bzzp\w*|\bop naam van (de|mijn|onze) zaak\b|\b(mijn|onze|de|my|our|mein\w*|unser\w*|moj\w*|nasz\w*) (eigen |own |eigene\w* |wlasn\w* )?(bv|b v|nv|vof|eenmanszaak|bedrijf|onderneming|companys?|business(es)?|firm\w*|unternehmen|gmbh|spolk\w*|dzialalnosc\w*)\b/;
const VEHICLE_OF =
  /\b(auto|kenteken|firmen(wagen|auto|fahrzeug)|bestelbus|busje|bus|bestelauto|vrachtwagen|truck|transporter|lkw|wagen|car|vehicle|registration|number plate|kennzeichen|fahrzeug|samochod\w*|rejestracj\w*|pojazd\w*)\b/;
/** A lease car is the owner-liability answer (not-the-driver), not a company's own. */
const LEASE = /\blease\w*|\bhuur\w*|rental|rented|miet\w*|wynaj\w*/;

/** The first letter never received, now a reminder: "ik heb nooit een eerste brief gehad". */
const NO_FIRST =
  /\b(nooit|geen|niet)\b( \w+){0,4} (eerste )?(brief|boete|beschikking|letter)\b( \w+){0,2} (gehad|ontvangen|gekregen|gezien)|\b(never|didnt|did not|not)\b( \w+){0,2} (got|get|received?|seen)( \w+){0,3} (first )?(letter|fine|notice)|\b(nie|keinen|kein)\b( \w+){0,3} (erste\w* )?(brief|bescheid|bussgeldbescheid|schreiben)( \w+){0,2} (bekommen|erhalten)|\bnie (dostal\w*|otrzymal\w*)( \w+){0,3} (pierwsz\w* )?(pisma|listu|mandatu)/;
const REMINDER_NOW =
  /aanmaning|herinnering|verhog\w*|reminder|increase|mahnung|erhohung|upomnien\w*|podwyz\w*/;

/** The money question the words ask, or undefined for the usual routing. */
export function moneyAsk(text: string): MoneyAsk | undefined {
  const n = normalizeQuestion(text);
  if (
    (FINE.test(n) && CHILD.test(n) && MINOR_AGE.test(n)) ||
    (AS_PARENT.test(n) && (FINE.test(n) || PAY.test(n)))
  )
    return { topicId: 'beyond_knowledge', lead: 'minorFine' };
  // "Ik ben 17 en heb een boete, moeten mijn ouders betalen?": the minor asking, about their own fine.
  if (SELF_MINOR.test(n) && (FINE.test(n) || PAY.test(n)))
    return { topicId: 'beyond_knowledge', lead: 'minorOwnFine' };
  if (COMPANY.test(n) && VEHICLE_OF.test(n) && !LEASE.test(n))
    return { topicId: 'beyond_knowledge', lead: 'companyVehicle' };
  if (inDebtHelp(n)) return { topicId: 'noodstop', lead: 'inDebtHelp' };
  // "Ik heb een bewindvoerder, kan ik uitstel krijgen?": the guardian's or the WSNP's own answer.
  if (GUARDIAN.test(n) || WSNP.test(n)) return { topicId: 'noodstop' };
  if (NO_FIRST.test(n) && REMINDER_NOW.test(n)) return { topicId: 'late_payment', lead: 'noFirstLetter' };
  const stillAdded = DURING.test(n) && STILL.test(n);
  if (ARRANGEMENT.test(n) && INCREASE.test(n) && (STOPS.test(n) || stillAdded))
    return { topicId: 'instalments', lead: 'arrangementIncreases' };
  if (ARRANGEMENT.test(n) && LONGEST.test(n) && !capsOwnMonthlyAmount(text, n))
    return { topicId: 'instalment_terms', lead: 'longestArrangement' };
  if (INSTALMENT_PAY.test(n) && (DEBIT.test(n) || TRANSFER.test(n)))
    return { topicId: 'instalment_terms', lead: 'instalmentPayMethod' };
  return undefined;
}
