import { normalizeText } from './normalizeText';

/**
 * "STOP", "stoppen", "afmelden", "unsubscribe", "abmelden", "koniec" sent alone by text message: the
 * SMS convention to opt out of messages, not a request to stop a flow that is not running.
 */
const OPT_OUT = /^(stop|stopp|stoppen|stop all|stopall|afmelden|uitschrijven|unsubscribe|end|quit|abmelden|abbestellen|wypisz|rezygnuje|koniec)$/;

export function optsOutBySms(text: string): boolean {
  return OPT_OUT.test(normalizeText(text));
}
