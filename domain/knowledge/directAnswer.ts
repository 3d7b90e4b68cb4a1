import { type AnswerPartId, answerPart } from './answerParts';
import { type AskedLeadId, askedLead } from './askedFirst';
import type { MoneyAskId } from './moneyAsks';
import type { ReminderAskId } from './reminderAsks';
import { type DurationAnswerId, durationAnswer } from './durationFollowUp';
import type { AbroadLeadId } from './livingAbroad';
import { situationFollowUp } from './enforcementSituations';
import { followUpKind, skipsAppeal } from './followUpTopic';
import { normalizeQuestion } from './normalizeQuestion';
import { namesTheDriver } from './driverNamed';
import { saysWhenOrHowPaid } from './paidDetail';
import { situationLead } from './situationLead';
import { photoWithoutDigid, type SpecificLead, specificLead } from './specificAsks';
import { livesAbroadOrNoDigid } from './livingAbroad';
import type { TopicId } from './topics';

/**
 * A short direct answer to a follow-up whose topic was just answered in full: "en hoeveel komt erbij?"
 * after the increases is 1.5x and 3x, not the whole text once more. The texts are `faq:direct.<id>`.
 */
export type DirectAnswerId =
  | DurationAnswerId
  | AnswerPartId
  | AskedLeadId
  | MoneyAskId
  | ReminderAskId
  | AbroadLeadId
  | SpecificLead
  | 'lateCost'
  | 'objectionDeadline'
  | 'objectionPayDuring'
  | 'objectionLost'
  | 'enforcementPrison'
  | 'scamPaid'
  | 'scamCall'
  | 'scamNoDigid'
  | 'enforcementVehicleIf'
  | 'serveInstead'
  | 'noodstopApply'
  | 'driverNow'
  | 'contactAbroad'
  | 'compensationPayer'
  | 'photoApply'
  | 'enforcementCar'
  | 'missedNow'
  | 'missedDeferral'
  | 'foreignEu'
  | 'foreignNow'
  | 'personalIncome'
  | 'bankDebitObjection'
  | 'noodstopWsnp'
  | 'noodstopGuardian'
  | 'noodstopGuardianOther'
  | 'noodstopGuardianActing'
  | 'noodstopBenefits'
  | 'enforcementRefuse'
  | 'strafbeschikkingInParts'
  | 'instalmentsNoMoney'
  | 'howToPayCash'
  | 'appealWithdraw'
  | 'detentionRelease'
  | 'detentionDuration'
  | 'bailiffStop'
  | 'bailiffAmountKept'
  | 'bailiffSteps'
  | 'bailiffWhich'
  | 'bailiffAtDoor'
  | 'vehicleBack'
  | 'licenceBack'
  | 'takenByPolice'
  | 'takenByPoliceBack'
  | 'schadefondsUnknown'
  | 'allowancesUnknown'
  | 'cjibNotOm'
  | 'noodstopDebtHelp'
  | 'ownerPays'
  | 'objectionSkipped'
  | 'lateWhy'
  | 'noodstopAfter'
  | 'courtSecurityFirst'
  | 'noodstopSkipped'
  | 'vehicleTime'
  | 'notMe'
  | 'driverNamed'
  | 'durationUnknown';

const PRISON = /gevangenis|\bcel\b|vastgezet|gijzeling|prison|jail|gefangnis|\bhaft\b|knast|wiezien|areszt/;
const PAID = /\b(al betaald|betaald|paid|bezahlt|gezahlt|zaplacil\w*|oplacil\w*)\b/;
/** The appeal lost: "en als ik het verlies?", "and if they reject it?", "und wenn ich verliere?". */
const LOST =
  /verlies|verloren|afgewezen|ongegrond|blijft staan|\blose\b|\blost\b|rejected|upheld|verliere|abgelehnt|przegram|przegra|odrzuc/;

/** "Hoe vraag ik die noodstop aan?": by phone, not the whole noodstop text again. */
const APPLY =
  /aanvra|vraag\b[a-z ]{0,25}\baan\b|\bapply|request|ask for|beantrag|wniosek|wniosk|zlozyc|poprosic/;
/** "Ik bel vanuit het buitenland" after the phone numbers. */
const ABROAD = /buitenland|abroad|from outside|ausland|zagranic/;

/** "En in Duitsland?" after the abroad answer: another EU country (DOMAIN.md §5, mutual recognition). */
const EU_COUNTRY =
  /\b(duitsland|germany|deutschland|niemcy|niemczech|belgie|belgium|belgien|belgii|frankrijk|france|frankreich|francji|polen|poland|polsce|luxemburg|luxembourg|spanje|spain|spanien|hiszpanii|italie|italy|italien|wloszech|oostenrijk|austria|osterreich|austrii|eu|europa|europe|ander eu land|another eu country)\b/;
/** "Ik verdien maar 900 euro per maand" after the personal arrangement: income is looked at, with proof. */
const INCOME =
  /\b(verdien\w*|inkomen|uitkering|salaris|loon|earn\w*|income|salary|wage|benefits?|verdiene\w*|einkommen|gehalt|lohn|zarabiam|zarobki|dochod\w*|pensj\w*|zasil\w*|pensioen|pension)\b/;

const CAR = /\b(auto|car|wagen|samochod\w*)\b/;
/** "Hoe maak ik daar bezwaar tegen?" after the bank debit: its verzet at the court, not the fine's appeal. */
const OBJECTS =
  /bezwaar|beroep|verzet|oneens|niet eens|appeal|object|disagree|einspruch|widerspruch|odwol|sprzeciw/;

/**
 * "Ik was het niet, ik stond daar niet", "that wasn't me", "ich war nicht dort", "to nie ja": the
 * citizen denies the offence after the appeal or the photo; someone else drove or the car was not there.
 */
const NOT_ME =
  /\b(ik was het niet|dat was ik niet|was ik niet|ik (stond|was) (daar|er|toen) niet|ik ben (daar|er) (nooit|niet) geweest|(niet|nooit) mijn auto|mijn auto (stond|was) (daar|er) niet|ik heb (dat|het) niet gedaan|(it|that) (wasnt|was not) me|i (wasnt|was not) there|i (have|was) never (been )?there|not my car|my car (wasnt|was not) there|i didnt do (it|that)|ich war (es|das) nicht|das war ich nicht|ich war (da|dort) nicht|ich war (nicht|nie) (da|dort)|nicht mein auto|mein auto (war|stand) (da|dort) nicht|to nie (ja|bylem|bylam)|nie (bylem|bylam) tam|nigdy tam nie (bylem|bylam)|to nie (moj|moje) (samochod|auto)|moj samochod tam nie stal)\b/;

/** A remark leaning on the answer ("en in Duitsland?"), not a new story with questions of its own. */
function short(normalized: string): boolean {
  return normalized.trim().split(' ').length <= 10;
}

/** The direct answer for a follow-up on `topicId`, or undefined when the whole answer is needed. */
export function directAnswer(topicId: TopicId, text: string): DirectAnswerId | undefined {
  // "Hoe krijgen we hem vrij?" after the gijzeling, "kan ik dat stoppen?" after the garnishment.
  const situation = situationFollowUp(topicId, text);
  if (situation) return situation;
  // "How do I object?" after the European fine, "and in dollars?" after how to pay: that precise answer.
  const specific = specificLead(topicId, text);
  if (specific) return specific;
  const normalized = normalizeQuestion(text);
  // "I don't have DigiD, I live in Belgium" after the photo: what that changes for viewing it.
  if (photoWithoutDigid(topicId, text) || (topicId === 'photo' && livesAbroadOrNoDigid(text)))
    return 'abroadPhoto';
  const kind = followUpKind(text);
  const appeal = topicId === 'objection' || topicId === 'appeal_and_instalments';
  // "Hoe lang duurt dat?" after the appeal: the officier's up to 16 weeks, not the answer again.
  const duration = durationAnswer(topicId, kind);
  if (duration) return duration;
  // "Hoeveel is dat dan?", "wat kost dat?" after the increases: their amounts (with the example), not all of it again.
  if (topicId === 'late_payment' && kind === 'cost') return 'lateCost';
  // "Waarom?" after the increases: why there is one, not the whole text again.
  if (topicId === 'late_payment' && kind === 'why') return 'lateWhy';
  if (appeal && kind === 'deadline') return 'objectionDeadline';
  if (appeal && kind === 'payDuring') return 'objectionPayDuring';
  // "Moet ik dan eerst betalen?" after the appeal to the kantonrechter: yes, the security (DOMAIN.md §1.8).
  if (topicId === 'court_appeal' && kind === 'payDuring') return 'courtSecurityFirst';
  if (appeal && LOST.test(normalized)) return 'objectionLost';
  if (topicId === 'objection' && kind === 'consequence' && skipsAppeal(text)) return 'objectionSkipped';
  if ((topicId === 'objection' || topicId === 'photo') && NOT_ME.test(normalized) && short(normalized))
    return 'notMe';
  if (topicId === 'enforcement' && PRISON.test(normalized)) return 'enforcementPrison';
  if (topicId === 'scam' && PAID.test(normalized)) return 'scamPaid';
  // "Vor 2 Wochen per Überweisung" after the payment not seen: keep the proof, staff can check it.
  // "Hoe lang duurt het verwerken van een betaling?" after it: not known (DOMAIN.md is silent), said short.
  if (
    topicId === 'payment_problem' &&
    (saysWhenOrHowPaid(text) || (kind === 'duration' && PROCESSING.test(normalized)))
  )
    return 'paymentNotVisible';
  if (topicId === 'noodstop' && (kind === 'apply' || APPLY.test(normalized))) return 'noodstopApply';
  // "En daarna?" after the noodstop: the fines are paid after all, usually in instalments (DOMAIN.md §1.5).
  // "En als ik dat niet doe?": no noodstop asked, so collection goes on as usual (increases, then enforcement).
  if (topicId === 'noodstop' && kind === 'consequence' && (skipsAppeal(text) || NOT_PAYING.test(normalized)))
    return 'noodstopSkipped';
  if (topicId === 'noodstop' && kind === 'consequence') return 'noodstopAfter';
  if (topicId === 'contact' && ABROAD.test(normalized)) return 'contactAbroad';
  if (topicId === 'photo' && kind === 'apply') return 'photoApply';
  if (topicId === 'enforcement' && CAR.test(normalized)) return 'enforcementCar';
  if (topicId === 'missed_instalment' && kind === 'now') return 'missedNow';
  if (topicId === 'missed_instalment' && (kind === 'deferral' || kind === 'deadline'))
    return 'missedDeferral';
  if (topicId === 'foreign' && EU_COUNTRY.test(normalized) && short(normalized)) return 'foreignEu';
  // "What do I do now?" after living abroad: pay by transfer, look the fine up, a person for the rest.
  if (topicId === 'foreign' && kind === 'now') return 'foreignNow';
  // "Wat moet ik nu doen?" after owner liability: pay as the owner, or the driver appeals (machtiging).
  if (topicId === 'not_the_driver' && kind === 'now') return 'driverNow';
  if (topicId === 'personal_arrangement' && INCOME.test(normalized) && short(normalized))
    return 'personalIncome';
  if (topicId === 'bank_debit' && OBJECTS.test(normalized)) return 'bankDebitObjection';
  // "En wie moet dan betalen?" after owner liability: the registered owner, or the driver of a lease car.
  if (topicId === 'not_the_driver' && kind === 'whoPays') return 'ownerPays';
  // "It was my brother" after owner liability: the driver appeals with the owner's machtiging.
  if (topicId === 'not_the_driver' && namesTheDriver(text)) return 'driverNamed';
  // "Ik zit in de wsnp" right after the noodstop: a word on that situation, not the whole text again.
  // "BR-2026-…" after the answer on a request already sent: what that number is, not the whole text again.
  // "En waar stuur ik dat heen?", "and if I don't?": the part of the answer that says it (answerParts.ts).
  // "En daarna?" after the kantonrechter asks for the next court (followUpTopic), not what follows without it.
  if (topicId === 'court_appeal' && kind === 'consequence' && !skipsAppeal(text))
    return situationLead(topicId, text) ?? askedLead(topicId, text);
  return situationLead(topicId, text) ?? askedLead(topicId, text) ?? answerPart(topicId, kind, text);
}

/** A payment being processed or arriving: "verwerken", "processing", "Verarbeitung", "zaksięgowanie". */
const PROCESSING =
  /\b(verwerk\w*|bijgeschreven|binnenkomt|process\w*|arriv\w*|verarbeit\w*|eingeh\w*|eingegangen|gutgeschrieben|zaksiegow\w*|wplyn\w*|wplyw\w*)\b/;
const NOT_PAYING = /\b(niet|not|dont|never|nicht|nie)\b[a-z ]{0,20}\b(beta|pay|zahl|bezahl|zaplac|plac)/;
const CRIMINAL =
  /strafbeschikking|strafbevel|punitive|penalty order|criminal|strafbefehl|strafrecht|taakstraf|nakaz karny|kryminaln|vonnis|court fine/;

/**
 * "Klopt het dat ik naar de gevangenis moet als ik niet betaal?" names no kind of fine: the punitive
 * order's answer, led by what holds for a traffic fine (gijzeling only with the kantonrechter's permission).
 */
export function prisonLead(topicId: TopicId, text: string): DirectAnswerId | undefined {
  const normalized = normalizeQuestion(text);
  if (topicId !== 'strafbeschikking' || CRIMINAL.test(normalized)) return undefined;
  return PRISON.test(normalized) && NOT_PAYING.test(normalized) ? 'enforcementPrison' : undefined;
}
