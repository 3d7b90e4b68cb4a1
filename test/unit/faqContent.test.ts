import { I18nLocalizer, loadLocaleResources } from '../../bot/i18n';
import { SUPPORTED_LOCALES, type Locale } from '../../domain/language/locale';
import { FLOW_ACTIONS, parseTopicValue, TOPIC_IDS, type TopicId } from '../../domain/knowledge/topics';
import { topicReply } from '../../dialogs/faqAnswer';
import { HEDGED, KEY_FACTS, UNCERTAIN_FACTS } from '../support/faqKeyFacts';

const resources = loadLocaleResources();
const localizer = I18nLocalizer.create(resources);

interface TopicContent {
  title: string;
  answer: string;
  link: { title: string; url: string };
  followUps: { title: string; value: string }[];
}

function content(locale: Locale): Record<string, TopicContent> {
  return (resources[locale].faq as { topics: Record<string, TopicContent> }).topics;
}

/** The answer as the citizen gets it: operator values filled in (its link is a field of the reply, shown per channel). */
function answer(locale: Locale, topicId: TopicId): string {
  return topicReply(localizer, locale, topicId, true).text;
}

const everyTopicInEveryLocale = SUPPORTED_LOCALES.flatMap((locale) =>
  TOPIC_IDS.map((id) => [locale, id] as const),
);

describe('the knowledge base content', () => {
  it.each(SUPPORTED_LOCALES.map((l) => [l]))('%s has exactly the topics of TOPIC_IDS', (locale) => {
    expect(Object.keys(content(locale)).sort()).toEqual([...TOPIC_IDS].sort());
  });

  it.each(everyTopicInEveryLocale)(
    '%s/%s: title, answer, a cjib.nl link and 2-3 valid follow-ups',
    (locale, id) => {
      const topic = content(locale)[id];
      expect(topic.title.trim().length).toBeGreaterThan(2);
      expect(topic.answer.trim().length).toBeGreaterThan(80);
      expect(topic.link.title.trim().length).toBeGreaterThan(2);
      expect(topic.link.url).toMatch(/^https:\/\/(www\.)?cjib\.nl(\/|$)/);
      expect(topic.followUps.length).toBeGreaterThanOrEqual(2);
      expect(topic.followUps.length).toBeLessThanOrEqual(3);
      for (const followUp of topic.followUps) {
        expect(followUp.title.trim().length).toBeGreaterThan(2);
        const isAction = (FLOW_ACTIONS as readonly string[]).includes(followUp.value);
        const topicId = parseTopicValue(followUp.value);
        expect(isAction || topicId !== undefined).toBe(true);
        expect(topicId).not.toBe(id);
      }
    },
  );

  it.each(everyTopicInEveryLocale)('%s/%s: every {{value}} is filled from operator.json', (locale, id) => {
    expect(answer(locale, id)).not.toMatch(/\{\{|\}\}/);
  });

  it.each(TOPIC_IDS.map((id) => [id]))('%s: follow-ups lead to the same places in every locale', (id) => {
    const values = (locale: Locale) => content(locale)[id].followUps.map((f) => f.value);
    for (const locale of SUPPORTED_LOCALES) expect(values(locale)).toEqual(values('nl'));
  });

  it('answers that lead into a flow offer it', () => {
    const offers = (id: TopicId) => content('nl')[id].followUps.map((f) => f.value);
    expect(offers('payment_deadline')).toContain('action:fine_status');
    expect(offers('instalments')).toContain('action:payment_arrangement');
    expect(offers('instalment_terms')).toContain('action:payment_arrangement');
    expect(offers('late_payment')).toEqual(
      expect.arrayContaining(['action:fine_status', 'topic:instalments']),
    );
  });

  describe('the same facts in every language', () => {
    /** The numbers of an answer text as written (operator values left out), thousands separators removed. */
    const numbers = (text: string): string[] =>
      (
        text
          .replace(/\{\{[^}]*\}\}/g, '')
          .replace(/(?<=\d)[.,](?=\d{3}\b)/g, '')
          .replace(/(?<=\d),(?=\d)/g, '.')
          .match(/\d+(?:\.\d+)?/g) ?? []
      ).sort();

    it.each(everyTopicInEveryLocale.filter(([locale]) => locale !== 'nl'))(
      '%s/%s states the amounts, periods and limits of the Dutch answer',
      (locale, id) => {
        expect(numbers(content(locale)[id].answer)).toEqual(numbers(content('nl')[id].answer));
      },
    );
  });

  describe('answers that complete the typical question (DOMAIN.md §1-§5)', () => {
    it.each([
      ['instalments', /3 maanden \(tot € 120\) tot 36 maanden/, /3 months \(up to EUR 120\) to 36 months/],
      [
        'instalments',
        /in beroep tegen de boete\? Vraag dan nu geen regeling aan/,
        /appealing[^.]*\? Then do not request/,
      ],
      ['payment_deadline', /noodstop: 4 maanden uitstel/, /noodstop\): 4 months' deferral/],
      [
        'payment_deadline',
        /1,5 keer de boete[^.]*3 keer de boete/,
        /1\.5 times the fine[^.]*3 times the fine/,
      ],
      ['late_payment', /strafbeschikking[^.]*€ 15[^.]*20%/, /punitive order[^.]*EUR 15[^.]*20%/],
      ['late_payment', /geen klacht indienen/, /cannot complain about the level/],
      ['late_payment', /deurwaarder[^.]*rijbewijs[^.]*auto/, /bailiff[^.]*driving licence[^.]*car/],
      ['strafbeschikking', /1 dag per € 50[^.]*maximaal 7 dagen/, /1 day per EUR 50[^.]*at most 7 days/],
      ['objection', /CJIB beslist niet over uw beroep/, /CJIB does not decide on your appeal/],
      ['enforcement', /beslagvrije voet/, /beslagvrije voet/],
      ['bank_debit', /binnen 2 weken/, /within 2 weeks/],
      ['how_to_pay', /nooit via een link/, /Never pay through a link/],
    ] as [TopicId, RegExp, RegExp][])('%s: %s', (id, nl, en) => {
      expect(answer('nl', id)).toMatch(nl);
      expect(answer('en', id)).toMatch(en);
    });
  });

  describe('operator values', () => {
    const operator = (locale: Locale) =>
      resources[locale].operator as { _operator: string; values: Record<string, string> };

    it.each(SUPPORTED_LOCALES.map((l) => [l]))(
      '%s: marked for the operator, same keys, safe characters',
      (locale) => {
        expect(operator(locale)._operator).toMatch(/OPERATOR: VERIFY/);
        expect(Object.keys(operator(locale).values).sort()).toEqual(
          Object.keys(operator('nl').values).sort(),
        );
        for (const value of Object.values(operator(locale).values)) expect(value).not.toMatch(/[&<>"'/]/);
      },
    );
  });

  describe('key facts of DOMAIN.md §8', () => {
    it.each(everyTopicInEveryLocale)('%s/%s', (locale, id) => {
      const facts = KEY_FACTS[id];
      const text = answer(locale, id);
      const expected = [...facts.any, ...(locale === 'nl' ? facts.nl : locale === 'en' ? facts.en : [])];
      for (const fact of expected) expect(text).toMatch(fact);
    });
  });

  describe('no [U] fact stated as certain', () => {
    it.each(everyTopicInEveryLocale)('%s/%s', (locale, id) => {
      const text = answer(locale, id);
      for (const fact of UNCERTAIN_FACTS) {
        if (fact.topics && !fact.topics.includes(id)) continue;
        expect({ fact: fact.what, found: text.match(fact.pattern)?.[0] }).toEqual({
          fact: fact.what,
          found: undefined,
        });
      }
      const hedge = HEDGED[id];
      if (hedge) expect(text).toMatch(hedge);
    });
  });
});
