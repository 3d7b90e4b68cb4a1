import { normalizeText } from './normalizeText';

const alternatives = (patterns: string[]): RegExp => new RegExp(patterns.map((p) => `\\b(${p})\\b`).join('|'));

/**
 * Asking to be called back, or whether someone can call: "kunt u mij terugbellen?", "kan iemand mij
 * bellen?", "call me back", "could someone call me?", "Rückruf", "Können Sie mich anrufen?", "proszę
 * oddzwonić", "czy ktoś może do mnie zadzwonić?". Unmistakable, also while a flow asks something.
 * Texts are normalised (no diacritics, no punctuation).
 */
const CALLED_BACK = alternatives([
  // nl
  'terug ?bellen|terugbelverzoek|bel (me|mij) terug|(kan|kunt|wil|zou) (iemand|u|jullie|een medewerker) (mij|me) (even |misschien )?(op)?bellen',
  // en
  'call (me )?back|callback|ring me back|(can|could|will) (someone|somebody|you|a person|staff|an agent) (please )?(call|phone|ring) me',
  // de
  'zuruckruf\\w*|ruckruf|rufen sie mich( bitte)? (zuruck|an)|(kann|konnte) (mich )?(jemand|ein mitarbeiter|eine mitarbeiterin|man) (mich )?anrufen|konnen sie mich anrufen',
  // pl
  'oddzwon\\w*|zadzwoni\\w* do mnie|do mnie zadzwoni\\w*|czy (ktos|pracownik) (moze|moglby) (do mnie )?zadzwonic',
]);

/**
 * "Bel me maar", "ok then yes, call me", "ruf mich an", "zadzwońcie do mnie": call me, said as an
 * instruction. At the start a request for a person; at a flow's question for an e-mail address or
 * phone number it may just say how to be reached, so there the flow hears it first.
 */
const CALL_ME = alternatives(['bel (me|mij)|(call|phone|ring) me|ruf mich( bitte)? an|zadzwon(cie)? do mnie']);

/** "Bel me niet", "please do not call me", "ruf mich nicht an", "nie dzwońcie": being called refused. */
const REFUSED =
  /\b((dont|do not|never|niet|nooit|nicht|nie) (\w+ )?(call|phone|ring|bel\w*|ruf\w*|anruf\w*|zadzwon\w*|oddzwon\w*|dzwon\w*)|(bel (me|mij)|call me|ruf mich) (maar )?(niet|nooit|not|never|nicht))\b/;

/** "You can call me on 06…", "u kunt mij bellen op …": a number given (the subject first), not a request. */
const NUMBER_GIVEN = /\b(you|u|jullie|je) (can|could|may|kunt|kan|mag|mogen|konnen) (\w+ )?(call|phone|ring|bellen|bel)\b/;

/** "Wanneer belt u mij terug?" asks about a callback already requested (see domain/handoff/callbackTiming). */
const ASKS_WHEN = /^(when|wanneer|wann|kiedy)\b/;

function asked(normal: string): boolean {
  return !REFUSED.test(normal) && !NUMBER_GIVEN.test(normal) && !ASKS_WHEN.test(normal);
}

/** True when the citizen asks to be called (back), in any form: a request for a person, whatever else the message mentions. */
export function asksForCallback(text: string): boolean {
  const normal = normalizeText(text);
  return (CALLED_BACK.test(normal) || CALL_ME.test(normal)) && asked(normal);
}

/** True when the citizen asks to be called back or whether someone can call them (not a bare "bel me maar"). */
export function asksToBeCalledBack(text: string): boolean {
  const normal = normalizeText(text);
  return CALLED_BACK.test(normal) && asked(normal);
}
