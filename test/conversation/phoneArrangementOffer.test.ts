/**
 * The proposed payment arrangement on the phone: one short spoken summary (total, months, monthly
 * amount, first due date, and which fines when there are several), then the question. The card
 * is not read out after it (it repeated every amount and date, with headings such as "In de nieuwe
 * regeling."). Chat channels keep the summary and the card.
 */
import type { Activity } from 'botbuilder';
import { spokenSentences, textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

/** Demo debtor with two open fines (data/collection-demo.json). */
const D02 = { number: '3338082450532785', postcode: '3512KL' };

type Lang = 'nl' | 'en' | 'de' | 'pl';
const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB', de: 'de-DE', pl: 'pl-PL' };
const ASK_ARRANGEMENT: Record<Lang, string> = {
  nl: 'ik wil in termijnen betalen',
  en: 'I want to pay in instalments',
  de: 'Ich möchte in Raten zahlen',
  pl: 'chcę zapłacić w ratach',
};

/** What the summary says, per language: total and months, monthly amount, first due date, the fines. */
const SUMMARY: Record<Lang, RegExp[]> = {
  nl: [/551 euro en 50 cent in 12 maanden/, /45 euro en 95 cent per maand/, /1 januari 2027/, /rood licht/],
  en: [/551 euros and 50 cents over 12 months/, /45 euros and 95 cents a month/, /1 January 2027/, /red/i],
  de: [/551 Euro und 50 Cent in 12 Monaten/, /45 Euro und 95 Cent pro Monat/, /1\. Januar 2027/, /rote/i],
  pl: [/551 euro i 50 centów w 12/, /45 euro i 95 centów miesięcznie/, /1 stycznia 2027/, /czerwonym/],
};

/** The card's headings and labels, which must not be read out on the phone. */
const CARD_WORDS: Record<Lang, RegExp> = {
  nl: /Uw betalingsregeling\.|In de nieuwe regeling|Totaal te betalen|Aantal maanden|Eerste betaling uiterlijk/,
  en: /Your payment arrangement\.|In the new arrangement|Total to pay|Number of months|First payment/,
  de: /Ihre Ratenzahlung\.|In der neuen Ratenzahlung|Insgesamt zu zahlen|Anzahl der Monate|Erste Zahlung/,
  pl: /plan spłaty w ratach\.|W nowym planie|Razem do zapłaty|Liczba miesięcy|Pierwsza płatność/,
};

describe('the arrangement offer on the phone', () => {
  const assistant = useTestApp(FAST_TYPIST);

  async function offer(channelId: string, lang: Lang): Promise<Activity[]> {
    const c = await assistant.open({ channelId, locale: LOCALE[lang] });
    await c.say(ASK_ARRANGEMENT[lang]);
    await c.say(D02.number);
    return c.say(D02.postcode);
  }

  it.each<Lang>(['nl', 'en', 'de', 'pl'])('%s: one short summary, then the question', async (lang) => {
    const heard = spokenSentences(await offer('telephony', lang));
    const said = heard.join(' ');
    for (const fact of SUMMARY[lang]) expect(said).toMatch(fact);
    expect(said).not.toMatch(CARD_WORDS[lang]);
    // Each amount and the date once: the card's facts no longer repeat them.
    expect(said.match(/551/g)).toHaveLength(1);
    expect(said.match(/45 \p{L}+ \p{L}+ 95/gu)).toHaveLength(1);
    expect(said.match(/2027/g)).toHaveLength(1);
    // Summary (at most 4 sentences), the question, the choices' intro and the three choices.
    expect(heard.length).toBeLessThanOrEqual(9);
  });

  it('chat still shows the summary and the schedule card', async () => {
    const shown = textOf(await offer('webchat', 'nl'));
    expect(shown).toMatch(/U kunt € 551,50 in 12 maanden betalen/);
    expect(shown).toMatch(/Uw betalingsregeling/);
    expect(shown).toMatch(/In de nieuwe regeling/);
    expect(shown).toMatch(/Eerste betaling uiterlijk/);
    expect(shown).toMatch(/Die komt niet vanzelf in deze regeling/);
  });

  it.each<[Lang, string, RegExp, RegExp]>([
    [
      'nl',
      'kan het ook in drie maanden?',
      /3 maanden hoort bij een bedrag in de groep tot 120 euro\./,
      /van tot|zelf minder termijnen/,
    ],
    [
      'en',
      'can I do it in three months?',
      /3 months go with an amount of up to 120 euros\./,
      /cannot choose fewer instalments/,
    ],
    [
      'de',
      'geht es auch in drei Monaten?',
      /3 Monate gehören zu einem Betrag in der Gruppe bis 120 Euro\./,
      /von bis|weniger Raten kann ich/,
    ],
    [
      'pl',
      'czy mogę spłacić w trzy miesiące?',
      /przy kwocie do 120 euro\./,
      /sam wybór mniejszej liczby rat/,
    ],
  ])(
    '%s: fewer months asked for at the offer: the band of those months said right, and once',
    async (lang, asked, band, twice) => {
      const c = await assistant.open({ channelId: 'telephony', locale: LOCALE[lang] });
      await c.say(ASK_ARRANGEMENT[lang]);
      await c.say(D02.number);
      await c.say(D02.postcode);
      const said = spokenSentences(await c.say(asked)).join(' ');
      expect(said).toMatch(band);
      expect(said).not.toMatch(twice);
    },
  );

  it.each<[Lang, string, RegExp]>([
    ['nl', 'dat is te veel, ik kan maar vijftig euro per maand', /Kies '|'Ja, aanvragen'/],
    ['en', 'too much, I can only do fifty euros a month', /Choose '|'Yes, request it'/],
    ['de', 'zu viel, ich kann nur fünfzig Euro im Monat', /Wählen Sie '|'Ja, beantragen'/],
    ['pl', 'za dużo, mogę tylko pięćdziesiąt euro miesięcznie', /Proszę wybrać '|'Tak, złóż wniosek'/],
  ])(
    '%s: the schedule question asked again names its choices once (they are read out after it)',
    async (lang, own, named) => {
      const c = await assistant.open({ channelId: 'telephony', locale: LOCALE[lang] });
      await c.say(ASK_ARRANGEMENT[lang]);
      await c.say(D02.number);
      await c.say(D02.postcode);
      const said = spokenSentences(await c.say(own)).join(' ');
      expect(said).not.toMatch(named);
    },
  );

  it('en: "I can only do fifty quid a month" is heard as 50 a month, which covers the monthly amount', async () => {
    const c = await assistant.open({ channelId: 'telephony', locale: LOCALE.en });
    await c.say(ASK_ARRANGEMENT.en);
    await c.say(D02.number);
    await c.say(D02.postcode);
    const said = spokenSentences(await c.say('that is too much, I can only do fifty quid a month')).join(' ');
    expect(said).toMatch(/with 50 euros a month you can pay the monthly amount/);
    expect(said).not.toMatch(/personal payment arrangement/);
  });
});
