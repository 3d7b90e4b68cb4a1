import { normalizeQuestion } from '../knowledge/normalizeQuestion';

/**
 * "Ja toch wel versturen", "yes, send it after all", "doch abschicken", "jednak wyślij" right after
 * a no at the confirmation: the request read back is to be sent (a bare "ja" hears the schedule again).
 */
const SEND =
  / (versturen|verstuur|verzenden|opsturen|insturen|toch|send|send it|after all|submit|senden|absenden|abschicken|schicken|doch|wyslij|wyslac|wysylaj|jednak) /;

export function saysSendAfterAll(message: string): boolean {
  return SEND.test(normalizeQuestion(message));
}
