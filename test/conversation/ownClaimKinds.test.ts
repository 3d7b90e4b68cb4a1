/**
 * Answers fitted to the claims just looked up (DOMAIN.md §4, §5, §1.7): "Bezwaar maken" after a
 * punitive order is verzet within 14 days (do not pay), after a compensation order an appeal to the
 * court (no deadline invented), after a traffic fine the appeal to the public prosecutor; a compensation
 * order's arrangement tells of its statutory interest; a debtor abroad hears what happens abroad.
 */
import { loadDemoFixtures } from '../../adapters/collection/demoFixtures';
import { InMemoryCollectionSystem } from '../../adapters/collection/inMemoryCollectionSystem';
import {
  spokenSentences,
  startTestApp,
  textOf,
  type TestApp,
  type TestConversation,
} from '../support/testApp';

const PUNITIVE = { number: '1852906095141302', postcode: '7511 JE' }; // D09: strafbeschikking
const COMPENSATION = { number: '5111941022799767', postcode: '4811 XJ' }; // D10: schadevergoedingsmaatregel
const TRAFFIC = { number: '9698948614580658', postcode: '8911 AB' }; // D01: traffic fine
const GERMAN = { number: '0543793058155523', postcode: '47533' }; // D11: lives in Germany, 2nd reminder
const POLISH = { number: '1624689630323359', postcode: '61-001' }; // D12: lives in Poland

const LOOKUP: Record<string, string> = {
  'nl-NL': 'boete opzoeken',
  'en-GB': 'look up my fine',
  'de-DE': 'Mein Bußgeld nachsehen',
  'pl-PL': 'Sprawdź mój mandat',
};
const OBJECT: Record<string, string> = {
  'nl-NL': 'Bezwaar maken',
  'en-GB': 'Object to a fine',
  'de-DE': 'Einspruch einlegen',
  'pl-PL': 'Złożenie sprzeciwu',
};
/** The traffic-fine appeal: to the public prosecutor within 6 weeks, no payment meanwhile. */
const TRAFFIC_APPEAL =
  /Parket CVOM|binnen 6 weken|within 6 weeks|innerhalb von 6 Wochen|w ciągu 6 tygodni|hoeft u nog niet te betalen/;

describe('answers fitted to the claims just looked up', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_CONVERSATION_BURST: '100' });
  });
  afterAll(async () => {
    await app?.close();
  });

  async function lookedUp(
    locale: string,
    debtor: { number: string; postcode: string },
    channelId = 'webchat',
  ): Promise<{ c: TestConversation; found: string; spoken: string }> {
    const c = app.conversation({ locale, channelId });
    await c.start();
    await c.say(LOOKUP[locale] as string);
    await c.say(debtor.number);
    const replies = await c.say(debtor.postcode);
    return { c, found: textOf(replies), spoken: spokenSentences(replies).join(' ') };
  }

  describe('"Bezwaar maken" after a punitive order: verzet within 14 days, do not pay', () => {
    it.each([
      ['nl-NL', /verzet/, /14 dagen/, /Betaal de strafbeschikking dan niet/],
      ['en-GB', /objection \(verzet\)/, /14 days/, /Do not pay the punitive order/],
      ['de-DE', /Einspruch \(verzet\)/, /14 Tagen/, /Zahlen Sie den Strafbefehl in diesem Fall nicht/],
      ['pl-PL', /sprzeciw \(verzet\)/, /14 dni/, /proszę nie płacić/],
    ])('%s', async (locale, verzet, days, doNotPay) => {
      const { c } = await lookedUp(locale, PUNITIVE);
      const answer = textOf(await c.say(OBJECT[locale] as string));
      expect(answer).toMatch(verzet);
      expect(answer).toMatch(days);
      expect(answer).toMatch(doNotPay);
      expect(answer).not.toMatch(TRAFFIC_APPEAL);
    });

    it('nl on SMS: its term long past (letter of July), the menu offers no objection; asked in words it is answered', async () => {
      const { c, found } = await lookedUp('nl-NL', PUNITIVE, 'sms');
      expect(found).not.toMatch(/Bezwaar maken/);
      const answer = textOf(await c.say('bezwaar maken'));
      expect(answer).toMatch(/verzet/);
      expect(answer).toMatch(/14 dagen/);
      expect(answer).not.toMatch(TRAFFIC_APPEAL);
    });

    it('nl: "hoe lang heb ik daarvoor?" afterwards is not the traffic fine’s 6 weeks', async () => {
      const { c } = await lookedUp('nl-NL', PUNITIVE);
      await c.say('Bezwaar maken');
      const answer = textOf(await c.say('hoe lang heb ik daarvoor?'));
      expect(answer).not.toMatch(/6 weken/);
    });
  });

  describe('"Bezwaar maken" after a compensation order: a judgment, appealed at the court', () => {
    it.each([
      ['nl-NL', /vonnis/, /hoger beroep bij de rechter, niet bij de officier van justitie/],
      ['en-GB', /judgment/, /appeal against it to the court, not to the public prosecutor/],
      ['de-DE', /Urteil/, /beim Gericht Berufung ein, nicht bei der Staatsanwaltschaft/],
      ['pl-PL', /wyrok/, /apelację do sądu, a nie do prokuratora/],
    ])('%s', async (locale, judgment, court) => {
      const { c } = await lookedUp(locale, COMPENSATION);
      const answer = textOf(await c.say(OBJECT[locale] as string));
      expect(answer).toMatch(judgment);
      expect(answer).toMatch(court);
      expect(answer).not.toMatch(TRAFFIC_APPEAL);
      // DOMAIN.md gives no deadline for it: none is said.
      expect(answer).not.toMatch(/\d+ (dagen|weken|days|weeks|Tagen|Wochen|dni|tygodni)/);
    });
  });

  it('nl: after a traffic fine the appeal to the public prosecutor stays', async () => {
    const { c } = await lookedUp('nl-NL', TRAFFIC);
    const answer = textOf(await c.say('Bezwaar maken'));
    expect(answer).toMatch(/officier van justitie/);
    expect(answer).toMatch(/6 weken/);
  });

  describe('a compensation order’s arrangement: the statutory interest and the bill for the rest', () => {
    it.each([
      [
        'nl-NL',
        'Betalen in termijnen',
        'hoezo groeit het bedrag?',
        /wettelijke rente/,
        /rekening voor de rest/,
      ],
      [
        'en-GB',
        'Pay in instalments',
        'why does the amount keep growing?',
        /statutory interest/,
        /bill for the rest/,
      ],
      [
        'de-DE',
        'In Raten zahlen',
        'warum steigt der Betrag?',
        /gesetzlichen Zinsen/,
        /Rechnung über den Rest/,
      ],
      [
        'pl-PL',
        'Płatność w ratach',
        'dlaczego kwota rośnie?',
        /odsetkami ustawowymi/,
        /rachunek za pozostałą kwotę/,
      ],
    ])('%s', async (locale, instalments, why, interest, rest) => {
      const { c } = await lookedUp(locale, COMPENSATION);
      const plan = textOf(await c.say(instalments));
      expect(plan).toMatch(interest);
      expect(plan).toMatch(rest);
      const answer = textOf(await c.say(why));
      expect(answer).toMatch(interest);
      expect(answer).not.toMatch(
        /geen precies antwoord|no exact answer|keine genaue Antwort|dokładnej odpowiedzi/,
      );
    });
  });

  describe('a debtor living abroad', () => {
    it.each([
      ['de-DE', /EU-Land/, /Gerichtsvollzieher beauftragen/],
      ['nl-NL', /EU-land waar u woont/, /deurwaarder inschakelen/],
    ])(
      '%s: the second reminder leads to the state of residence, not a Dutch debit or bailiff',
      async (locale, eu, dutch) => {
        const { found } = await lookedUp(locale, GERMAN);
        expect(found).toMatch(eu);
        expect(found).toMatch(/opsporingsregister/);
        expect(found).not.toMatch(dutch);
      },
    );

    it('de: on the phone too', async () => {
      const { spoken } = await lookedUp('de-DE', GERMAN, 'telephony');
      expect(spoken).toMatch(/EU-Land/);
      expect(spoken).not.toMatch(/Gerichtsvollzieher beauftragen/);
    });

    it.each([
      ['de-DE', 'ich habe Schulden und brauche einen Notstopp', /niederländischen Gemeinde/, /Ihre Gemeinde/],
      ['pl-PL', 'mam długi, potrzebuję wstrzymania awaryjnego noodstop', /holenderską gminę/, /swojej gminy/],
      ['nl-NL', 'ik heb schulden, kan ik een noodstop krijgen?', /Nederlandse gemeente/, /uw gemeente/],
    ])(
      '%s: the noodstop says it rests on Dutch municipal debt help, and staff can tell',
      async (locale, ask, dutch, own) => {
        const { c } = await lookedUp(locale, locale === 'pl-PL' ? POLISH : GERMAN);
        const answer = textOf(await c.say(ask));
        expect(answer).toMatch(dutch);
        expect(answer).not.toMatch(own);
      },
    );

    it('de: "was passiert, wenn ich das Bußgeld nicht bezahle?" is the transfer to the home state', async () => {
      const { c } = await lookedUp('de-DE', GERMAN);
      const answer = textOf(await c.say('Was passiert, wenn ich das Bußgeld nicht bezahle?'));
      expect(answer).toMatch(/EU-(Land|Staat)/);
      expect(answer).not.toMatch(/Rijbewijs|Führerschein einziehen|Gerichtsvollzieher/);
    });

    it('nl: a Dutch resident still hears the Dutch steps', async () => {
      const { c } = await lookedUp('nl-NL', TRAFFIC);
      const answer = textOf(await c.say('ik heb schulden, kan ik een noodstop krijgen?'));
      expect(answer).toMatch(/uw gemeente/);
    });
  });
});

describe('"Bezwaar maken" after claims of different kinds: each route in brief', () => {
  let app: TestApp;
  beforeAll(async () => {
    // D01 owes the punitive order too (in the demo data it is D09's).
    const fixtures = loadDemoFixtures();
    fixtures.claims = fixtures.claims.map((c) =>
      c.cjibNumber === PUNITIVE.number ? { ...c, debtorId: 'D01' } : c,
    );
    const clock = { now: () => new Date() };
    const collection = await InMemoryCollectionSystem.start(clock, fixtures);
    app = await startTestApp({ RATE_LIMIT_CONVERSATION_BURST: '100' }, { collection });
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each([
    ['nl-NL', /Verkeersboete: ga in beroep bij de officier van justitie/, /Strafbeschikking: ga in verzet/],
    ['de-DE', /Verkehrsbußgeld: Einspruch bei der Staatsanwaltschaft/, /Strafbefehl: Einspruch \(verzet\)/],
  ])('%s', async (locale, traffic, punitive) => {
    const c = app.conversation({ locale });
    await c.start();
    await c.say(LOOKUP[locale] as string);
    await c.say(TRAFFIC.number);
    const found = textOf(await c.say(TRAFFIC.postcode));
    expect(found).toMatch(/Strafbeschikking|Strafbefehl/);
    const answer = textOf(await c.say(OBJECT[locale] as string));
    expect(answer).toMatch(traffic);
    expect(answer).toMatch(punitive);
    expect(answer).toMatch(/14 (dagen|Tagen)/);
    expect(answer).toMatch(/6 (weken|Wochen)/);
  });
});
