import { normalizeQuestion } from '../knowledge/normalizeQuestion';

/*
 * At "Zal ik de aanvraag nu versturen?" the citizen may ask what saying yes does: "weet u zeker dat
 * het verstuurd wordt?", "is it really sent?", "wird das wirklich gesendet?", "czy na pewno wysłać?",
 * "wat gebeurt er als ik ja zeg?". Answered with what follows a yes, then the question again.
 */

const SEND =
  /\b(verstuur\w*|verzend\w*|verzonden|opgestuurd|opsturen|doorgestuurd|send\w*|sent|submit\w*|absend\w*|abschick\w*|abgeschickt|gesendet|senden|schick\w*|versend\w*|wysla\w*|wysle\w*|wyslan\w*|wysyl\w*|przesl\w*|zlozy\w*|zlozon\w*)\b/;
/** "Zeker", "really", "wirklich", "na pewno": asks whether it truly goes. */
const SURE =
  /\b(zeker|echt|werkelijk|really|sure|definitely|actually|for real|wirklich|sicher|tatsachlich|pewno|naprawde|faktycznie|serio)\b/;
/** "Wat gebeurt er als ik ja zeg?", "what happens if I confirm?", "was passiert, wenn ich ja sage?", "co się stanie, jak potwierdzę?" */
const ON_YES =
  /\b(wat gebeurt|wat dan|what happens|what then|was passiert|was geschieht|co sie stanie|co bedzie|co dalej)\b.*\b(ja|yes|tak|bevestig\w*|confirm\w*|bestatig\w*|potwierdz\w*|verstuur\w*|send\w*|absend\w*|abschick\w*|wysl\w*)\b/;
/** A question, not an answer: "ja, zeker versturen" is a yes. */
const QUESTION_START =
  /^(weet|wordt|gaat|is|zal|moet|will|does|are|should|do|wird|ist|geht|soll|sind|czy|na pewno|naprawde|really|echt|wirklich|wat|what|was|co)\b/;
/** "Nee, niet versturen", "don't send it": the answer no. */
const NOT = /\b(niet|nee|not|dont|do not|nicht|nein|nie)\b/;

/** Whether the message asks what saying yes to sending does (or whether it truly is sent). */
export function asksWhatSendingDoes(message: string): boolean {
  const text = normalizeQuestion(message).trim();
  if (!text || NOT.test(text)) return false;
  if (!message.includes('?') && !QUESTION_START.test(text)) return false;
  return ON_YES.test(text) || (SEND.test(text) && SURE.test(text));
}
