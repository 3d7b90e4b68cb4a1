import { showsHardship } from '../domain/handoff/hardshipSituation';
import { asksForPerson, declinesPerson } from '../domain/handoff/personRequest';
import { changesMindToYes } from '../domain/handoff/secondThought';
import { endsConversation, isAcknowledgement, isSarcasticThanks } from '../domain/language/conversationCues';
import { wantsBackToFlow } from '../domain/language/backToFlow';
import { saysDontKnow } from '../domain/language/dontKnow';
import type { IntentId } from '../domain/language/intents';
import { mentionedLocaleOf } from '../domain/language/languageNaming';
import { requestedLocale } from '../domain/language/requestedLocale';
import type { Recognition } from '../domain/ports/recognizer';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { bareYesNo, NO_CONTENT_AFTER_NO } from './offerAnswer';
import { offeredIntent } from './smallTalk';

/**
 * The intent to act on, taking an answer to an earlier "did you mean" or "want a person?" into account.
 * Clears what was offered (it is answered now); a person turned down is remembered for one message.
 */
export function resolveIntent(
  recognition: Recognition,
  data: ConversationData,
  deps: DialogDeps,
): IntentId | undefined {
  const pending = data.pendingClarification;
  const personOffered = data.personOffered;
  data.pendingClarification = undefined;
  data.personOffered = undefined;
  if (
    pending?.includes('change_language') &&
    (requestedLocale(recognition.text) ?? mentionedLocaleOf(recognition.text))
  )
    return 'change_language';
  // "ja" to a single offer ("Wilt u een medewerker spreken?" after a paid lookup) takes it.
  // ("Top, bedankt", "oké": taken in, not a yes to it.)
  if (
    pending?.length === 1 &&
    pending[0] !== 'change_language' &&
    bareYesNo(recognition, deps) === true &&
    !isAcknowledgement(recognition.text)
  )
    return pending[0];
  // "Eigenlijk wel", "doch, ich möchte sie" right after an offer was turned down and left open
  // ("ik heb niets aangevraagd"): the offer after all, like "toch wel".
  if (pending?.length === 1 && pending[0] !== 'change_language' && changesMindToYes(recognition.text))
    return pending[0];
  if (pending?.length) {
    const picked = offeredIntent(recognition.text, pending, deps, recognition);
    if (picked) return picked;
    // "Weet ik niet" to "which of these is it about?": the lookup, which shows what the letter is about.
    if (pending.includes('fine_status') && saysDontKnow(recognition.text)) return 'fine_status';
  }
  // A bare yes or no answers the offer; "nee, ik wil een betalingsregeling" is routed as it says.
  // "Ok, terug naar de regeling": its "ok" is no yes to the person (the way back is routed below).
  const yesNo =
    personOffered && !wantsBackToFlow(recognition.text)
      ? bareYesNo(recognition, deps, NO_CONTENT_AFTER_NO)
      : undefined;
  // "Nee, doei": no person, and the citizen is leaving.
  if (yesNo === false && recognition.intent === 'goodbye') return 'goodbye';
  // "Thanks, that's all", "dzięki, pa", "oké bedankt, doei": a goodbye, not "anything else?".
  if (endsConversation(recognition.text)) return 'goodbye';
  if (yesNo === false) {
    // Remembered for the next message only (false: offered and turned down), for a second thought.
    data.personOffered = false;
    return 'help';
  }
  if (yesNo === true) return 'human_agent';
  // "Toch wel", "actually yes", "doch" right after turning the person down: the person after all.
  if (personOffered === false && changesMindToYes(recognition.text)) return 'human_agent';
  // "Ik wil een mens", "bel me maar", also inside an angry or long message: the citizen asking is a handoff trigger.
  if (asksForPerson(recognition.text)) return 'human_agent';
  // "Ik wil geen medewerker, gewoon betalen": a person turned down, whatever the model makes of the word.
  // Only the no ("I don't want to talk to anyone"): what the assistant can do itself.
  if (declinesPerson(recognition.text)) {
    if (
      recognition.intent !== 'human_agent' &&
      recognition.intent !== 'none' &&
      recognition.score >= deps.confidenceThreshold
    )
      return recognition.intent;
    const next = recognition.ranked.find((r) => r.intent !== 'human_agent' && r.intent !== 'none');
    return next && next.score >= deps.confidenceThreshold ? next.intent : 'help';
  }
  // "Super bedankt voor niks hoor": sarcasm is a complaint, never "graag gedaan".
  if (isSarcasticThanks(recognition.text)) return 'complaint';
  if (recognition.intent === 'none' || recognition.score < deps.confidenceThreshold)
    return saysCannotPayUnsure(recognition) ? 'cannot_pay' : undefined;
  return recognition.intent;
}

/**
 * "Ik heb echt geen geld meer en nu weer een aanmaning": unsure between not being able to pay and the
 * increase, but the citizen says they cannot pay: that answer (kind, a person offered), not "did you mean".
 */
function saysCannotPayUnsure(recognition: Recognition): boolean {
  return (
    recognition.ranked.slice(0, 2).some((r) => r.intent === 'cannot_pay') && showsHardship(recognition.text)
  );
}
