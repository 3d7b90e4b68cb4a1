/**
 * Every text written to be spoken on the phone (`…Speech` variants, the short `spoken` answers of
 * the knowledge topics, and the `speech` groups) in every locale: a caller cannot open a web
 * address, look "below", click, or use "this chat", so none of them may say so.
 */
import { loadLocaleResources } from '../../bot/i18n';
import { SUPPORTED_LOCALES } from '../../domain/language/locale';

const resources = loadLocaleResources();

/** What a caller cannot do: web addresses, screen positions, clicks and the chat itself. */
const FOR_THE_EYE: [string, RegExp][] = [
  ['a web address', /https?:\/\/|\bwww\.|\b[a-z0-9-]+\.(?:nl|com|eu|de|pl|org|net)\b(?!\w)/i],
  ['a place on the screen', /\bhieronder\b|\bbelow\b|\bunten\b|\bponiżej\b/i],
  ['a click', /\bklik|\bclick|\bklicken\b|\bkliknij/i],
  ['the chat', /\bdeze chat\b|\bthis chat\b|\bdiesem chat\b|\btym czacie\b/i],
];

/** [locale, namespace:key, text] for every spoken text. */
function spokenTexts(): [string, string, string][] {
  const found: [string, string, string][] = [];
  const walk = (locale: string, path: string[], node: unknown, spoken: boolean): void => {
    if (typeof node === 'string') {
      if (spoken) found.push([locale, `${path[0]}:${path.slice(1).join('.')}`, node]);
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      const isSpoken = spoken || key.endsWith('Speech') || key === 'spoken' || key === 'speech';
      walk(locale, [...path, key], value, isSpoken);
    }
  };
  for (const locale of SUPPORTED_LOCALES)
    for (const [namespace, texts] of Object.entries(resources[locale]))
      walk(locale, [namespace], texts, false);
  return found;
}

const texts = spokenTexts();

describe('texts spoken on the phone', () => {
  it('are found in every locale: the variants, the short answers and the speech groups', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const keys = texts.filter(([l]) => l === locale).map(([, key]) => key);
      expect(keys).toContain('faq:topics.contact.spoken');
      expect(keys).toContain('common:help.textSpeech');
      expect(keys).toContain('lookup:speech.total');
      expect(keys.length).toBeGreaterThan(40);
    }
  });

  it.each(FOR_THE_EYE)('never mention %s', (_what, pattern) => {
    const offending = texts
      .filter(([, , text]) => pattern.test(text))
      .map(([l, key, text]) => `${l} ${key}: ${text}`);
    expect(offending).toEqual([]);
  });
});
