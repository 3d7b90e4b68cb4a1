import { normalizeText } from './normalizeText';

/**
 * Every way of asking to be called: "kunt u mij terugbellen?", "bel me maar", "kan iemand mij
 * bellen?", "call me back", "ok then yes call me", "Rückruf", "rufen Sie mich an", "kann mich jemand
 * anrufen?", "zadzwońcie do mnie", "proszę oddzwonić". Texts are normalised (no diacritics, no punctuation).
 */
const CALL_ME = new RegExp(
  [
    // nl
    'terug ?bellen|terugbelverzoek|bel (me|mij)|(mij|me) (even |misschien )?(op)?bellen',
    // en
    'call (me )?back|callback|(call|phone|ring) me',
    // de
    'zuruckruf\\w*|ruckruf|ruf(en sie)? mich( bitte)? (an|zuruck)|mich (jemand |ein mitarbeiter |eine mitarbeiterin |man )?anrufen',
    // pl
    'oddzwon\\w*|zadzwon\\w* do mnie|do mnie zadzwoni\\w*',
  ]
    .map((p) => `\\b(${p})\\b`)
    .join('|'),
);

/** "Bel me niet", "please do not call me", "ruf mich nicht an", "nie dzwońcie": being called refused. */
const REFUSED =
  /\b((dont|do not|never|niet|nooit|nicht|nie) (\w+ )?(call|phone|ring|bel\w*|ruf\w*|anruf\w*|zadzwon\w*|oddzwon\w*|dzwon\w*)|(bel (me|mij)|call me|ruf mich) (maar )?(niet|nooit|not|never|nicht))\b/;

/** "You can call me on 06…", "u kunt mij bellen op …": a number given (the subject first), not a request. */
const NUMBER_GIVEN = /\b(you|u|jullie|je) (can|could|may|kunt|kan|mag|mogen|konnen) (\w+ )?(call|phone|ring|bellen|bel)\b/;

/** "Wanneer belt u mij terug?" asks about a callback already requested (see domain/handoff/callbackTiming). */
const ASKS_WHEN = /^(when|wanneer|wann|kiedy)\b/;

/** True when the citizen asks to be called (back): a request for a person, whatever else the message mentions. */
export function asksForCallback(text: string): boolean {
  const normal = normalizeText(text);
  if (!CALL_ME.test(normal)) return false;
  return !REFUSED.test(normal) && !NUMBER_GIVEN.test(normal) && !ASKS_WHEN.test(normal);
}
