import { saysYesToRequest } from '../arrangement/yesToRequest';
import { changesMindToYes } from '../handoff/secondThought';
import { wantsBackToFlow } from './backToFlow';
import { normalizeText } from './normalizeText';

/**
 * "Ik wil toch wel mijn boete zien", "actually I do want to see my fine", "doch, ich möchte meine Strafe
 * sehen", "jednak chcę zobaczyć mój mandat": after a "stop", the citizen changes their mind. The flow
 * they stopped is what they want after all, whatever else the words may resemble.
 */
const AFTER_ALL =
  /\b(toch( wel| nog)?|alsnog|bedacht|after all|actually|on second thought|changed my mind|doch( noch)?|lieber doch|anders uberlegt|jednak|mimo wszystko|zmienil\w* zdanie)\b/;

/** "Zien", "see", "opzoeken", "weten": the wish to have it (not "toch niet"). */
const NOT_AFTER_ALL = /\b(toch niet|doch nicht|jednak nie|actually not|actually no)\b/;

export function changesMindAfterStop(text: string): boolean {
  const normal = normalizeText(text);
  return AFTER_ALL.test(normal) && !NOT_AFTER_ALL.test(normal);
}

/** Words that name each flow a citizen can stop and want back: the lookup, the arrangement. */
const FLOW_WORDS: Record<'fine_status' | 'payment_arrangement', RegExp> = {
  fine_status:
    /\b(boetes?|bekeuring\w*|opzoeken|zoeken|zien|bekijken|weten|fines?|tickets?|look (it )?up|see|check|know|strafen?|bussgeld\w*|strafzettel|nachschauen|nachsehen|sehen|wissen|mandat\w*|kar[ay]?|zobaczyc|sprawdzic|wiedziec)\b/,
  payment_arrangement:
    /\b(regeling|betalingsregeling|termijnen|delen|afbetalen|aanvragen|aanvraag|arrangement|instalments?|installments?|payment plan|apply|request|raten\w*|ratenzahlung|beantragen|antrag|raty|rat|rozlozyc|splacic|wniosek|zlozyc)\b/,
};

/** Whether the message wants `flow` back after a stop ("ik wil toch wel mijn boete zien"). */
export function wantsStoppedFlowBack(text: string, flow: 'fine_status' | 'payment_arrangement'): boolean {
  // "Tak, złóż wniosek" after the schedule was turned down: its own yes, the arrangement after all.
  if (flow === 'payment_arrangement' && saysYesToRequest(text)) return true;
  // "Toch wel", "jednak tak": nothing but the second thought (the flow is the one just stopped), as
  // after a person turned down.
  if (changesMindToYes(text)) return true;
  // "Terug naar de regeling", "ga maar verder": the flow left, unless it names the other one.
  const other = flow === 'fine_status' ? 'payment_arrangement' : 'fine_status';
  const normal = normalizeText(text);
  if (wantsBackToFlow(text) && (FLOW_WORDS[flow].test(normal) || !FLOW_WORDS[other].test(normal)))
    return true;
  return changesMindAfterStop(text) && FLOW_WORDS[flow].test(normalizeText(text));
}
