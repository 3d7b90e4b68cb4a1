import { normalizeText } from '../language/normalizeText';
import { expressesFrustration } from './frustrationSignal';

/**
 * "Das ist doch Abzocke!!!", "WAAROM KRIJG IK WEER EEN AANMANING", "this is a rip-off": an angry
 * citizen. Asking for a person in such a message, they get a short acknowledgement and the person at
 * once, not a lecture on increases and enforcement first. Shouting counts as typed (capitals, a row
 * of exclamation marks); the words are matched normalised (no diacritics, no punctuation).
 */
const ANGRY_WORDS = new RegExp(
  [
    // nl
    'oplicht\\w*|schandalig|schande|belachelijk|diefstal|dieven|boeven|maffia|zakkenvullers|te gek voor woorden|walgelijk',
    // en
    'rip ?off|ripoff|outrageous|disgrace\\w*|scandal\\w*|daylight robbery|thie(f|ves)|crooks|unbelievable|ridiculous',
    // de
    'abzocke|abzocker|frechheit|unverschamt\\w*|skandal\\w*|wucher|betrug|betruger|diebe|lacherlich|unglaublich',
    // pl
    'oszust\\w*|zlodzie\\w*|skandal\\w*|kpina|granda|zdzierstw\\w*|rozboj',
  ]
    .map((p) => `\\b(${p})\\b`)
    .join('|'),
);

/** Two or more exclamation marks, or "?!" / "!?": said with force. */
const FORCE = /!{2,}|\?+!|!\?+/;

/** Three or more words of three letters or more in capitals: shouted. */
function shouts(text: string): boolean {
  const words = text.match(/\b[A-ZÄÖÜĄĆĘŁŃÓŚŹŻ]{3,}\b/g) ?? [];
  return words.filter((w) => w !== 'CJIB').length >= 3;
}

export function soundsAngry(text: string): boolean {
  if (FORCE.test(text) || shouts(text)) return true;
  const normal = normalizeText(text);
  return ANGRY_WORDS.test(normal) || expressesFrustration(text);
}
