/**
 * A caller who just heard the reference of a filed arrangement asks for it again in their own words
 * ("wat zei je? ik moet het opschrijven", "nog een keer langzaam het nummer"), through the HTTP
 * endpoint: the reference only, slowly, with a pause between its groups, said twice; the menu
 * after the filing still takes a number.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { LOCALE, type Lang } from '../support/languages';
import { heardSentences } from '../support/replyText';
import type { TestConversation } from '../support/testApp';

const D01 = DEMO_DEBTORS.D01;
const FILE: Record<Lang, string[]> = {
  nl: ['ik wil een betalingsregeling', D01.number, D01.postcode, 'ja', '0612345678', 'ja'],
  en: ['I want a payment plan', D01.number, D01.postcode, 'yes', '0612345678', 'yes'],
  de: ['ich möchte eine Ratenzahlung', D01.number, D01.postcode, 'ja', '0612345678', 'ja'],
  pl: ['chcę rozłożyć mandat na raty', D01.number, D01.postcode, 'tak', '0612345678', 'tak'],
};

describe('the reference again, slowly, on the phone', () => {
  const assistant = useTestApp(FAST_TYPIST, {}, 'test');

  async function filed(lang: Lang): Promise<{ c: TestConversation; groups: string }> {
    const c = await assistant.open({ channelId: 'telephony', locale: LOCALE[lang] });
    let last = '';
    for (const line of FILE[lang]) last = heardSentences(await c.say(line));
    const groups = /BR, 2026, (\d \d \d \d, \d \d \d \d)/.exec(last)?.[1];
    expect(groups).toBeDefined();
    return { c, groups: groups! };
  }

  it.each<[Lang, string]>([
    ['nl', 'wat zei je? ik moet het opschrijven'],
    ['nl', 'nog een keer langzaam het nummer'],
    ['nl', 'kunt u het nummer nog eens zeggen'],
    ['en', 'sorry, could you say the number again slowly? I need to write it down'],
    ['de', 'Können Sie die Nummer noch einmal langsam sagen? Ich muss sie aufschreiben'],
    ['pl', 'Proszę powtórzyć numer wolniej, muszę go zapisać'],
  ])('%s "%s": the reference only, slowly, twice', async (lang, ask) => {
    const { c, groups } = await filed(lang);
    const replies = await c.say(ask);
    const speak = replies.map((a) => a.speak ?? '').join('');
    expect(speak).toMatch(/<prosody rate="slow">/);
    expect(speak).toMatch(/<break time="\d+ms"\/>/);
    const heard = heardSentences(replies);
    const digits = groups.replace(/\D/g, '').split('').join(' ');
    expect(heard.replace(/[^\d ]/g, ' ').replace(/\s+/g, ' ')).toContain(digits.slice(0, 7));
    // Only the reference: not the whole filing again, nor "I cannot help with that".
    expect(heard).not.toMatch(/Sorry|besluit|decision|Entscheidung|decyzj/i);
    expect(heard.match(/BR/g)?.length).toBe(2);
  });

  it('nl: the menu after the filing still takes "1" after the slow reference', async () => {
    const { c } = await filed('nl');
    await c.say('nog een keer langzaam het nummer');
    expect(heardSentences(await c.say('1'))).toMatch(/CJIB-nummer|gevonden/);
  });
});
