import type { DirectAnswerId } from './directAnswer';
import { enforcementLead } from './enforcementSituations';
import { normalizeQuestion } from './normalizeQuestion';
import { procedureLead } from './procedureAsks';
import { sanctionInPartsAsk } from './sanctionInParts';
import { isCjibCallerScam } from './scamCall';
import { ALLOWANCES } from './allowanceTaken';
import { citizenIsGuardian, guardianIsSomeoneElses } from './othersGuardian';
import { livesAbroadOrNoDigid } from './livingAbroad';
import { asksDetentionIfUnpaid, asksServeInstead, asksVehicleIfUnpaid } from './enforcementIfUnpaid';
import { takenByPolice } from './takenByPolice';
import { OTHER_BODY, SAME_AS } from './cjibAndOm';
import type { TopicId } from './topics';

/**
 * The citizen's own situation named in the question ("ik zit in de wsnp", "ik heb een bewindvoerder",
 * "strafbeschikking betalen in delen"): a short answer to exactly that, said before the topic's answer
 * (or instead of it, right after that answer). The texts are `faq:direct.<id>`.
 */

const DIGID = /\bdigid\b/;

/** Court debt restructuring: DOMAIN.md says nothing about it, so a person says what is possible. */
export const WSNP = /\bwsnp\b|schuldsanering|debt restructuring|insolvenz|upadlos\w*|restrukturyzac\w*/;
/** Someone who manages the citizen's money (DOMAIN.md §1.3: a bewindvoerder may ask for deferral). */
export const GUARDIAN =
  /bewindvoerder|beschermingsbewind|onder bewind|budgetbeheer|\bbetreuung\b|kuratel\w*|financial (administrat\w*|guardian)|under (an? )?administration|\bguardian\b|\bbetreuer\w*|zarzadc\w*|kurator\w*|opiekun\w* prawn\w*/;
/** Debt help asked for: the municipality gives it (DOMAIN.md §1.5), the CJIB can pause collection meanwhile. */
export const DEBT_HELP =
  /schuldhulp\w*|hulp bij (mijn |de |m(ij|e)n )?schulden|schuldenhulp|schuldbemiddeling|debt (help|advice|advisor|counsel\w*|support)|help with (my |the )?debts?|schuldnerberatung|hilfe (bei|mit) (meinen |den )?schulden|poradni\w* dluznik\w*|doradztw\w* (dla )?dluznik\w*|pomoc\w* (w|przy|z) (splacie )?(dlug\w*|zadluzeni\w*)/;

/** Already in debt help: "ik zit in de schuldhulpverlening", "I'm in debt counselling", "ich bin in der Schuldnerberatung". */
/** A helper speaking for a client ("I'm a debt counsellor, how do I contact CJIB for my client"): not their own debt help. */
const HELPER =
  /\b(im|i am|ik ben|ich bin|jestem)( een| a| an| ein\w*)? (debt |financial )?(counsel+or\w*|counselor\w*|advis[eo]r\w*|schuldhulpverlener\w*|hulpverlener\w*|schuldnerberater\w*|berater\w*|doradc\w*|social worker|maatschappelijk werker|sozialarbeiter\w*)|\b(my|mijn|meine?n?|moj\w*) (client|clients|client\w*|klant\w*|mandant\w*|klient\w*)\b/;

/** The citizen in debt help already, not a helper asking for a client. */
export function inDebtHelp(normalized: string): boolean {
  return IN_DEBT_HELP.test(normalized) && !HELPER.test(normalized);
}

const IN_DEBT_HELP =
  /\b(zit|ben|zitten|zijn|im|i am|were|bin|sind|jestem)\b( \w+){0,3} (schuldhulp\w*|schuldsanering|schuldbemiddeling|debt (help|counsel\w*|advice|restructuring)|schuldnerberatung|poradni\w*)|\b(via|bij|through|with|uber|bei|przez|w) (de |mijn |my |der |meiner )?(schuldhulp\w*|schuldbemiddel\w*|schuldnerberatung)|\b(heb|have|habe|mam)\b( \w+){0,2} (schuldhulp\w*|schuldbemiddel\w*|schuldhulpverlener|debt counsel\w*)/;

/** "Waarom niet?" right after hearing an arrangement is not possible: the two conditions (DOMAIN.md §1.2, §1.6). */
const WHY_NOT =
  /^ (waarom (dan )?niet|hoezo (dan )?niet|why not|how come|warum (denn )?nicht|wieso (denn )?nicht|dlaczego nie|czemu nie)\b/;
/** Short of money for now, not debts: "ik heb deze maand geen geld", "I'm short this month". */
const THIS_MONTH =
  /\b(deze maand|nu even|even geen|tijdelijk|this month|right now|temporarily|till payday|diesen monat|in diesem monat|gerade|vorubergehend|w tym miesiacu|teraz|chwilowo|tymczasowo)\b/;
const SHORT_OF_MONEY =
  /geen geld|krap|no money|short of money|(dont|do not) have (the |any |enough )?money|kein geld|knapp bei kasse|nie mam (\w+ )?pieniedzy|brak pieniedzy/;

/** Living on benefits: a personal arrangement fitted to the income, or the noodstop. */
const BENEFITS =
  /bijstand|uitkering|\bon benefits\b|welfare|social assistance|burgergeld|hartz|sozialhilfe|zasilk\w*|pomoc\w* spoleczn\w*/;
/** Paying in parts. */
const IN_PARTS =
  /regeling|termijnen|gespreid|in delen|afbetal|instal+ment|payment (plan|arrangement)|\bin (parts|portions)\b|raten|teilzahlung|\braty\b|\bratach\b|rozloz/;
/** No money at all, next to a question about instalments: the noodstop is the way out if even that fails. */
const NO_MONEY =
  /geen geld|no money|(dont|do not) have (the |any |enough )?money|heb (het|dat) geld niet|kein geld|nie mam pieniedzy|nie stac mnie|schulden|\bdebts?\b|\bschulden\b|\bdlug(i|u|ow|ami|ach|iem)?\b/;
/** Taking an appeal back: "ik trek mijn beroep in", "withdraw my appeal", "Einspruch zurückziehen". */
const WITHDRAW =
  /intrek|\btrek\b[a-z ]{0,30}\bin\b|withdraw|zuruckziehen|zuruckgezogen|\bziehe\b[a-z ]{0,30}\bzuruck\b|wycofa\w*/;
const APPEAL = /beroep|bezwaar|appeal|objection|einspruch|widerspruch|odwolan\w*|sprzeciw/;

/** Cash: DOMAIN.md §2.2 names no way to pay in cash, so the ways it names are given and a person offered. */
const CASH = / (contant\w*|cash|bar (be)?zahl\w*|in bar|bargeld\w*|barzahlung\w*|gotowk\w*) /;

/**
 * Not willing rather than not able: "ik ga echt niet betalen", "I'm not going to pay", "ich werde
 * nicht zahlen", "nie zamierzam płacić" (not "ik ga het niet kunnen betalen").
 */
export const REFUSES =
  /^(?!.*\b(kunnen|kan|able|afford|konnen|kann|moc|stac|moge|mogl\w*|dam rady)\b).*(\b(ik ga|ga ik|im going|i am going|ich werde|werde ich)\b( \w+){0,2} (niet|not|nicht)( \w+){0,2} (betalen|to pay|pay|zahlen|bezahlen)\b|\bnie (zamierzam|bede) (\w+ )?(placic|zaplacic)\b|\bnie zaplace\b|\bnot (going to|gonna) pay\b)/;

/** The Schadefonds Geweldsmisdrijven (a fund for victims of violence), by any name. */
const SCHADEFONDS =
  /schadefonds|violent (crime|offences?) (compensation )?fund|criminal injuries compensation|opferentschadigung|entschadigungsfonds|fundusz\w* (kompensac|odszkodow)\w*/;

/** The short answer for the situation named in a question about `topicId`, or undefined. */
export function situationLead(topicId: TopicId, text: string): DirectAnswerId | undefined {
  const normalized = normalizeQuestion(text);
  const money = topicId === 'noodstop' || topicId === 'instalments';
  if (money && WHY_NOT.test(normalized)) return 'whyNoArrangement';
  if (
    money &&
    SHORT_OF_MONEY.test(normalized) &&
    THIS_MONTH.test(normalized) &&
    !/schulden|debts?|dlug/.test(normalized)
  )
    return 'shortOfMoney';
  if (topicId === 'noodstop') {
    // The court's scheme (WSNP, "debt restructuring") before debt help in general: DOMAIN.md knows nothing of it.
    if (WSNP.test(normalized)) return 'noodstopWsnp';
    if (inDebtHelp(normalized)) return 'inDebtHelp';
    // "Mijn man heeft een bewindvoerder": his bewindvoerder, not "your administrator".
    // "Ik ben de bewindvoerder van mijn broer": what they can do for their client.
    if (GUARDIAN.test(normalized)) {
      if (citizenIsGuardian(normalized)) return 'noodstopGuardianActing';
      return guardianIsSomeoneElses(normalized) ? 'noodstopGuardianOther' : 'noodstopGuardian';
    }
    if (BENEFITS.test(normalized)) return 'noodstopBenefits';
    if (DEBT_HELP.test(normalized)) return 'noodstopDebtHelp';
  }
  // "Ontnemingsmaatregel in termijnen?": only a person can say what is possible (a person is offered).
  const inParts = sanctionInPartsAsk(text);
  if (inParts && inParts.topicId === topicId && inParts.lead !== 'compensationInParts') return inParts.lead;
  // "Ik heb al bezwaar gemaakt", "taakstraf niet gedaan": before the topic's own situations (a withdrawal, in parts).
  const procedure = procedureLead(topicId, text);
  if (procedure) return procedure;
  // A caller in the CJIB's name demanding money: that call's warning, not the one about texts and e-mails.
  if (topicId === 'scam' && isCjibCallerScam(normalized)) return 'scamCall';
  // "Asked to log in with DigiD, I live in the UK and have none": no DigiD needed, how a real fine is paid.
  if (topicId === 'scam' && DIGID.test(normalized) && livesAbroadOrNoDigid(text)) return 'scamNoDigid';
  // "Word mn rijbewijs afgepakt als ik niet betaal?": when it can come to that (not a refusal, not the list).
  if (topicId === 'enforcement' && asksVehicleIfUnpaid(normalized)) return 'enforcementVehicleIf';
  // "Kan ik ook gewoon zitten ipv betalen?": detention is no way of paying (DOMAIN.md §2.5, §2.6).
  if (topicId === 'enforcement' && asksServeInstead(normalized)) return 'serveInstead';
  // "Kunnen ze me opsluiten voor een paar boetes?": only with the judge's permission, as a last step, first.
  if (topicId === 'enforcement' && asksDetentionIfUnpaid(normalized)) return 'enforcementPrison';
  if (topicId === 'enforcement' && REFUSES.test(normalized)) return 'enforcementRefuse';
  if (topicId === 'strafbeschikking' && IN_PARTS.test(normalized)) return 'strafbeschikkingInParts';
  if (topicId === 'instalments' && NO_MONEY.test(normalized)) return 'instalmentsNoMoney';
  if (topicId === 'how_to_pay' && CASH.test(normalized)) return 'howToPayCash';
  const appeal = topicId === 'appeal_and_instalments' || topicId === 'objection';
  if (appeal && WITHDRAW.test(normalized) && APPEAL.test(normalized)) return 'appealWithdraw';
  // "Is het CJIB hetzelfde als het OM?": no; who collects and who decides, before what the CJIB is.
  if (topicId === 'about_cjib' && SAME_AS.test(normalized) && OTHER_BODY.test(normalized)) return 'cjibNotOm';
  // "Kan het van mijn toeslagen af?": not in DOMAIN.md (it knows wages and benefits); said so, before the steps.
  if (topicId === 'enforcement' && ALLOWANCES.test(normalized)) return 'allowancesUnknown';
  // "Wat is het Schadefonds Geweldsmisdrijven?": not in DOMAIN.md; said so, before what the CJIB does for victims.
  if (topicId === 'victim_compensation' && SCHADEFONDS.test(normalized)) return 'schadefondsUnknown';
  // "De politie heeft mijn rijbewijs ingevorderd": the OM's matter, not the CJIB's collection.
  if (topicId === 'seized_vehicle' && takenByPolice(normalized)) return 'takenByPolice';
  return enforcementLead(topicId, text);
}

/**
 * "Kan ik mijn strafbeschikking in delen betalen?": its answer says the arrangement can be requested
 * here, so the letter's number typed next is that request (as after the instalments answer).
 */
export function offersArrangementHere(topicId: TopicId, text: string): boolean {
  return topicId === 'strafbeschikking' && situationLead(topicId, text) === 'strafbeschikkingInParts';
}
