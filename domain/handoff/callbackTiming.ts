import { normalizeText } from '../language/normalizeText';

/**
 * "Hoe lang duurt het voordat jullie bellen?", "When will you call?", "Wann rufen Sie an?",
 * "Kiedy zadzwonicie?": asked while a callback is being arranged, a question about when staff
 * call, not about the CJIB's phone numbers. Texts are normalised (no diacritics, no punctuation).
 */
const WHEN =
  /\b(hoe ?lang|hoe laat|wanneer|hoe snel|when|how (long|soon|quickly)|what time|wann|wie (lange|schnell|bald)|um wie viel uhr|kiedy|jak (dlugo|szybko|predko)|o ktorej)\b/;
const CALL =
  /\b(bel\w*|gebeld|opbellen|call\w*|ring\w*|phone me|anruf\w*|angerufen|ruf\w*|zadzwoni\w*|oddzwoni\w*|dzwoni\w*)\b/;

export function asksWhenStaffCall(text: string): boolean {
  const normal = normalizeText(text);
  const when = WHEN.exec(normal);
  return when !== null && CALL.test(normal.slice(when.index));
}

/**
 * "Wanneer?", "en hoe laat dan?", "when?", "wann denn?", "kiedy?" alone. Only while the callback is
 * being arranged is that about the call; elsewhere it follows whatever was said before.
 */
const WHEN_ALONE =
  /^(en |and |und |a )?(wanneer|hoe laat|when|what time|wann|um wie viel uhr|kiedy|o ktorej)( dan| then| denn| dann| to)?$/;

export function asksWhenAlone(text: string): boolean {
  return WHEN_ALONE.test(normalizeText(text).trim());
}
