import { abroadAsk, asksAboutDigid } from './livingAbroad';
import { asksAllowanceTaken } from './allowanceTaken';
import { asksAboutCak } from './cakLetter';
import { type DriverLead, driverLead, someoneElseHadCar } from './driverSituations';
import { type ProcedureLead, procedureAsk } from './procedureAsks';
import {
  asksBuyOffDetention,
  asksDetentionForFines,
  asksServeInstead,
  asksVehicleTakenIfUnpaid,
} from './enforcementIfUnpaid';
import { DETAINED_NOW } from './enforcementSituations';
import { paysCompensationOrder } from './compensationPayer';
import { type ReminderAskId, reminderAsk } from './reminderAsks';
import { reportsDebit } from './debitReported';
import { letterAsk } from './letterAsk';
import { type MoneyAskId, moneyAsk } from './moneyAsks';
import { normalizeQuestion } from './normalizeQuestion';
import { paysForeignFineHere } from './foreignFinePayWhere';
import { paysFromAbroadInOtherLanguage } from './payFromAbroadOtherLanguage';
import { asksPunitiveOrderInParts, type SanctionInPartsLead, sanctionInPartsAsk } from './sanctionInParts';
import { specificAsk } from './specificAsks';
import type { TopicId } from './topics';
import { withRecentResults } from '../language/recentResults';

/**
 * Questions whose words say the topic more surely than the recognised intent does: the letter's Dutch
 * words ("beschikking", "Mulder"), interest, withdrawing a request already sent, a compensation order
 * from the one who pays it, "900 euro for a fine of 310", "kan ik daar iets tegen doen", and the
 * questions of a citizen abroad (livingAbroad.ts). Checked before the intent's own topics.
 */

/** A short answer said before the topic's answer, for exactly what was asked (`faq:direct.<id>`). */
export type AskedLeadId =
  | SanctionInPartsLead
  | DriverLead
  | ProcedureLead
  | 'cakLetter'
  | 'termBeschikking'
  | 'termMulder'
  | 'compensationInParts'
  | 'amountGrew'
  | 'deferral'
  | 'pendingIncreases'
  | 'filedReference'
  | 'ibanOnLetter'
  | 'detentionBuyOff'
  | 'euFinePayWhere';

export interface AskedFirst {
  topicId: TopicId;
  lead?: AskedLeadId | MoneyAskId | ReminderAskId;
}

/** "Welche IBAN?", "what is the account number?", "waar staat het rekeningnummer?": the one on the citizen's own letter (DOMAIN.md §2.2). */
const IBAN =
  /\b(welk\w*|wat|which|what|whats|welche\w*|was|wie lautet|jaki\w*|ktory|podaj\w*|geef|give|send|hoe luidt)\b( \w+){0,3} (iban|rekeningnummer|bankrekening|account number|bank account|kontonummer|bankverbindung|numer (konta|rachunku))\b|\b(waar|where|wo|gdzie)\b( \w+){0,4} (iban|rekeningnummer|account number|kontonummer|bankverbindung|numer (konta|rachunku))\b|^ (iban|rekeningnummer|kontonummer|account number|numer konta) $/;

/** "De brief is zoekgeraakt, hoe kan ik toch betalen?": without the letter (the lost-letter answer says how). */
const LOST_LETTER =
  /\b(brief|letter|schreiben|pismo|list)\b( \w+){0,4} (kwijt|zoekgeraakt|verloren|weggegooid|lost|verlegt|zgubil\w*|zaginal\w*|zaginel\w*)\b|\b(kwijt|zoekgeraakt|verloren|lost|verlegt|zgubil\w*)( \w+){0,3} (brief|letter|schreiben|pismo|list)\b/;
const PAY_WORD = /\b(betalen|betaal|pay|zahlen|bezahlen|zaplac\w*|placic)\b/;

/** "Kan ik met mijn telefoon betalen?": with the bank's app on one's phone (how to pay), not the CJIB's numbers. */
const WITH_PHONE =
  /\b(met|with|mit|on|op) (mijn |de |my |the |meinem |dem )?(telefoon|mobiel|smartphone|gsm|phone|mobile|handy|telefon)\b|\b(telefonem|komorka|smartfonem)\b/;

/** Interest: "hoeveel rente betaal ik?", "do I pay interest?", "Zinsen", "odsetki". */
const INTEREST = /\b(rente|interest|zinsen|verzugszinsen|odsetk\w*)\b/;

const IN_PARTS =
  /regeling|termijn|gespreid|in delen|afbetal|instal+ment|payment (plan|arrangement)|\bin (parts|portions)\b|raten|teilzahlung|\braty\b|\bratach\b|rozloz/;

/** Not all at once: "I can't pay all at once", "niet in één keer", "nicht auf einmal", "nie na raz". */
const NOT_AT_ONCE =
  /\b(at once|in one go|in full|ineens|in (1|een) keer|in een keer|auf einmal|auf einen schlag|na raz|od razu|jednorazowo)\b/;

/** "900 euro voor een boete van 310??": the amount grown from the fine named (DOMAIN.md §2.3). */
const GREW_FROM =
  /(\d[\d.,]*) ?(euro|eur|€)?( \w+){0,3} (voor|for|fur|za|bei|bij|from|van|von|z|instead of|in plaats van|statt) (een |a |an |ein |eine |einen |mijn |my |meine |moj )?(boete|bekeuring|fine|ticket|bussgeld|strafe|strafzettel|mandat\w*)( (van|of|von|w wysokosci|za|was|war|byl))? (€ ?)?(\d[\d.,]*)/;

/** "600 euros for a 200 euro fine": the same, with the fine's amount before the word. */
const GREW_BEFORE =
  /(\d[\d.,]*) ?(euro|euros|eur|€)?( \w+){0,3} (voor|for|fur|za) (een |a |an |ein |eine |einen |mijn |my )?(€ ?)?(\d[\d.,]*) ?(euro|euros|eur|€)? ?(verkeers)?(boete|bekeuring|fine|ticket|bussgeld|strafe|strafzettel|mandat\w*)\b/;

/** "eerst 169 en nu ineens 253,50", "first 100 now 150", "erst 100 jetzt 150", "najpierw 100 teraz 150". */
const FIRST_NOW =
  /\b(eerst|eerder|was|first|at first|erst|zuerst|najpierw|bylo)\b( \w+){0,3}? (\d+(?: \d{2})?) ?(euro|eur|€)?( \w+){0,3}? \b(nu|now|jetzt|nun|teraz)\b( \w+){0,3}? (\d+(?: \d{2})?)/;

function amount(value: string): number {
  return Number(
    value
      .replace(/[.,](\d{1,2})$/, '#$1')
      .replace(/[.,]/g, '')
      .replace('#', '.'),
  );
}

/** The original fine in "900 euro voor een boete van 310" (in cents), when the first amount is higher. */
export function grownFineCents(text: string): number | undefined {
  const normalized = normalizeQuestion(text).replace(/(\d) (\d{3})\b/g, '$1$2');
  const from = GREW_FROM.exec(normalized);
  const before = from ? undefined : GREW_BEFORE.exec(normalized);
  const firstNow = from || before ? undefined : FIRST_NOW.exec(normalized);
  if (firstNow) {
    const [was, now] = [firstNow[3], firstNow[8]].map((v) => Number(v.replace(' ', '.')));
    return was > 0 && now > was ? Math.round(was * 100) : undefined;
  }
  if (!from && !before) return undefined;
  const now = amount((from ?? before)![1]);
  const fine = amount(from ? from[from.length - 1] : before![7]);
  return fine > 0 && now > fine ? Math.round(fine * 100) : undefined;
}

/** "Kan ik daar iets tegen doen?", "can I do something about it", "was kann ich dagegen tun": contesting the fine. */
const CONTEST =
  /\b(iets|wat) (tegen|aan) (\w+ )?doen\b|\b(daar|er|hier)tegen\b|\bdo (something|anything) about (it|this|that|the fine|my fine)\b|\bfight (it|this|the fine)\b|\bdagegen (tun|machen|vorgehen|unternehmen|wehren)\b|\bwas (kann|konnte) ich dagegen\b|\bcos z tym zrobic\b|\b(moge|mozna) (cos )?z tym (cos )?zrobic\b/;
/** Not the increases, the bank debit or the CJIB's own conduct: those have their own objection routes. */
const NOT_THE_FINE =
  /verhog|increase|erhoh|podwyz|aanmaning|reminder|mahnung|upomnien|afgeschreven|rekening|account|konto|rachunk|deurwaarder|bailiff|medewerker|behandel|treated|staff|ingehouden|beslag/;

/** Deferral: "kan ik uitstel van betaling krijgen?", "can I pay later?", "Zahlungsaufschub", "odroczenie". */
const DEFERRAL =
  /\buitstel\b|\buitstellen\b|\b(meer|more|extra|mehr|wiecej|dodatkow\w*) (tijd|time|zeit|czasu)\b|\b(auf|ver)schieb\w*|\bodloz\w*|\bdelay\b|\blater betalen\b|\bpay (it )?later\b|\bpostpone\b|\bdefer\w*\b|\bextension\b|\baufschub\b|\bstundung\b|\bspater (be)?zahlen\b|\bodrocz\w*|\bprzesun\w* (termin|platnosc)\w*|\bzaplac\w* pozniej\b|\b(pas|only|erst|dopiero)\b( \w+){0,3} (volgende|next|nachste\w*|przyszl\w*) (maand|week|month|monat|woche|miesiac\w*|tydzien\w*)\b|\b(pas|only|erst|dopiero) (over|in|za) (\d+|een|twee|drie|a|one|two|three|zwei|drei|dwa|trzy) (weken|week|weeks|wochen|tygodni\w*|maand|maanden|months?|monat\w*|miesiac\w*)\b/;
const DEBTS =
  /schuld|\bdebts?\b|\bdlug(i|u|ow|ami|ach|iem)?\b|noodstop|emergency stop|bijstand|uitkering|wsnp/;

/** Increases or reminders while waiting for the decision on a request (DOMAIN.md §1.10: not known). */
const MORE_COSTS =
  /aanmaning|herinnering|verhog|kosten|\bcosts?\b|charges?|increase|reminder|mahnung|erhoh|upomnien|podwyz|koszt\w*|odsetk/;
const WAITING =
  /\b(wacht|wachten|waiting|wait|warte|warten|czekam|czekajac|oczekiw\w*|terwijl|while|wahrend|intussen|ondertussen|meanwhile|zwischenzeit|w miedzyczasie)\b/;
const DECISION =
  /besluit|beslissing|aanvraag|decision|request|antrag|entscheid|bescheid|decyzj|wniosek|wniosku|rozpatrz/;

/** Waiting for an appeal is another matter: nothing to pay meanwhile (the appeal's answer). */
const APPEAL_WAIT =
  /beroep|bezwaar|appeal|objection|einspruch|widerspruch|odwolan\w*|sprzeciw|uitspraak|rechter|court/;
const WHILE =
  /\b(terwijl|while|wahrend|w czasie|intussen|ondertussen|meanwhile|zwischenzeit|w miedzyczasie)\b/;
/** Still: "komen er nog kosten bij?", "are there more costs?", "kommen noch Kosten dazu?". */
const STILL_ADDED =
  /\b(nog|still|more|noch|jeszcze)\b|\b(erbij|bij|added|extra|dazu|hinzu|dodatkow\w*|doliczane)\b/;

function costsWhilePending(normalized: string): boolean {
  if (!MORE_COSTS.test(normalized) || !WAITING.test(normalized) || APPEAL_WAIT.test(normalized)) return false;
  return DECISION.test(normalized) || WHILE.test(normalized);
}

/**
 * Increases or costs asked about while a request sent in this conversation awaits its decision
 * ("komen er nog kosten bij?" right after filing), or anywhere while waiting for the decision.
 */
export function asksCostsWhilePending(text: string, requestSent: boolean): boolean {
  const normalized = normalizeQuestion(text);
  if (costsWhilePending(normalized)) return true;
  return (
    requestSent &&
    MORE_COSTS.test(normalized) &&
    STILL_ADDED.test(normalized) &&
    !APPEAL_WAIT.test(normalized)
  );
}

/** "BR-2026-15176552": the reference of an arrangement request (normalised: "br202615176552"). */
const REFERENCE = /\bbr ?\d{4} ?\d{8}\b/;

/** The message gives the reference of an arrangement request ("BR-2026-15176552"), not a CJIB number. */
export function givesRequestReference(text: string): boolean {
  return REFERENCE.test(normalizeQuestion(text));
}
const WITHDRAW =
  /intrek|\btrek\b( \w+){0,4} in\b|annuleer|annuler|cancel|withdraw|terugtrekken|zuruckzieh|zuruckgezogen|\bziehe\b( \w+){0,4} zuruck|stornier|wycofa\w*|anulowa\w*|rezygn\w*/;
const REQUEST =
  /regeling|aanvraag|request|arrangement|payment plan|application|antrag|ratenzahlung|wniosek|wniosku|raty|rat\b/;
const FILED =
  /aangevraagd|ingediend|verstuurd|gedaan|applied|filed|submitted|sent|made|beantragt|gestellt|abgeschickt|zlozyl\w*|wyslal\w*|\b(net|just|already|al|gerade|schon|wlasnie|juz)\b|\bmijn (aanvraag|regeling)\b|\bmy (request|application|arrangement|payment plan)\b|\bmein\w* (antrag|ratenzahlung)\b|\bmoj\w* wniosek\b/;
const APPEAL = /beroep|bezwaar|appeal|objection|einspruch|widerspruch|odwolan\w*|sprzeciw/;

/** Taking back an arrangement request already sent, or its reference given: a person handles it. */
export function aboutFiledRequest(text: string): boolean {
  const normalized = normalizeQuestion(text);
  if (REFERENCE.test(normalized)) return true;
  return (
    WITHDRAW.test(normalized) &&
    REQUEST.test(normalized) &&
    FILED.test(normalized) &&
    !APPEAL.test(normalized)
  );
}

/** The topic (and lead) that the question's own words say, before the intent; undefined for the usual routing. */
// Several places of one turn ask it of the same message: kept for the last few texts.
export const askedFirst = withRecentResults((text: string): AskedFirst | undefined => {
  const normalized = normalizeQuestion(text);
  if (aboutFiledRequest(text))
    return { topicId: 'filed_request', lead: REFERENCE.test(normalized) ? 'filedReference' : undefined };
  // "Ontnemingsmaatregel van 40000 euro in termijnen?": that sanction's own regime, never the traffic-fine table.
  const sanction = sanctionInPartsAsk(text);
  if (sanction) return sanction;
  if (asksPunitiveOrderInParts(text)) return { topicId: 'strafbeschikking' };
  // "Brief van jullie over de zorgpremie van het CAK": collected for the CAK, not out of scope.
  if (asksAboutCak(text)) return { topicId: 'beyond_knowledge', lead: 'cakLetter' };
  // "¿Cómo puedo pagar desde España?": paying from abroad (a transfer), not the general list of ways.
  if (paysFromAbroadInOtherLanguage(normalized)) return { topicId: 'foreign' };
  // "Boete gekregen in Frankrijk, moet ik die bij jullie betalen?": that country's fine, paid as its letter says.
  if (paysForeignFineHere(normalized)) return { topicId: 'european_fine', lead: 'euFinePayWhere' };
  // "Kan ik vervangende hechtenis afkopen?": paying ends or prevents gijzeling; the judge's hechtenis, a person.
  if (asksBuyOffDetention(normalized)) return { topicId: 'detention', lead: 'detentionBuyOff' };
  if (asksVehicleTakenIfUnpaid(normalized) || asksServeInstead(normalized)) return { topicId: 'enforcement' };
  // "Mag het CJIB het van mijn huurtoeslag afhalen?": the steps, with what is not known of allowances.
  if (asksAllowanceTaken(normalized)) return { topicId: 'enforcement' };
  // "Kunnen ze me opsluiten voor een paar boetes?": whether it can happen (not someone detained now).
  if (asksDetentionForFines(normalized, text) && !DETAINED_NOW.test(normalized))
    return { topicId: 'enforcement' };
  if (paysCompensationOrder(text))
    return {
      topicId: 'victim_compensation',
      lead: IN_PARTS.test(normalized) || NOT_AT_ONCE.test(normalized) ? 'compensationInParts' : undefined,
    };
  // "Strafbeschikking, ich bin nicht einverstanden, ich wohne in Deutschland": the sanction's own rule first.
  const specific = specificAsk(text);
  // (One Dutch word asked about keeps its own lead: "wat betekent beschikking".)
  if (specific)
    return {
      topicId: specific.topicId,
      lead: specific.leads.join('+') === 'termBeschikking' ? 'termBeschikking' : undefined,
    };
  // "Ik reed in de auto van mijn moeder", "mijn ex rijdt erin", "mijn kenteken is gekloond": that case first.
  const driver = driverLead(text);
  if (driver) return { topicId: 'not_the_driver', lead: driver };
  if (someoneElseHadCar(text)) return { topicId: 'not_the_driver' };
  // "Ik heb al bezwaar gemaakt", "taakstraf niet gedaan", "verschil Mulder en strafbeschikking": that answer.
  const procedure = procedureAsk(text);
  if (procedure) return procedure;
  if (INTEREST.test(normalized)) return { topicId: 'interest' };
  // "Money was taken from my bank account": a debit reported, not the account number asked for.
  if (IBAN.test(normalized) && !reportsDebit(normalized))
    return { topicId: 'how_to_pay', lead: 'ibanOnLetter' };
  if (WITH_PHONE.test(normalized) && PAY_WORD.test(normalized)) return { topicId: 'how_to_pay' };
  if (LOST_LETTER.test(normalized) && PAY_WORD.test(normalized)) return { topicId: 'lost_letter' };
  const letter = letterAsk(normalized);
  if (letter) return letter;
  const abroad = abroadAsk(text);
  if (abroad) return { topicId: abroad.topicId };
  if (asksAboutDigid(text)) return { topicId: 'digid' };
  if (grownFineCents(text) !== undefined) return { topicId: 'late_payment', lead: 'amountGrew' };
  if (costsWhilePending(normalized)) return { topicId: 'instalments', lead: 'pendingIncreases' };
  // "Ik heb een aanmaning, hoeveel moet ik nu betalen?", "al betaald maar een aanmaning": their own case.
  const reminder = reminderAsk(text);
  if (reminder) return reminder;
  const money = moneyAsk(text);
  if (money) return money;
  if (DEFERRAL.test(normalized) && !DEBTS.test(normalized) && !IN_PARTS.test(normalized))
    return { topicId: 'payment_deadline', lead: 'deferral' };
  if (CONTEST.test(normalized) && !NOT_THE_FINE.test(normalized)) return { topicId: 'objection' };
  return undefined;
});

/** The lead for `topicId` when the question was asked so (see askedFirst), else undefined. */
export function askedLead(
  topicId: TopicId,
  text: string,
): AskedLeadId | MoneyAskId | ReminderAskId | undefined {
  const asked = askedFirst(text);
  return asked?.topicId === topicId ? asked.lead : undefined;
}
