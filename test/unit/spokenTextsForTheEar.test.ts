/**
 * Every text written to be spoken on the phone (`…Speech` variants, the short `spoken` answers of
 * the knowledge topics, and the `speech` groups) in every locale: a caller cannot open a web
 * address, look "below", click, or use "this chat", so none of them may say so.
 */
import { speechFor } from '../../adapters/channels/channelReplyRenderer';
import { I18nLocalizer, loadLocaleResources } from '../../bot/i18n';
import { topicReply } from '../../dialogs/faqAnswer';
import { SUPPORTED_LOCALES, type Locale } from '../../domain/language/locale';

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

/**
 * What the voice really says: every knowledge answer as a caller hears it ("meer": the spoken
 * variant or else the whole answer, with the operator's numbers) and every other text of every
 * namespace, both through the phone's speakable rewriting. A web address written anywhere is said
 * as whose website it is, and no answer speaks of "this chat" to a caller.
 */
describe('what the voice says on the phone', () => {
  const localizer = I18nLocalizer.create();
  const sentences = (ssml: string): string => ssml.replace(/<[^>]+>/g, ' ').replace(/&apos;/g, "'");
  const WEB = FOR_THE_EYE[0][1];
  const CHAT = FOR_THE_EYE[3][1];

  /** [locale, topic, what the caller hears] for every knowledge topic. */
  function spokenAnswers(): [Locale, string, string][] {
    const found: [Locale, string, string][] = [];
    for (const locale of SUPPORTED_LOCALES) {
      const topics = Object.keys((resources[locale].faq as { topics: Record<string, unknown> }).topics);
      for (const topic of topics) {
        const reply = topicReply(localizer, locale, topic as never, false);
        found.push([locale, topic, sentences(speechFor(reply.speech ?? reply.text, locale, localizer))]);
      }
    }
    return found;
  }

  it('no knowledge answer reads out a web address or speaks of this chat', () => {
    const answers = spokenAnswers();
    expect(answers.length).toBeGreaterThan(100);
    const offending = answers
      .filter(([, , heard]) => WEB.test(heard) || CHAT.test(heard))
      .map(([l, topic, heard]) => `${l} ${topic}: ${heard}`);
    expect(offending).toEqual([]);
  });

  it('no text of any namespace reads out a web address when it is spoken', () => {
    const offending: string[] = [];
    const walk = (locale: Locale, path: string, node: unknown): void => {
      if (typeof node === 'string') {
        const heard = sentences(speechFor(node, locale, localizer));
        if (/https?:|www\.|\b[a-z0-9-]+\.(?:nl|com|eu|org)\/|\b(?:cjib|nationaleombudsman|juridischloket)\.nl\b/i.test(heard))
          offending.push(`${locale} ${path}: ${heard}`);
        return;
      }
      if (node && typeof node === 'object')
        for (const [key, value] of Object.entries(node as Record<string, unknown>)) walk(locale, `${path}.${key}`, value);
    };
    for (const locale of SUPPORTED_LOCALES)
      for (const [namespace, texts] of Object.entries(resources[locale])) walk(locale, namespace, texts);
    expect(offending).toEqual([]);
  });

  it('says whose website it is, in the caller\'s language', () => {
    const said = (text: string, locale: Locale): string => sentences(speechFor(text, locale, localizer));
    expect(said('Alle nummers staan op cjib.nl/telefoonnummers.', 'nl')).toMatch(/op de website van het CJIB\./);
    expect(said('Online via nationaleombudsman.nl of telefonisch.', 'nl')).toMatch(/op de website van de Nationale ombudsman/);
    expect(said('All numbers are on https://www.cjib.nl/telefoonnummers.', 'en')).toMatch(/on the website of the CJIB\./);
    expect(said('Alle Nummern stehen auf cjib.nl/telefoonnummers.', 'de')).toMatch(/auf der Website des CJIB\./);
    expect(said('Wszystkie numery są na cjib.nl/telefoonnummers.', 'pl')).toMatch(/na stronie internetowej CJIB\./);
    // An e-mail address is no web address: read back spelled, for the caller to check (spelledEmail.ts).
    expect(said('We mailen naar jan@cjib.nl.', 'nl')).toMatch(/j a n, apenstaartje, c j i b, punt, nl/);
  });
});
