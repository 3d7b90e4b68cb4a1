import { normalizeText } from '../language/normalizeText';

/**
 * Phrases (normalised: lower case, no diacritics or punctuation) that signal a citizen in distress,
 * in nl, en, de and pl. A match makes the assistant offer a person straight away. Phrases that
 * also start "I cannot pay any more" ("ik kan niet meer …") are left out: that is the cannot-pay flow.
 */
const DISTRESS_PHRASES = [
  'zelfmoord',
  'ik zie het niet meer zitten',
  'ik wil dood',
  'ik wil niet meer leven',
  'ik ben wanhopig',
  'ten einde raad',
  'mezelf iets aandoen',
  'suicide',
  'suicidal',
  'kill myself',
  'end my life',
  'want to die',
  'i cant go on',
  'i am desperate',
  'im desperate',
  'at the end of my rope',
  'selbstmord',
  'suizid',
  'ich will sterben',
  'ich bin verzweifelt',
  'mir etwas antun',
  'samobojstw',
  'chce umrzec',
  'nie chce zyc',
  'jestem zrozpaczon',
  'nie mam juz sily',
];

export function isDistressSignal(text: string): boolean {
  const normal = ` ${normalizeText(text)} `;
  return DISTRESS_PHRASES.some((phrase) => normal.includes(` ${phrase}`));
}
