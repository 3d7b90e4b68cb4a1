/**
 * Numbers read back on the phone in the groups a caller checks them by: a phone number with its
 * digits said one by one in short groups ("plus 3 1, 6, 1 2 3 4, 5 6 7 8", was "+3 1, 6 1 2, …"), and a reference as
 * its letters, its year and its number ("BR, 2026, 0 0 0, 4 1 7", was "BR 2 0 2 6, 0 0 0 4, 1 7").
 */
import type { Activity } from 'botbuilder';
import { spokenSentences, type TestConversation } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

type Lang = 'nl' | 'en' | 'de' | 'pl';
const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB', de: 'de-DE', pl: 'pl-PL' };

/**
 * Demo debtors (data/collection-demo.json), one per request (a debtor's request is filed once).
 * D07 pays in a running arrangement with reference BR-2026-000417.
 */
const D02 = { number: '3338082450532785', postcode: '3512KL' };
const D11 = { number: '0543793058155523', postcode: '47533' };
const D07 = { number: '1859501187398067', postcode: '6511 PP' };
const D01 = { number: '9698948614580658', postcode: '8911 AB' };
const D13 = { number: '2342145524857394', postcode: '1071 DJ' };

const ARRANGEMENT: Record<Lang, string> = {
  nl: 'ik wil in termijnen betalen',
  en: 'I want to pay in instalments',
  de: 'Ich möchte in Raten zahlen',
  pl: 'chcę zapłacić w ratach',
};
const LOOK_UP: Record<Lang, string> = {
  nl: 'boete opzoeken',
  en: 'look up my fine',
  de: 'Bußgeld nachsehen',
  pl: 'sprawdzić mój mandat',
};
const YES: Record<Lang, string> = { nl: 'ja', en: 'yes', de: 'ja', pl: 'tak' };

describe('numbers read back on the phone', () => {
  const assistant = useTestApp(FAST_TYPIST);

  async function caller(lang: Lang): Promise<TestConversation> {
    const c = await assistant.open({ channelId: 'telephony', locale: LOCALE[lang] });
    return c;
  }
  const heard = (replies: Activity[]): string => spokenSentences(replies).join(' ');

  it.each<[Lang, typeof D02, string, string]>([
    ['nl', D02, '+31612345678', 'plus 3 1, 6, 1 2 3 4, 5 6 7 8'],
    ['en', D13, '+48601234567', 'plus 4 8, 6 0 1, 2 3 4, 5 6 7'],
    ['de', D11, '+4915112345678', 'plus 4 9, 1 5 1, 1 2 3 4, 5 6 7 8'],
    ['pl', D01, '+48 601 234 567', 'plus 4 8, 6 0 1, 2 3 4, 5 6 7'],
  ])(
    '%s: the phone number given for the request, and the new reference',
    async (lang, debtor, phone, said) => {
      const c = await caller(lang);
      await c.say(ARRANGEMENT[lang]);
      await c.say(debtor.number);
      await c.say(debtor.postcode);
      await c.say(YES[lang]);
      const confirm = heard(await c.say(phone));
      expect(confirm).toContain(said);
      expect(confirm).not.toMatch(/\+\d \d/);
      const filed = heard(await c.say(YES[lang]));
      expect(filed).toMatch(/BR, 2026, \d \d \d \d, \d \d \d \d\./);
    },
  );

  it.each<Lang>(['nl', 'en', 'de', 'pl'])('%s: the reference of a running arrangement', async (lang) => {
    const c = await caller(lang);
    await c.say(LOOK_UP[lang]);
    await c.say(D07.number);
    const said = heard(await c.say(D07.postcode));
    expect(said).toContain('BR, 2026, 0 0 0, 4 1 7');
    expect(said).not.toMatch(/2 0 2 6/);
  });
});
