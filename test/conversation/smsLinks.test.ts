/**
 * Links on SMS-like channels (plain text): an answer is short, so it carries a link only where the
 * page is the next step (the form to request instalments, the way to object), as a bare URL, and at
 * most one per message. "How do I pay?" sends none: it warns never to pay through a link in a text
 * message, and the page would only be background reading. Chat keeps its "more information" links.
 */
import type { Activity } from 'botbuilder';
import { spokenSentences, textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

type Lang = 'nl' | 'en' | 'de' | 'pl';
const LANGS: Lang[] = ['nl', 'en', 'de', 'pl'];
const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB', de: 'de-DE', pl: 'pl-PL' };

const HOW_TO_PAY: Record<Lang, string> = {
  nl: 'hoe betaal ik mijn boete?',
  en: 'how do I pay my fine?',
  de: 'wie bezahle ich mein Bußgeld?',
  pl: 'jak zapłacić mandat?',
};
const INSTALMENTS: Record<Lang, string> = {
  nl: 'kan ik in termijnen betalen?',
  en: 'can I pay in instalments?',
  de: 'kann ich in Raten zahlen?',
  pl: 'czy mogę zapłacić w ratach?',
};
const INSTALMENT_PAGE: Record<Lang, string> = {
  nl: 'https://cjib.nl/betalen-delen-aanvragen',
  en: 'https://www.cjib.nl/en/id-pay-my-fine-instalments',
  de: 'https://www.cjib.nl/en/id-pay-my-fine-instalments',
  pl: 'https://www.cjib.nl/en/id-pay-my-fine-instalments',
};

const URL = /https?:\/\/[^\s)\]]+/g;
const urls = (text: string): string[] => text.match(URL) ?? [];

/** Every message: plain text, at most one URL. */
function expectPlainMessages(replies: Activity[]): void {
  for (const activity of replies.filter((a) => a.type === 'message')) {
    const text = activity.text ?? '';
    expect(text).not.toMatch(/\]\(|\*\*/);
    expect(urls(text).length).toBeLessThanOrEqual(1);
  }
}

describe('links on SMS-like channels', () => {
  const assistant = useTestApp(FAST_TYPIST);

  async function ask(channelId: string, lang: Lang, line: string): Promise<Activity[]> {
    const c = await assistant.open({ channelId, locale: LOCALE[lang] });
    return c.say(line);
  }

  it.each(LANGS.flatMap((lang) => [['sms', lang] as const, ['whatsapp', lang] as const]))(
    '%s/%s: "how do I pay?" is answered without a link',
    async (channelId, lang) => {
      const replies = await ask(channelId, lang, HOW_TO_PAY[lang]);
      expectPlainMessages(replies);
      const text = textOf(replies);
      expect(text).toMatch(/iDEAL/);
      expect(urls(text)).toEqual([]);
      expect(text).not.toMatch(/gebruik-het-juiste-rekeningnummer/);
    },
  );

  it.each(LANGS.map((lang) => [lang]))(
    '%s: "can I pay in instalments?" on SMS carries one bare link: the page to request them',
    async (lang) => {
      const replies = await ask('sms', lang, INSTALMENTS[lang]);
      expectPlainMessages(replies);
      expect(urls(textOf(replies))).toEqual([INSTALMENT_PAGE[lang]]);
    },
  );

  it('an objection on SMS carries the page to object, as a bare URL', async () => {
    const replies = await ask('sms', 'nl', 'hoe maak ik bezwaar tegen mijn verkeersboete?');
    expectPlainMessages(replies);
    expect(urls(textOf(replies))).toHaveLength(1);
  });

  it.each(LANGS.map((lang) => [lang]))('%s: chat keeps the "more information" link to the page on paying', async (lang) => {
    const text = textOf(await ask('webchat', lang, HOW_TO_PAY[lang]));
    expect(text).toMatch(/\]\(https:\/\/www\.cjib\.nl\/nieuws\/gebruik-het-juiste-rekeningnummer\)/);
  });

  it.each(LANGS.map((lang) => [lang]))('%s: the phone says no link', async (lang) => {
    const said = spokenSentences(await ask('telephony', lang, HOW_TO_PAY[lang])).join(' ');
    expect(said).toMatch(/iDEAL/);
    expect(said).not.toMatch(/https?:|cjib\.nl/);
  });
});
