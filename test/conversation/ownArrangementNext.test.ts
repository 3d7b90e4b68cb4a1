/**
 * After a lookup that shows a running arrangement (demo debtor D07: 9 months of € 39,90 from 1 June
 * 2026, 5 paid, € 159,50 open), "when is my next instalment due?" gets that arrangement's next
 * instalment (number, amount, date) and where every date is, and "can I pay the rest at once?" gets
 * yes, the amount still open and how to pay: from the record, not the general payment term or a new
 * arrangement. In every language, in other words, on the phone too.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { DEMO_CLOCK, DEMO_DEBTORS } from '../support/demoDebtors';
import { identify } from '../support/identify';
import { LOCALE, type Lang } from '../support/languages';
import { heardSentences } from '../support/replyText';
import { textOf } from '../support/testApp';

const D07 = DEMO_DEBTORS.D07;
/** The general payment term and a new arrangement's schedule: what these questions must not get. */
const GENERAL =
  /8 (weken|weeks|Wochen|tygodni)|Wilt u deze betalingsregeling aanvragen|Would you like to request/;

const ASKED: Record<
  Lang,
  { lookup: string; next: string[]; rest: string[]; nextSays: RegExp[]; restSays: RegExp[] }
> = {
  nl: {
    lookup: 'ik wil mijn boete bekijken',
    next: ['wanneer moet ik mijn volgende termijn betalen?', 'hoeveel is de volgnde termijn'],
    rest: ['kan ik de rest in één keer betalen?', 'kan ik het restant ineens aflossen'],
    nextSays: [/termijn 6 van 9/, /€ 39,90/, /1 november 2026/, /Digitaal Loket/],
    restSays: [/Ja, dat kan/, /€ 159,50/, /Digitaal Loket/, /betalingskenmerk/],
  },
  en: {
    lookup: 'look up my fine',
    next: ['when is my next instalment due?', 'when do I pay again?'],
    rest: ['can I pay off the remainder in one go?', 'can i pay the rest at once'],
    nextSays: [/instalment 6 of 9/, /€39\.90/, /1 November 2026/, /Digitaal Loket/],
    restSays: [/Yes, you can/, /€159\.50/, /Digitaal Loket/, /payment reference/],
  },
  de: {
    lookup: 'Bußgeld nachsehen',
    next: ['wann ist die nächste Rate fällig?', 'wann muss ich wieder zahlen?'],
    rest: ['kann ich den Rest auf einmal zahlen?', 'kann ich den Restbetrag sofort überweisen?'],
    nextSays: [/Rate 6 von 9/, /39,90 €/, /1\. November 2026/, /Digitaal Loket/],
    restSays: [/Ja, das geht/, /159,50 €/, /Digitaal Loket/, /Verwendungszweck/],
  },
  pl: {
    lookup: 'sprawdź mój mandat',
    next: ['kiedy mam zapłacić następną ratę?', 'kiedy kolejna rata?'],
    rest: ['czy mogę spłacić resztę od razu?', 'czy mogę zapłacić całość jednorazowo?'],
    nextSays: [/rata 6 z 9/, /39,90 €/, /1 listopada 2026/, /Digitaal Loket/],
    restSays: [/Tak, można/, /159,50 €/, /Digitaal Loket/, /tytułem przelewu/],
  },
};

describe('the next instalment and the rest at once, after a lookup that shows a running arrangement', () => {
  const assistant = useTestApp(FAST_TYPIST, { clock: DEMO_CLOCK });

  describe.each(['nl', 'en', 'de', 'pl'] as Lang[])('%s', (lang) => {
    const asked = ASKED[lang];

    it.each(asked.next)(
      '"%s": the arrangement’s next instalment and where all dates are',
      async (question) => {
        const c = await assistant.open({ locale: LOCALE[lang] });
        await identify(c, asked.lookup, D07);
        const reply = textOf(await c.say(question));
        for (const fact of asked.nextSays) expect(reply).toMatch(fact);
        expect(reply).not.toMatch(GENERAL);
      },
    );

    it.each(asked.rest)('"%s": yes, the amount still open and how to pay', async (question) => {
      const c = await assistant.open({ locale: LOCALE[lang] });
      await identify(c, asked.lookup, D07);
      const reply = textOf(await c.say(question));
      for (const fact of asked.restSays) expect(reply).toMatch(fact);
      expect(reply).not.toMatch(GENERAL);
      // Not asked again for the number or the postcode.
      expect(reply).not.toMatch(/postcode|Postleitzahl|kod pocztowy/i);
    });
  });

  it('nl: asked at "did this help?" after a knowledge answer, still answered from the record', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await identify(c, 'boete opzoeken', D07);
    expect(textOf(await c.say('hoe kan ik betalen?'))).toMatch(/geholpen/);
    expect(textOf(await c.say('wanneer is mijn volgende afbetaling?'))).toMatch(/termijn 6 van 9/);
    expect(textOf(await c.say('hoe kan ik betalen?'))).toMatch(/geholpen/);
    expect(textOf(await c.say('kan ik alles in 1x betalen?'))).toMatch(/Ja, dat kan.*€ 159,50/s);
  });

  it('nl: the instalment whose date passed unpaid on record is said so, with what to do', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await identify(c, 'boete opzoeken', D07);
    const reply = textOf(await c.say('wanneer is mijn volgende termijn?'));
    expect(reply).toMatch(/zie ik nog niet/);
    expect(reply).toMatch(/zo snel mogelijk/);
  });

  it('nl on the phone: said in words, and the call goes on with a question', async () => {
    const c = await assistant.open({ channelId: 'telephony', locale: 'nl-NL' });
    await identify(c, 'boete opzoeken', D07);
    const replies = await c.say('kan ik de rest in een keer betalen?');
    const heard = heardSentences(replies);
    expect(heard).toMatch(/159 euro en 50 cent/);
    expect(heard).toMatch(/Digitaal Loket/);
    expect(replies.filter((a) => a.type === 'message').at(-1)?.inputHint).toBe('expectingInput');
  });

  it('nl without an arrangement: no arrangement runs, and the fines’ own due dates', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await identify(c, 'boete opzoeken', DEMO_DEBTORS.D02);
    const reply = textOf(await c.say('wanneer is de volgende termijn?'));
    expect(reply).toMatch(/geen betalingsregeling/);
    expect(reply).toMatch(/9 december 2026/);
  });

  it('en before any lookup: the fine is looked up first, then the next instalment', async () => {
    const c = await assistant.open({ locale: 'en-GB' });
    await c.say('when is my next instalment due?');
    await c.say(D07.number);
    const reply = textOf(await c.say(D07.postcode));
    expect(reply).toMatch(/instalment 6 of 9/);
  });
});

describe('the next instalment still to come', () => {
  // Mid-October 2026: the sixth instalment (1 November) is not yet due.
  const assistant = useTestApp(FAST_TYPIST, { clock: { now: () => new Date('2026-10-15T10:00:00+02:00') } });

  it('nl: its number, amount and date', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await identify(c, 'boete opzoeken', D07);
    const reply = textOf(await c.say('wanneer moet ik mijn volgende termijn betalen?'));
    expect(reply).toMatch(/Uw volgende termijn is termijn 6 van 9: € 39,90, uiterlijk op 1 november 2026/);
    expect(reply).not.toMatch(/zie ik nog niet/);
  });
});

describe('when a running arrangement is paid off', () => {
  const assistant = useTestApp(FAST_TYPIST, { clock: DEMO_CLOCK });

  it.each<[Lang, string, RegExp]>([
    ['nl', 'wanneer ben ik klaar met afbetalen?', /nog 4 van de 9 termijnen.*1 februari 2027/s],
    ['en', 'when will it be paid off?', /4 of the 9 instalments.*1 February 2027/s],
    ['de', 'wann bin ich fertig mit abbezahlen?', /noch 4 von 9 Raten.*1\. Februar 2027/s],
    ['pl', 'kiedy skończę spłacać?', /4 z 9 rat.*1 lutego 2027/s],
  ])('%s: "%s" after the lookup: the instalments left and the last one’s date', async (lang, asked, says) => {
    const c = await assistant.open({ locale: LOCALE[lang] });
    await identify(c, ASKED[lang].lookup, D07);
    const reply = textOf(await c.say(asked));
    expect(reply).toMatch(says);
    expect(reply).toMatch(/Digitaal Loket/);
    expect(reply).not.toMatch(GENERAL);
  });

  it('nl before any lookup: the fine is looked up first, then the last instalment', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('wanneer is mijn regeling afbetaald?');
    await c.say(D07.number);
    expect(textOf(await c.say(D07.postcode))).toMatch(/nog 4 van de 9 termijnen/);
  });

  it('nl with no arrangement running: the fines’ own due date', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await identify(c, 'boete opzoeken', DEMO_DEBTORS.D01);
    const reply = textOf(await c.say('wanneer ben ik klaar met afbetalen?'));
    expect(reply).toMatch(/geen betalingsregeling/);
    expect(reply).toMatch(/15 december 2026/);
  });

  it('nl: "en wanneer moet dat uiterlijk?" after the overview is the fine’s own due date', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await identify(c, 'hoeveel moet ik nog betalen', DEMO_DEBTORS.D01);
    const reply = textOf(await c.say('en wanneer moet dat uiterlijk?'));
    expect(reply).toMatch(/uiterlijk 15 december 2026/);
    expect(reply).not.toMatch(/8 weken/);
  });
});
