import type { TurnContext } from 'botbuilder';
import { asksDecisionTime } from '../domain/arrangement/decisionQuestion';
import { asksIfFiledTwice } from '../domain/arrangement/filedTwice';
import { asksEnforcementMeanwhile } from '../domain/arrangement/enforcementMeanwhile';
import { asksIncreaseMeanwhile } from '../domain/arrangement/increaseMeanwhile';
import { asksCostsWhilePending } from '../domain/knowledge/askedFirst';
import { scheduleObjection } from '../domain/arrangement/scheduleObjection';
import { asksWhenDecided } from '../domain/language/howLongQuestion';
import { asksForReference } from '../domain/language/referenceQuestion';
import { isAcknowledgement } from '../domain/language/conversationCues';
import { normalizeText } from '../domain/language/normalizeText';
import type { Recognition } from '../domain/ports/recognizer';
import { offersAfterFiled, sayAboutFiled, sayFiledAlready } from './arrangementFiling';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { replyWithRequestStatus } from './filedRequestStatus';
import { bareYesNo, offeredChoices } from './offerAnswer';
import { askAboutPerson } from './personQuestion';
import { say, turnLocale } from './turn';

/** "Is het verstuurd?", "was it sent?", "wurde er gesendet?", "czy został wysłany?" */
const SENT_QUESTION =
  /\b(verstuurd|verzonden|ingediend|doorgestuurd|sent|submitted|gone through|went through|gesendet|abgeschickt|eingereicht|angekommen|wyslan\w*|zlozon\w*|dotarl\w*)\b/;

function asksIfSent(said: string): boolean {
  return (
    SENT_QUESTION.test(normalizeText(said)) &&
    (said.includes('?') || /^(is|was|wurde|ist|czy|has|did)\b/i.test(said.trim()))
  );
}

/**
 * Follow-ups to an arrangement request filed in this conversation, asked later on: how long its
 * decision takes, its reference, whether it was sent, or a second "send it"; and whether one was
 * filed twice when none was. Whether one was answered. Always spends the "reference just given"
 * mark of the previous turn once it gets that far.
 */
export async function replyAboutFiledRequest(
  context: TurnContext,
  deps: DialogDeps,
  recognition: Recognition,
  data: ConversationData,
  nothingAsked: boolean,
): Promise<boolean> {
  const t = (key: string, vars?: Record<string, unknown>): string =>
    deps.localizer.t(turnLocale(context), key, vars);
  // "Hoe lang duurt dat?", "wanneer hoor ik of het goedgekeurd is?", "hoe lang moet ik wachten?"
  // after an arrangement request: its decision (unknown how long, by letter), not the payment deadline.
  const reference = data.arrangementReference;
  if (data.arrangementFiled && (asksWhenDecided(recognition.text) || asksDecisionTime(recognition.text))) {
    await sayAboutFiled(context, deps, t('arrangement:filed.howLong', { reference }));
    return true;
  }
  // "Is hij nu goedgekeurd?", "moet ik nu al iets betalen?": where it stands (see filedRequestStatus).
  if (reference && (await replyWithRequestStatus(context, deps, recognition.text, data))) return true;
  // "Gaat de boete nog omhoog terwijl ik wacht?": not known (DOMAIN.md §1.10); "komen er nog kosten
  // bij?" is the knowledge answer's (requestRouting).
  const text = recognition.text;
  if (reference && asksIncreaseMeanwhile(text) && !asksCostsWhilePending(text, true)) {
    await sayAboutFiled(context, deps, t('arrangement:filed.increaseMeanwhile', { reference }));
    return true;
  }
  // "Komt de deurwaarder nu nog?": what happens for this request (DOMAIN.md §1.9, §1.10), not every step.
  if (reference && asksEnforcementMeanwhile(text)) {
    await sayAboutFiled(context, deps, t('arrangement:filed.enforcementMeanwhile', { reference }));
    return true;
  }
  // "Het maandbedrag is te hoog" with a request on file: a personal arrangement, which a person
  // arranges (DOMAIN.md §1.4), not the fines' overview; "ja" hands over with that reason.
  if (reference && scheduleObjection(recognition.text) === 'tooHigh') {
    data.pendingClarification = undefined;
    data.personOffered = true;
    data.handoffReason = 'personal_arrangement';
    await askAboutPerson(context, deps, t('arrangement:filed.tooHigh', { reference }));
    return true;
  }
  // "Wat was mijn referentienummer ook alweer?" later on: the reference of the request filed here.
  if (reference && asksForReference(recognition.text)) {
    await sayAboutFiled(context, deps, t('arrangement:filed.reference', { reference }));
    return true;
  }
  // "Is mijn aanvraag verstuurd?", "czy wniosek został wysłany?": yes, with its reference.
  if (reference && asksIfSent(recognition.text)) {
    await sayAboutFiled(context, deps, t('arrangement:filed.sent', { reference }));
    return true;
  }
  // "Heb ik nou 2 keer aangevraagd?": one request was filed, with its reference.
  if (reference && asksIfFiledTwice(recognition.text)) {
    await sayAboutFiled(context, deps, t('arrangement:filed.once', { reference }));
    return true;
  }
  // The same question with nothing filed here: none was sent in this conversation; whether an
  // arrangement runs already, the lookup tells (offered).
  if (!data.arrangementFiled && asksIfFiledTwice(recognition.text)) {
    data.misunderstandings = 0;
    data.pendingClarification = ['fine_status'];
    await say(context, deps, {
      text: t('arrangement:filed.noneHere'),
      choices: offeredChoices(context, deps, data.pendingClarification),
      expectsInput: true,
    });
    return true;
  }
  // "Ja, versturen" once more right after the reference was given: that same request, never a second one.
  const referenceJustGiven = data.referenceJustGiven;
  data.referenceJustGiven = undefined;
  if (
    referenceJustGiven &&
    // (Also at the question after "already requested": "ja" there is the request once more.)
    (nothingAsked || offersAfterFiled(data.pendingClarification)) &&
    bareYesNo(recognition, deps) === true &&
    // ("Oh ok", "prima": the reference taken in, not the confirmation sent once more.)
    !isAcknowledgement(recognition.text)
  ) {
    await sayFiledAlready(context, deps, referenceJustGiven);
    return true;
  }
  return false;
}
