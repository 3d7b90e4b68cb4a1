import { normalizeText } from './normalizeText';

/** "Kunt u mij terugbellen?", "call me back", "Rückruf", "proszę oddzwonić". */
const CALL_ME_BACK =
  /\b(terug ?bellen|terugbelverzoek|bel me terug|bel mij terug|call (me )?back|callback|ring me back|zuruckrufen|zuruckruf|ruckruf|rufen sie mich( bitte)? (zuruck|an)|oddzwon\w*|zadzwoni\w* do mnie|do mnie zadzwoni\w*)\b/;

/** "Kan iemand mij bellen?", "Can someone call me?", "Kann mich jemand anrufen?", "Czy ktoś może do mnie zadzwonić?". */
const CALL_ME =
  /\b((kan|kunt|wil|zou) (iemand|u|jullie|een medewerker) (mij|me) (even |misschien )?(bellen|opbellen)|(can|could|will) (someone|somebody|you|a person|staff|an agent) (please )?(call|phone|ring) me|kann (mich )?(jemand|ein mitarbeiter|eine mitarbeiterin|man) (mich )?anrufen|konnen sie mich anrufen|czy (ktos|pracownik) (moze|moglby) (do mnie )?zadzwonic)\b/;

/** True when the citizen asks to be called back: a request for a person, whatever else it mentions. */
export function asksForCallback(text: string): boolean {
  const normal = normalizeText(text);
  // "Wanneer belt u mij terug?" asks about a callback already requested.
  return (CALL_ME_BACK.test(normal) || CALL_ME.test(normal)) && !/^(when|wanneer|wann|kiedy)\b/.test(normal);
}

/** "Wanneer belt u mij terug?", "When will you call me back?", "Wann rufen Sie mich zurück?", "Kiedy do mnie oddzwonicie?". */
const WHEN_CALLED_BACK =
  /^(when|wanneer|wann|kiedy)\b.*\b(terug ?bel\w*|bel\w*\b.*\bterug|call\w*\b.*\bback|ring\w*\b.*\bback|callback|zuruckruf\w*|ruf\w*\b.*\bzuruck|ruckruf|oddzwoni\w*|zadzwoni\w*)\b/;

/** True when the citizen asks when the callback they asked for will come. */
export function asksWhenCalledBack(text: string): boolean {
  return WHEN_CALLED_BACK.test(normalizeText(text));
}
