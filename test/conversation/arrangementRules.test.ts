import { useAppWithMongo } from '../support/appWithMongo';
import { DEMO_CLOCK, DEMO_DEBTORS, type DemoDebtorId as Debtor } from '../support/demoDebtors';
import { filedWithBackOffice, forgetFiledRequests, handoffCaseOf } from '../support/filedRequests';
import { startAndIdentify } from '../support/identify';
import { LOCALE, type Lang } from '../support/languages';
import { oneLine as plain } from '../support/replyText';
import type { TestConversation } from '../support/testApp';

/**
 * The lookup answer and every payment-arrangement rule of DESIGN.md "Conversations" checked for the
 * demo debtors (data/collection-demo.json) in nl, en, de and pl, as a citizen would notice them.
 * Expected amounts are computed here from DOMAIN.md §1.3 and the fixture, not read from the code:
 * the table applies to the open amount with administration costs (lower bound inclusive), the EUR 75
 * minimum to fines plus increases, the monthly amount is the total divided by the months rounded
 * down to the cent and the last instalment takes the rest; the first is due 1 January 2027.
 */

/** Staff are "always open" (the reference date is a Sunday) so handoffs queue. */
const ENV = {
  OFFICE_HOURS: 'mon-sun 00:00-24:00',
  PUBLIC_HOLIDAYS: '2000-01-01',
  ARRANGEMENT_OUTBOX_POLL_MS: '50',
  RATE_LIMIT_CONVERSATION_BURST: '100',
};
const REFERENCE = /BR-2026-\d{8}/g;

const YES: Record<Lang, string> = { nl: 'ja', en: 'yes', de: 'ja', pl: 'tak' };
const ASK_ARRANGEMENT: Record<Lang, string> = {
  nl: 'Ik wil een betalingsregeling aanvragen',
  en: 'I would like to pay in instalments',
  de: 'Ich möchte eine Ratenzahlung beantragen',
  pl: 'Chcę spłacić mandat w ratach',
};
const ASK_LOOKUP: Record<Lang, string> = {
  nl: 'Hoeveel moet ik nog betalen?',
  en: 'How much do I still have to pay?',
  de: 'Wie viel muss ich noch bezahlen?',
  pl: 'Ile jeszcze muszę zapłacić?',
};

/** Amounts and dates as each language writes them. */
function euro(cents: number, lang: Lang): string {
  const whole = Math.floor(cents / 100);
  const rest = String(cents % 100).padStart(2, '0');
  const group = (sep: string): string => String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  switch (lang) {
    case 'nl':
      return `€ ${group('.')},${rest}`;
    case 'en':
      return `€${group(',')}.${rest}`;
    case 'de':
      return `${group('.')},${rest} €`;
    case 'pl':
      // Polish groups thousands with a space, 4-digit amounts too (as the assistant writes them).
      return `${group(' ')},${rest} €`;
  }
}
const FIRST_DUE: Record<Lang, string> = {
  nl: '1 januari 2027',
  en: '1 January 2027',
  de: '1. Januar 2027',
  pl: '1 stycznia 2027',
};

/** Normalises the no-break spaces Intl puts in amounts, so expectations can use plain ones. */
const norm = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

async function open(c: TestConversation, debtor: Debtor, ask: string): Promise<string> {
  return norm(plain(await startAndIdentify(c, ask, DEMO_DEBTORS[debtor])));
}

/** The standard schedule of DOMAIN.md §1.3 for a total: months, monthly amount (rounded down), last. */
function expectedSchedule(totalCents: number): { months: number; monthly: number; last: number } {
  const bands: [number, number][] = [
    [0, 3],
    [12000, 6],
    [30000, 9],
    [45000, 12],
    [125000, 18],
    [200000, 24],
    [300000, 30],
    [400000, 36],
  ];
  const months = bands.filter(([from]) => totalCents >= from).pop()![1];
  const monthly = Math.floor(totalCents / months);
  return { months, monthly, last: totalCents - monthly * (months - 1) };
}

describe('arrangement and lookup rules for the demo debtors, in four languages', () => {
  const assistant = useAppWithMongo(ENV, { clock: DEMO_CLOCK });
  beforeEach(() => forgetFiledRequests(assistant.db));

  /** At the schedule `words` are answered with `reply`; yes to the person offered queues the case returned. */
  async function personAfterSchedule(lang: Lang, debtor: Debtor, words: string, reply: RegExp) {
    const c = assistant.app.conversation({ locale: LOCALE[lang] });
    await open(c, debtor, ASK_ARRANGEMENT[lang]);
    expect(norm(plain(await c.say(words)))).toMatch(reply);
    await c.say(YES[lang]);
    return handoffCaseOf(assistant.db, c);
  }

  describe('the lookup answer: per claim description, stage, open amount, due date, meaning; the total; the offers', () => {
    const cases: {
      debtor: Debtor;
      lang: Lang;
      expect: (string | RegExp)[];
      absent?: string[];
      offers: string[];
    }[] = [
      {
        debtor: 'D02',
        lang: 'nl',
        expect: [
          'Snelheidsovertreding van 22 km/u op de autosnelweg',
          'Eerste aanmaning',
          '€ 262,50',
          '26 augustus 2026 (verstreken)',
          'wettelijke verhoging',
          'Door rood licht rijden',
          '"Open"',
          '€ 289,00',
          '9 december 2026',
          'U kunt deze boete nu betalen',
          'Totaal nog te betalen: € 551,50',
        ],
        offers: ['Hoe betaal ik', 'Betalen in termijnen', 'Bezwaar maken'],
      },
      {
        debtor: 'D04',
        lang: 'nl',
        expect: [
          'Bij de deurwaarder',
          '€ 939,00',
          '15 januari 2026 (verstreken)',
          'Neem contact op met de deurwaarder',
        ],
        // Paying goes through the bailiff now, and the assistant arranges nothing for it; the
        // objection term (6 weeks from the letter of November 2025) is long past.
        offers: ['Medewerker spreken'],
        absent: ['Hoe betaal ik', 'Betalen in termijnen', 'Bezwaar maken'],
      },
      {
        debtor: 'D05',
        lang: 'nl',
        expect: ['Beroep loopt', '€ 214,00', 'hoeft u deze boete niet te betalen'],
        // The appeal runs already and nothing is to be paid meanwhile: no objection, paying or instalments.
        offers: ['Medewerker spreken'],
        absent: ['Betalen in termijnen', 'Bezwaar maken', 'Hoe betaal ik'],
      },
      {
        debtor: 'D07',
        lang: 'nl',
        expect: [
          'In een betalingsregeling',
          '€ 159,50',
          '€ 39,90 per maand, 5 van 9 termijnen betaald',
          'U betaalt deze boete in termijnen',
          // Instalment 6 (1 November) is not on record as paid: said, with the next one's date.
          'Termijn 6 van 9 (€ 39,90) moest uiterlijk op 1 november 2026 betaald zijn',
          'uiterlijk op 1 december 2026',
        ],
        // Paid in instalments: the letter's due date is not "passed"; the letter of March is past its objection term.
        absent: ['15 mei 2026 (verstreken)', 'Bezwaar maken', 'Betaal elke termijn op tijd'],
        offers: ['Hoe betaal ik'],
      },
      {
        debtor: 'D09',
        lang: 'en',
        expect: [
          'Punitive order for driving under the influence',
          'First reminder',
          '€574.00',
          '12 August 2026 (passed)',
          'Total still to pay: €574.00',
        ],
        // The punitive order of July is long past any objection term.
        offers: ['How to pay', 'Pay in instalments'],
        absent: ['Object to a fine'],
      },
      {
        debtor: 'D10',
        lang: 'nl',
        expect: [
          'Schadevergoedingsmaatregel (vonnis politierechter)',
          '€ 2.480,00',
          '27 oktober 2026 (verstreken)',
          // Open but past its due date: not "pay before the due date and nothing is added".
          'De uiterste betaaldatum is voorbij. Betaal zo snel mogelijk',
        ],
        absent: ['dan komt er niets bij'],
        offers: ['Betalen in termijnen'],
      },
      {
        debtor: 'D06',
        lang: 'en',
        expect: [
          'Speeding by 25 km/h on the motorway',
          '€248.00',
          '13 November 2026 (passed)',
          'The due date has passed. Please pay as soon as possible',
        ],
        absent: ['nothing is added'],
        offers: ['How to pay', 'Pay in instalments'],
      },
      {
        debtor: 'D11',
        lang: 'de',
        expect: [
          'Zweite Mahnung',
          '4.359,00 €',
          '27. Mai 2026 (abgelaufen)',
          // D11 lives in Germany: after the second reminder the case goes to the EU country of residence.
          'an das EU-Land abgeben, in dem Sie wohnen',
          'Insgesamt noch zu zahlen: 4.359,00 €',
        ],
        // The letter of April is long past the objection term.
        offers: ['Wie zahle ich', 'In Raten zahlen'],
        absent: ['Einspruch einlegen'],
      },
      {
        debtor: 'D12',
        lang: 'pl',
        expect: ['Otwarty', '167,00 €', '22 grudnia 2026', 'Łącznie do zapłaty: 167,00 €'],
        offers: ['Jak zapłacić', 'Płatność w ratach', 'Złożenie sprzeciwu'],
      },
      {
        debtor: 'D13',
        lang: 'en',
        expect: [
          'Speeding by 35 km/h on the motorway',
          '€1,111.00',
          '1 December 2026',
          'Running a red light',
          '€309.00',
          '10 December 2026',
          'You can pay this fine now',
          'Total still to pay: €1,420.00',
        ],
        offers: ['How to pay', 'Pay in instalments', 'Object to a fine'],
      },
    ];
    it.each(cases)('$debtor in $lang', async ({ debtor, lang, expect: expected, absent = [], offers }) => {
      const answer = await open(
        assistant.app.conversation({ locale: LOCALE[lang] }),
        debtor,
        ASK_LOOKUP[lang],
      );
      for (const fact of expected) {
        if (typeof fact === 'string') expect(answer).toContain(norm(fact));
        else expect(answer).toMatch(fact);
      }
      for (const offer of offers) expect(answer).toContain(offer);
      for (const wrong of absent) expect(answer).not.toContain(wrong);
      // The letter's whole number is never repeated back.
      expect(answer).not.toContain(DEMO_DEBTORS[debtor].number);
    });
  });

  describe('the standard schedule: months from the table on the total, monthly amount, last instalment, first due date', () => {
    const cases: { debtor: Debtor; lang: Lang; totalCents: number; claims: string[] }[] = [
      { debtor: 'D01', lang: 'en', totalCents: 12900, claims: ['Speeding by 14 km/h in a built-up area'] },
      { debtor: 'D02', lang: 'de', totalCents: 55150, claims: ['Überfahren einer roten Ampel'] },
      {
        debtor: 'D09',
        lang: 'nl',
        totalCents: 57400,
        claims: ['Strafbeschikking wegens rijden onder invloed'],
      },
      {
        debtor: 'D10',
        lang: 'en',
        totalCents: 248000,
        claims: ['Compensation order (police court judgment)'],
      },
      { debtor: 'D11', lang: 'pl', totalCents: 435900, claims: [] },
      { debtor: 'D12', lang: 'nl', totalCents: 16700, claims: [] },
      {
        debtor: 'D13',
        lang: 'de',
        totalCents: 142000,
        claims: ['Geschwindigkeitsüberschreitung um 35 km/h auf der Autobahn'],
      },
    ];
    it.each(cases)('$debtor in $lang', async ({ debtor, lang, totalCents, claims }) => {
      const { months, monthly, last } = expectedSchedule(totalCents);
      const answer = await open(
        assistant.app.conversation({ locale: LOCALE[lang] }),
        debtor,
        ASK_ARRANGEMENT[lang],
      );
      const total = norm(euro(totalCents, lang));
      expect(answer).toContain(total);
      expect(answer).toContain(`${months} `);
      expect(answer).toContain(norm(euro(monthly, lang)));
      if (last !== monthly) expect(answer).toContain(norm(euro(last, lang)));
      expect(answer).toContain(FIRST_DUE[lang]);
      for (const claim of claims) expect(answer).toContain(claim);
      // The months and the monthly amount said together, as the citizen reads them.
      const sentence: Record<Lang, string> = {
        nl: `U kunt ${total} in ${months} maanden betalen: ${norm(euro(monthly, lang))} per maand`,
        en: `You can pay ${total} over ${months} months: ${norm(euro(monthly, lang))} a month`,
        de: `Sie können ${total} in ${months} Monaten bezahlen: ${norm(euro(monthly, lang))} pro Monat`,
        pl: `zapłacić ${total} w ${months} miesięcznych ratach: ${norm(euro(monthly, lang))} miesięcznie`,
      };
      expect(answer).toContain(sentence[lang]);
    });
  });

  describe('claims left out, with the reason said', () => {
    it('D04 in English: with the bailiff, contact the bailiff; nothing to arrange', async () => {
      const answer = await open(assistant.app.conversation({ locale: 'en-GB' }), 'D04', ASK_ARRANGEMENT.en);
      expect(answer).toMatch(/Not in the new arrangement.*Speeding by 31 km\/h.*€939\.00.*bailiff/);
      expect(answer).toMatch(/contact the bailiff named in the letter/);
      expect(answer).toMatch(/no open fine that can go into a new payment arrangement/);
      expect(answer).not.toMatch(/You can pay/);
    });

    it('D05 in German: appeal pending, no payment due meanwhile', async () => {
      const answer = await open(assistant.app.conversation({ locale: 'de-DE' }), 'D05', ASK_ARRANGEMENT.de);
      expect(answer).toMatch(/Nicht in der neuen Ratenzahlung|nicht in der neuen/i);
      expect(answer).toMatch(/Einspruch eingelegt.*müssen Sie dieses Bußgeld noch nicht bezahlen/);
      expect(answer).not.toMatch(/Sie können .* in \d+ Monaten bezahlen/);
    });

    it('D07 in Polish: the running arrangement is shown instead (reference, instalments paid and left)', async () => {
      const answer = await open(assistant.app.conversation({ locale: 'pl-PL' }), 'D07', ASK_ARRANGEMENT.pl);
      expect(answer).toMatch(/Ma Pan\/Pani już plan spłaty/);
      expect(answer).toContain('BR-2026-000417');
      expect(answer).toContain('39,90 €');
      expect(answer).toContain('"Zapłacone raty","value":"5"');
      expect(answer).toContain('"Raty pozostałe do zapłaty","value":"4"');
      // Which fine it covers, and so why it is not in a new one.
      expect(answer).toMatch(
        /Przekroczenie prędkości o 27 km\/h na autostradzie: 159,50 €: Ten mandat jest już objęty obecnym planem spłaty/,
      );
      expect(answer).not.toMatch(/miesięcznych ratach/);
    });

    it('D08 in Dutch: the fine is paid, said so; nothing to arrange', async () => {
      const answer = await open(assistant.app.conversation(), 'D08', ASK_ARRANGEMENT.nl);
      expect(answer).toMatch(/Geen gordel gedragen.*Deze boete is al betaald/);
      expect(answer).toMatch(/geen boete open die in een nieuwe betalingsregeling kan/);
      expect(answer).not.toMatch(/Wilt u deze betalingsregeling aanvragen/);
    });
  });

  describe('refusals', () => {
    it.each([
      [
        'nl',
        /vanaf € 75,00 aan boetes en verhogingen.*administratiekosten tellen niet mee.*€ 45,00.*€ 54,00/,
      ],
      ['en', /from €75\.00 in fines and increases.*administration costs do not count.*€45\.00.*€54\.00/],
      [
        'pl',
        /od kwoty 75,00 € za mandaty i podwyżki.*koszty administracyjne nie są wliczane.*45,00 €.*54,00 €/,
      ],
    ] as const)(
      'D03 below the € 75 minimum in %s: refused with the reason, pay in one go',
      async (lang, reason) => {
        const answer = await open(
          assistant.app.conversation({ locale: LOCALE[lang] }),
          'D03',
          ASK_ARRANGEMENT[lang],
        );
        expect(answer).toMatch(reason);
        expect(answer).not.toContain(FIRST_DUE[lang]);
      },
    );

    it.each([
      [
        'en',
        /last 6 months you did not keep to a payment arrangement.*personal arrangement.*talk to a member of staff\?/,
        'yes',
      ],
      [
        'de',
        /letzten 6 Monaten eine Ratenzahlung nicht eingehalten.*persönliche Vereinbarung.*Mitarbeiter sprechen\?/,
        'ja',
      ],
      [
        'pl',
        /ostatnich 6 miesięcy nie dotrzymał\(a\) Pan\/Pani planu.*indywidualny plan.*porozmawiać z pracownikiem\?/,
        'tak',
      ],
    ] as const)(
      'D06 broke an arrangement in %s: refused, a personal one offered via a person',
      async (lang, reason, yes) => {
        const c = assistant.app.conversation({ locale: LOCALE[lang] });
        const answer = await open(c, 'D06', ASK_ARRANGEMENT[lang]);
        expect(answer).toMatch(reason);
        expect(answer).not.toContain(FIRST_DUE[lang]);
        await c.say(yes);
        const queued = await handoffCaseOf(assistant.db, c);
        expect(queued.reason).toBe('broken_arrangement');
      },
    );
  });

  describe('answers to the schedule', () => {
    it.each([
      [
        'en',
        'D13',
        'that is too much per month for me',
        /personal payment arrangement.*proof.*talk to a member of staff\?/,
      ],
      [
        'de',
        'D11',
        'Die Monatsrate ist zu hoch',
        /persönliche Ratenzahlung.*Nachweise.*Mitarbeiter sprechen\?/,
      ],
      [
        'pl',
        'D12',
        'Rata jest dla mnie za wysoka',
        /indywidualny plan ratalny.*dokumenty.*porozmawiać z pracownikiem\?/,
      ],
      [
        'nl',
        'D09',
        'dat is te hoog, zoveel kan ik niet per maand',
        /persoonlijke betalingsregeling.*bewijsstukken.*medewerker spreken\?/,
      ],
      // Words that refer to the amount just proposed are about the amount, not about paying at all.
      ['nl', 'D02', 'dat kan ik niet opbrengen', /persoonlijke betalingsregeling.*medewerker spreken\?/],
      ['nl', 'D01', 'ik kan dit niet betalen', /persoonlijke betalingsregeling.*medewerker spreken\?/],
      ['en', 'D01', "I can't afford that", /personal payment arrangement.*talk to a member of staff\?/],
      ['en', 'D10', 'I can only pay 30 a month', /personal payment arrangement.*talk to a member of staff\?/],
      ['de', 'D13', 'Das kann ich mir nicht leisten', /persönliche Ratenzahlung.*Mitarbeiter sprechen\?/],
      ['de', 'D02', 'Das ist mir zu viel im Monat', /persönliche Ratenzahlung.*Mitarbeiter sprechen\?/],
      ['pl', 'D12', 'nie stać mnie na to', /indywidualny plan ratalny.*porozmawiać z pracownikiem\?/],
      ['pl', 'D01', 'To dla mnie za dużo', /indywidualny plan ratalny.*porozmawiać z pracownikiem\?/],
    ] as const)(
      '"too high" in %s: a personal arrangement, handed to a person with that reason',
      async (lang, debtor, words, reply) => {
        const queued = await personAfterSchedule(lang, debtor, words, reply);
        expect(queued.reason).toBe('personal_arrangement');
      },
    );

    it.each([
      ['nl', 'D01', 'ik kan helemaal niet betalen', /noodstop.*4 maanden.*gemeente.*medewerker spreken\?/],
      [
        'en',
        'D13',
        'I cannot pay at all',
        /emergency stop.*4 months.*municipality.*talk to a member of staff\?/,
      ],
      [
        'de',
        'D11',
        'Ich kann überhaupt nicht zahlen',
        /Notstopp.*4 Monate.*Gemeinde.*Mitarbeiter sprechen\?/,
      ],
      [
        'pl',
        'D12',
        'W ogóle nie mogę zapłacić',
        /wstrzymanie awaryjne.*4 miesiące.*gminy.*porozmawiać z pracownikiem\?/,
      ],
      [
        'nl',
        'D02',
        'Ik heb schulden, ik kan helemaal niks betalen',
        /noodstop.*4 maanden.*gemeente.*medewerker spreken\?/,
      ],
      [
        'en',
        'D01',
        'I have no money at all',
        /emergency stop.*4 months.*municipality.*talk to a member of staff\?/,
      ],
      [
        'de',
        'D13',
        'Ich habe Schulden und gar kein Geld',
        /Notstopp.*4 Monate.*Gemeinde.*Mitarbeiter sprechen\?/,
      ],
      [
        'pl',
        'D11',
        'Mam długi, nie mam z czego zapłacić',
        /wstrzymanie awaryjne.*4 miesiące.*gminy.*porozmawiać z pracownikiem\?/,
      ],
    ] as const)(
      '"I cannot pay at all" in %s: the noodstop, debt help and a person',
      async (lang, debtor, words, reply) => {
        const queued = await personAfterSchedule(lang, debtor, words, reply);
        expect(queued.reason).toBe('cannot_pay');
      },
    );
  });

  describe('a change of mind after accepting the schedule: nothing is filed', () => {
    it('"te hoog" instead of a contact: a personal arrangement, handed over with that reason', async () => {
      const c = assistant.app.conversation();
      await open(c, 'D01', ASK_ARRANGEMENT.nl);
      await c.say('ja');
      expect(plain(await c.say('eigenlijk is het maandbedrag te hoog'))).toMatch(
        /persoonlijke betalingsregeling.*bewijsstukken.*medewerker spreken\?/,
      );
      await c.say('ja');
      const queued = await handoffCaseOf(assistant.db, c);
      expect(queued.reason).toBe('personal_arrangement');
      expect(
        await assistant.db.collection('arrangementRequests').countDocuments({ 'submission.debtorId': 'D01' }),
      ).toBe(0);
    });

    it.each([
      [
        'en',
        'D13',
        'no, the monthly amount is too high after all',
        /personal payment arrangement.*talk to a member of staff\?/,
      ],
      [
        'de',
        'D11',
        'Nein, das kann ich mir doch nicht leisten',
        /persönliche Ratenzahlung.*Mitarbeiter sprechen\?/,
      ],
      [
        'pl',
        'D12',
        'Nie, jednak w ogóle nie mogę zapłacić',
        /wstrzymanie awaryjne.*gminy.*porozmawiać z pracownikiem\?/,
      ],
    ] as const)(
      'at the confirmation in %s: the objection is answered, not "ja of nee?"',
      async (lang, debtor, words, reply) => {
        const c = assistant.app.conversation({ locale: LOCALE[lang] });
        await open(c, debtor, ASK_ARRANGEMENT[lang]);
        await c.say(YES[lang]);
        await c.say('citizen@example.org');
        expect(norm(plain(await c.say(words)))).toMatch(reply);
        expect(
          await assistant.db
            .collection('arrangementRequests')
            .countDocuments({ 'submission.debtorId': debtor }),
        ).toBe(0);
      },
    );
  });

  describe('confirmation and filing exactly once', () => {
    it('"ja" twice and the same message again: one request, one reference', async () => {
      const c = assistant.app.conversation();
      await open(c, 'D12', ASK_ARRANGEMENT.nl);
      await c.say('ja');
      expect(plain(await c.say('ja'))).toMatch(/Typ uw e-mailadres of telefoonnummer/);
      expect(plain(await c.say('a.nowak@example.pl'))).toMatch(/5 termijnen van € 27,83 en een laatste termijn van € 27,85 \(totaal € 167,00\).*versturen\?/);
      const filed = plain(await c.say('ja'));
      const references = filed.match(REFERENCE) ?? [];
      expect(references).toHaveLength(1);
      // The same confirmation once more: the same reference, said to be already requested.
      const again = plain(await c.say('ja'));
      expect(again).toContain(`al aangevraagd. Uw referentienummer is **${references[0]}**`);
      expect(again.match(REFERENCE)).toEqual([references[0]]);
      const asked = plain(await c.say(ASK_ARRANGEMENT.nl));
      expect(asked).toContain(`al aangevraagd. Uw referentienummer is **${references[0]}**`);
      expect(
        await assistant.db.collection('arrangementRequests').countDocuments({ 'submission.debtorId': 'D12' }),
      ).toBe(1);
    });

    it('a confirmation delivered twice by the channel (same activity id) files once', async () => {
      const c = assistant.app.conversation({ locale: 'en-GB' });
      await open(c, 'D01', ASK_ARRANGEMENT.en);
      await c.say('Yes, request it');
      await c.say('jan@example.nl');
      const id = 'same-activity-id';
      const first = plain(await c.say('Yes, send it', { id }));
      await c.say('Yes, send it', { id });
      expect(first.match(REFERENCE)).not.toBeNull();
      expect(
        await assistant.db.collection('arrangementRequests').countDocuments({ 'submission.debtorId': 'D01' }),
      ).toBe(1);
      const [request] = await filedWithBackOffice(assistant.db, 'D01');
      expect(request).toMatchObject({ language: 'en', months: 6, totalAmount: 12900, monthlyAmount: 2150 });
    });

    it('the contact is validated in German: a bad address asked again, a phone number accepted', async () => {
      const c = assistant.app.conversation({ locale: 'de-DE' });
      await open(c, 'D13', ASK_ARRANGEMENT.de);
      await c.say('Ja, beantragen');
      expect(plain(await c.say('sarah at example'))).toMatch(/E-Mail-Adresse oder Telefonnummer/);
      expect(norm(plain(await c.say('+49 151 23456789')))).toMatch(
        /17 Raten zu 78,88 € und eine letzte Rate von 79,04 €.*\+4915123456789.*absenden\?/,
      );
      expect(plain(await c.say('nein'))).not.toMatch(REFERENCE);
      expect(
        await assistant.db.collection('arrangementRequests').countDocuments({ 'submission.debtorId': 'D13' }),
      ).toBe(0);
    });
  });
});
