/**
 * Leftovers of the lookup and the arrangement: "how long do I have to pay?" after the lookup is the
 * fine's own date (not the general term); the answer beyond knowledge no longer offers a lookup once it started; "will bailiffs come?"
 * while an arrangement is requested or filed is answered for that request (DOMAIN.md §1.9, §1.10); an
 * amount the citizen can pay is a monthly one; a lower amount is no longer the citizen's wish once
 * the standard arrangement is taken.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { useArrangementRound } from '../support/arrangementRound';
import { DEMO_CLOCK, DEMO_DEBTORS } from '../support/demoDebtors';
import { startAndIdentify } from '../support/identify';
import type { Lang } from '../support/languages';
import { textOf } from '../support/testApp';

const LOOK_UP = {
  nl: 'ik wil mijn boete opzoeken',
  en: 'look up my fine',
  de: 'Bußgeld nachsehen',
  pl: 'sprawdź mój mandat',
};
const LOCALE = { nl: 'nl-NL', en: 'en-GB', de: 'de-DE', pl: 'pl-PL' } as const;

describe('after the lookup', () => {
  const assistant = useTestApp(FAST_TYPIST, { clock: DEMO_CLOCK });

  it.each([
    ['nl', 'hoe lang heb ik om te betalen?', /15 december 2026/],
    ['nl', 'hoeveel tijd heb ik nog', /15 december 2026/],
    ['en', 'how long do I have to pay?', /15 December 2026/],
    ['en', 'how much time do I have?', /15 December 2026/],
    ['de', 'wie lange habe ich Zeit?', /15\. Dezember 2026/],
    ['pl', 'jak długo mam na zapłatę?', /15 grudnia 2026/],
  ] as const)('%s "%s": the fine\'s own date, briefly', async (lang: Lang, question, date) => {
    const c = await assistant.open({ locale: LOCALE[lang] });
    await startAndIdentify(c, LOOK_UP[lang], DEMO_DEBTORS.D01);
    const answer = textOf(await c.say(question));
    expect(answer).toMatch(date);
    // Not the general answer with its 8-week term, reminders and ways to get more time.
    expect(answer).not.toMatch(/8 weken|8 weeks|8 Wochen|8 tygodni/);
    expect(answer).not.toMatch(/aanmaning|reminder|Mahnung|upomnien/i);
  });

  it.each([
    ['nl', 'hoe lang heb ik nog?', /26 augustus 2026[\s\S]*9 december 2026/],
    ['en', 'how long do I have?', /26 August 2026[\s\S]*9 December 2026/],
  ] as const)(
    '%s "%s" with a date passed: both dates, and what can still be done',
    async (lang: Lang, question, dates) => {
      const c = await assistant.open({ locale: LOCALE[lang] });
      await startAndIdentify(c, LOOK_UP[lang], DEMO_DEBTORS.D02);
      const answer = textOf(await c.say(question));
      expect(answer).toMatch(dates);
      expect(answer).toMatch(/betalingsregeling|payment arrangement/);
    },
  );

  const OFFER =
    /Ik kan uw boete ook voor u opzoeken|I can also look up your fine|Ich kann Ihr Bußgeld auch|Mogę też sprawdzić mandat/;
  const LOOKUP_CHOICE = /Mijn boete opzoeken|Look up my fine|Mein Bußgeld nachsehen|Sprawdź mój mandat/;
  it.each([
    ['nl', 'wat kost een boete voor bellen achter het stuur?'],
    ['en', 'how much is the fine for using a phone while driving?'],
  ] as const)(
    '%s "%s": no offer to look the fine up, in the text or as a choice',
    async (lang: Lang, question) => {
      const before = textOf(await (await assistant.open({ locale: LOCALE[lang] })).say(question));
      expect(before).toMatch(OFFER);
      const c = await assistant.open({ locale: LOCALE[lang] });
      await startAndIdentify(c, LOOK_UP[lang], DEMO_DEBTORS.D01);
      const after = textOf(await c.say(question));
      expect(after).toMatch(/betrouwbare informatie|reliable information/);
      expect(after).not.toMatch(OFFER);
      expect(after).not.toMatch(LOOKUP_CHOICE);
    },
  );
});

describe('the arrangement', () => {
  const round = useArrangementRound();
  const YES = { nl: 'ja', en: 'yes', de: 'ja', pl: 'tak' };

  it.each([
    ['nl', 'komt de deurwaarder nu nog?', /deurwaarder/, /Zal ik de aanvraag nu versturen\?/],
    ['en', 'will bailiffs come?', /bailiff/, /Shall I send the request now\?/],
    ['de', 'kommt jetzt der Gerichtsvollzieher?', /Gerichtsvollzieher/, /Soll ich den Antrag jetzt/],
    ['pl', 'czy komornik przyjdzie?', /komornika/, /Czy mam teraz wysłać wniosek\?/],
  ] as const)(
    '%s "%s" at the confirmation and once filed: this request\'s situation, kindly',
    async (lang: Lang, question, bailiff, confirm) => {
      const c = round.talk(lang);
      await c.start();
      await round.schedule(c, 'D01', lang);
      await c.say(YES[lang]);
      await c.say('jan@example.com');
      const atConfirmation = textOf(await c.say(question));
      expect(atConfirmation).toMatch(/129[.,]00/);
      expect(atConfirmation).toMatch(bailiff);
      expect(atConfirmation).toMatch(confirm);
      // Not the general list of enforcement steps at the moment of commitment.
      expect(atConfirmation).not.toMatch(/gijzeling/);
      await c.say(YES[lang]);
      const filed = textOf(await c.say(question));
      expect(filed).toMatch(/BR-2026-\d{8}/);
      expect(filed).not.toMatch(/gijzeling/);
    },
  );

  it.each([
    ['pl', 'chcę raty na 6 miesięcy, mogę płacić 25 euro', 'D12', /25,00 € miesięcznie to mniej niż 27,83 €/],
    ['nl', 'ik wil 6 maanden, ik kan 25 euro betalen', 'D09', /€ 25,00 per maand is minder dan de € 47,83/],
    ['de', 'Ratenzahlung, ich kann 40 Euro zahlen', 'D11', /40,00 € im Monat ist weniger als die 121,08 €/],
    ['en', 'payment plan please, I can pay 30', 'D01', /with €30\.00 a month you can pay the monthly amount/],
  ] as const)(
    '%s "%s": the amount is kept and answered under the schedule',
    async (lang: Lang, opening, debtor, said) => {
      const c = round.talk(lang);
      await c.start();
      await c.say(opening);
      await c.say(DEMO_DEBTORS[debtor].number);
      expect(textOf(await c.say(DEMO_DEBTORS[debtor].postcode))).toMatch(said);
    },
  );

  it.each([
    ['en', 'I can only pay 20 euros a month', "no, I'll take the standard one", /I will pass on/],
    ['nl', 'ik kan maar 20 euro per maand', 'nee, doe maar de gewone regeling', /Ik geef door/],
  ] as const)(
    '%s: a lower amount, then the standard one: not said again nor read back',
    async (lang: Lang, lower, standard, passOn) => {
      const c = round.talk(lang);
      await c.start();
      await round.schedule(c, 'D13', lang);
      expect(textOf(await c.say(lower))).toMatch(passOn);
      const again = textOf(await c.say(standard));
      expect(again).toMatch(/78[.,]88/);
      expect(again).not.toMatch(passOn);
      await c.say(YES[lang]);
      const confirmation = textOf(await c.say('jan@example.com'));
      expect(confirmation).not.toMatch(/(?<![\d.,])20[.,]00/);
    },
  );
});
