import { normalizeText } from './normalizeText';

/** "Kunt u mij terugbellen?", "call me back", "Rückruf", "proszę oddzwonić". */
const CALL_ME_BACK =
  /\b(terug ?bellen|terugbelverzoek|bel me terug|bel mij terug|call (me )?back|callback|ring me back|zuruckrufen|zuruckruf|ruckruf|rufen sie mich( bitte)? (zuruck|an)|oddzwon\w*|zadzwoni\w* do mnie|do mnie zadzwoni\w*)\b/;

/** True when the citizen asks to be called back: a request for a person, whatever else it mentions. */
export function asksForCallback(text: string): boolean {
  const normal = normalizeText(text);
  // "Wanneer belt u mij terug?" asks about a callback already requested.
  return CALL_ME_BACK.test(normal) && !/^(when|wanneer|wann|kiedy)\b/.test(normal);
}
