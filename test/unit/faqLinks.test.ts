/**
 * Every web address the assistant can send is a page DOMAIN.md cites (the project's copy of that
 * list is domain/knowledge/linkedPages.ts), and a topic links to the page about it, not to a general
 * one ("Wie bezahle ich?" linked to "Was ist das CJIB?").
 */
import { loadLocaleResources } from '../../bot/i18n';
import { isLinkablePage, isNextStepPage } from '../../domain/knowledge/linkedPages';
import { SUPPORTED_LOCALES } from '../../domain/language/locale';

const resources = loadLocaleResources();

/** Every string of a namespace's texts, with where it is. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

const URL = /\bhttps?:\/\/[^\s<>()"\]]+/g;

const everyUrl = SUPPORTED_LOCALES.flatMap((locale) =>
  Object.entries(resources[locale]).flatMap(([namespace, texts]) =>
    strings(texts, '').flatMap(([path, text]) =>
      (text.match(URL) ?? []).map((url) => [`${locale}/${namespace}:${path}`, url.replace(/[.,;:!?]+$/, '')]),
    ),
  ),
);

interface Topic {
  link: { title: string; url: string };
}
const topics = (locale: string): Record<string, Topic> =>
  (resources[locale as 'nl'].faq as unknown as { topics: Record<string, Topic> }).topics;

describe('links in the texts', () => {
  it('there are links to check', () => {
    expect(everyUrl.length).toBeGreaterThan(100);
  });

  it.each(everyUrl)('%s links to a page DOMAIN.md cites: %s', (_where, url) => {
    expect(isLinkablePage(url)).toBe(true);
  });

  const PAYING_PAGE = 'https://www.cjib.nl/nieuws/gebruik-het-juiste-rekeningnummer';
  it.each(SUPPORTED_LOCALES.map((l) => [l]))(
    '%s: "how do I pay?" links to the page on paying to the right account, said to be in Dutch where it is',
    (locale) => {
      const link = topics(locale).how_to_pay.link;
      expect(link.url).toBe(PAYING_PAGE);
      if (locale !== 'nl') expect(link.title).toMatch(/Dutch|Niederländisch|niderlandzku/);
    },
  );

  it('the form to request instalments and the ways to object are next steps; background reading is not', () => {
    expect(isNextStepPage('https://cjib.nl/betalen-delen-aanvragen')).toBe(true);
    expect(isNextStepPage('https://www.cjib.nl/ik-wil-met-een-brief-bezwaar-maken-tegen-mijn-verkeersboete')).toBe(
      true,
    );
    expect(isNextStepPage(PAYING_PAGE)).toBe(false);
    expect(isNextStepPage('https://www.cjib.nl/de/was-ist-das-cjib')).toBe(false);
    expect(isNextStepPage('https://example.com/betalen-delen-aanvragen')).toBe(false);
  });
});
