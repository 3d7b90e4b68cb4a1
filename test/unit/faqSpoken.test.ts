/**
 * The short spoken answers for the phone (`faq:topics.<id>.spoken`): in every locale when in one,
 * shorter than the written answer and short enough to remember, with the same values filled in, and
 * telling the caller how to hear everything. And "meer" in its forms, which asks for all of it.
 */
import { I18nLocalizer, loadLocaleResources } from '../../bot/i18n';
import { SUPPORTED_LOCALES, type Locale } from '../../domain/language/locale';
import { asksForMore } from '../../domain/knowledge/moreRequest';
import { TOPIC_IDS, type TopicId } from '../../domain/knowledge/topics';
import { topicReply, topicSpoken } from '../../dialogs/faqAnswer';

const resources = loadLocaleResources();
const localizer = I18nLocalizer.create(resources);

/** About three short sentences and where the rest is: what a listener can keep in mind. */
const SPOKEN_MAX = 450;
/** From this length a written answer is too long to listen to, so it has a spoken version. */
const LONG_ANSWER = 600;

/** The word that asks for everything, as each spoken version quotes it. */
const MORE_WORD: Record<Locale, string> = { nl: '"meer"', en: '"more"', de: '"mehr"', pl: '„więcej”' };

function topics(locale: Locale): Record<string, { answer: string; spoken?: string }> {
  return (resources[locale].faq as { topics: Record<string, { answer: string; spoken?: string }> }).topics;
}

const withSpoken = TOPIC_IDS.filter((id) =>
  SUPPORTED_LOCALES.some((l) => topics(l)[id]?.spoken !== undefined),
);
const everySpoken = SUPPORTED_LOCALES.flatMap((locale) => withSpoken.map((id) => [locale, id] as const));

/** The {{names}} a text fills in. */
function variables(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort();
}

describe('short spoken answers', () => {
  it('exist for the long answers', () => {
    const long = TOPIC_IDS.filter((id) => topics('nl')[id].answer.length > LONG_ANSWER);
    expect(long.length).toBeGreaterThan(5);
    expect(long.filter((id) => !withSpoken.includes(id))).toEqual([]);
  });

  it.each(everySpoken)('%s/%s: exists, shorter than the answer and under the limit', (locale, id) => {
    const spoken = topicSpoken(localizer, locale, id as TopicId);
    expect(spoken).toBeDefined();
    const answer = topicReply(localizer, locale, id as TopicId, false).speech ?? '';
    expect(spoken!.length).toBeLessThan(answer.length);
    expect(spoken!.length).toBeLessThanOrEqual(SPOKEN_MAX);
    expect(spoken).not.toMatch(/\{\{|\}\}|\n|\[|\]\(/);
  });

  it.each(everySpoken)('%s/%s: tells the caller how to hear everything', (locale, id) => {
    expect(topicSpoken(localizer, locale, id as TopicId)).toContain(MORE_WORD[locale]);
  });

  it.each(everySpoken)('%s/%s: fills in only values the answer has', (locale, id) => {
    const topic = topics(locale)[id];
    for (const name of variables(topic.spoken ?? '')) expect(variables(topic.answer)).toContain(name);
  });

  it('topics without one have none', () => {
    const short = TOPIC_IDS.find((id) => !withSpoken.includes(id));
    expect(short).toBeDefined();
    expect(topicSpoken(localizer, 'nl', short!)).toBeUndefined();
  });
});

describe('asking for the whole answer', () => {
  it.each([
    'meer',
    'Meer.',
    'vertel meer',
    'alles',
    'ja, meer graag',
    'more',
    'Tell me more',
    'more please',
    'mehr',
    'alles bitte',
    'Mehr, bitte.',
    'więcej',
    'Proszę wszystko',
    'wiecej prosze',
  ])('"%s" asks for more', (text) => {
    expect(asksForMore(text)).toBe(true);
  });

  it.each([
    'is alles betaald?',
    'meer tijd om te betalen',
    'can I have more time?',
    'ich kann nicht mehr zahlen',
    'więcej rat',
    'ja',
    'nee',
    'dank u',
  ])('"%s" is a message of its own', (text) => {
    expect(asksForMore(text)).toBe(false);
  });
});
