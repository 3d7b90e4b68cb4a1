import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

// Whole conversations from a blind sweep of the router, the person offer and the call back (out of
// office hours), in nl, en, de and pl; asserted on what the citizen notices.
jest.setTimeout(120_000);

const LOCALE = { nl: 'nl-NL', en: 'en-GB', de: 'de-DE', pl: 'pl-PL' } as const;
type Lng = keyof typeof LOCALE;
/** The flow ended at the citizen's word, in any of the four languages. */
const STOPPED = /ik ben gestopt|I have stopped|habe aufgehört|przerwałem|zatrzymałem/i;
const POSTCODE_ASKED = {
  nl: /Wat is de postcode/,
  en: /What is the postcode/,
  de: /Wie lautet die Postleitzahl/,
  pl: /Jaki jest kod pocztowy/,
};

describe('router sweep (out of office hours)', () => {
  const assistant = useTestApp({ OFFICE_HOURS: 'sun 03:00-03:01', ...FAST_TYPIST });

  const conversation = (lng: Lng) => assistant.app.conversation({ locale: LOCALE[lng] });

  describe('a person asked for mid-flow, then declined: the flow goes on with what was given', () => {
    const lines: Record<Lng, [string, string, string]> = {
      nl: ['ik wil betalen in termijnen', 'ik wil toch eerst een medewerker', 'nee laat maar ga maar verder'],
      en: [
        'i want to pay in instalments',
        'actually i want to talk to a person first',
        'no never mind, just carry on',
      ],
      de: [
        'ich möchte in Raten zahlen',
        'ich möchte doch zuerst einen Mitarbeiter',
        'nein, lass mal, mach weiter',
      ],
      pl: [
        'chcę zapłacić w ratach',
        'jednak chcę najpierw rozmawiać z konsultantem',
        'nie, nieważne, kontynuuj',
      ],
    };
    it.each(Object.keys(lines) as Lng[])('%s', async (lng) => {
      const c = conversation(lng);
      const [start, person, goOn] = lines[lng];
      await c.say(start);
      expect(textOf(await c.say('9698948614580658'))).toMatch(POSTCODE_ASKED[lng]);
      expect(textOf(await c.say(person))).toMatch(/\?/);
      const back = textOf(await c.say(goOn));
      expect(back).not.toMatch(STOPPED);
      expect(back).toMatch(/0658/);
      expect(back).toMatch(POSTCODE_ASKED[lng]);
      // The postcode now goes on with the arrangement: a schedule is offered.
      expect(textOf(await c.say('8911 AB'))).toMatch(/€/);
    });
  });
  describe('"tomorrow morning" at the call-back offer is a yes with the part of the day', () => {
    const lines: Record<Lng, [string, string, RegExp, RegExp]> = {
      nl: ['ik wil een medewerker spreken', 'morgenochtend graag', /telefoonnummer/, /in de ochtend/],
      en: ['can i speak to a human', 'tomorrow morning', /phone number/, /in the morning/],
      de: ['ich möchte mit einem Mitarbeiter sprechen', 'morgen früh', /Telefonnummer/, /am Vormittag/],
      pl: ['chcę rozmawiać z konsultantem', 'jutro rano', /numer telefonu/, /rano/],
    };
    it.each(Object.keys(lines) as Lng[])('%s', async (lng) => {
      const c = conversation(lng);
      const [ask, when, phoneAsked, confirmed] = lines[lng];
      expect(textOf(await c.say(ask))).toMatch(/\?/);
      expect(textOf(await c.say(when))).toMatch(phoneAsked);
      const done = textOf(await c.say(lng === 'en' ? '+447700900123' : '0612345678'));
      expect(done).toMatch(confirmed);
      expect(done).not.toMatch(/8[.:]00|12[.:]00.*17/);
    });
  });
  describe('the time said when the number is asked is kept, also through a change of language', () => {
    const lines: Record<Lng, [string, string, string, RegExp, RegExp]> = {
      nl: [
        'ik wil een medewerker spreken',
        'ja',
        'liefst in de middag',
        /middag.*telefoonnummer/s,
        /in de middag/,
      ],
      en: [
        'can i speak to a human',
        'yes',
        'afternoon please',
        /afternoon.*phone number/s,
        /in the afternoon/,
      ],
      de: [
        'ich möchte mit einem Mitarbeiter sprechen',
        'ja',
        'lieber nachmittags',
        /Nachmittag.*Telefonnummer/s,
        /am Nachmittag/,
      ],
      pl: [
        'chcę rozmawiać z konsultantem',
        'tak',
        'najlepiej po południu',
        /po południu.*numer telefonu/s,
        /po południu/,
      ],
    };
    it.each(Object.keys(lines) as Lng[])('%s', async (lng) => {
      const c = conversation(lng);
      const [ask, yes, when, kept, confirmed] = lines[lng];
      await c.say(ask);
      expect(textOf(await c.say(yes))).toMatch(/\?/);
      expect(textOf(await c.say(when))).toMatch(kept);
      const done = textOf(await c.say(lng === 'en' ? '+447700900123' : '0612345678'));
      expect(done).toMatch(confirmed);
      // The number read back by its last four digits, so a wrong one can be corrected.
      expect(done).toMatch(lng === 'en' ? /0123/ : /5678/);
    });

    it.each([
      ['nl', 'ja', "'s Ochtends (8.00-12.00 uur)", /in de ochtend/],
      ['en', 'yes', 'In the morning (8:00-12:00)', /in the morning/],
      ['de', 'ja', 'Vormittags (8:00-12:00 Uhr)', /am Vormittag/],
      ['pl', 'tak', 'Rano (8:00-12:00)', /rano/],
    ] as const)(
      '%s: the morning button books the morning (its title holds "12")',
      async (lng, yes, button, morning) => {
        const c = conversation(lng);
        await c.say(lines[lng][0]);
        await c.say(yes);
        const asked = await c.say(lng === 'en' ? '+447700900123' : '0612345678');
        expect(JSON.stringify(asked)).toContain(button);
        expect(textOf(await c.say(button))).toMatch(morning);
      },
    );

    it.each([
      ['nl', 'ja', 'hoe laat belt u?', /tussen 8.00 en 17.00/, 'morgen na 3 uur', /in de middag/],
      ['nl', 'ja', 'wanneer?', /tussen 8.00 en 17.00/, 'om 10 uur', /in de ochtend/],
      ['en', 'yes', 'what time will you call?', /between 8/, 'after 3pm', /in the afternoon/],
      ['de', 'ja', 'wann denn?', /zwischen 8/, 'um 2 Uhr', /am Nachmittag/],
      ['pl', 'tak', 'o której zadzwonicie?', /między 8/, 'o 4', /po południu/],
    ] as const)(
      '%s: at the time question, "%s" is answered and the number kept; then "%s"',
      async (lng, yes, when, timing, hour, confirmed) => {
        const c = conversation(lng);
        await c.say(lines[lng][0]);
        await c.say(yes);
        await c.say(lng === 'en' ? '+447700900123' : '0612345678');
        const answer = textOf(await c.say(when));
        expect(answer).toMatch(timing);
        expect(answer).not.toMatch(/telefoonnummer|phone number|Telefonnummer|numer telefonu/);
        expect(textOf(await c.say(hour))).toMatch(confirmed);
      },
    );

    it.each([
      [
        'en',
        'yes',
        'my number is +44 7700 900123',
        'thanks bye',
        /noted your request.*morning.*Goodbye/s,
        '+447700900123',
      ],
      ['nl', 'ja', '0612345678', 'oké bedankt, doei', /genoteerd.*ochtend.*Tot ziens/s, '0612345678'],
    ] as const)(
      '%s: "%s" at the time question keeps the call back (the first part staff call)',
      async (lng, yes, number, bye, noted, stored) => {
        const c = conversation(lng);
        await c.say(lines[lng][0]);
        await c.say(yes);
        await c.say(number);
        expect(textOf(await c.say(bye))).toMatch(noted);
        const saved = await assistant.app.app
          .mongo!.db.collection('callbackRequests')
          .findOne({ conversationKey: `webchat/${c.id}` });
        expect(saved).toMatchObject({ phone: stored, partOfDay: 'morning' });
      },
    );

    it('nl: the afternoon, then "can we continue in English?", then the number: no time asked again', async () => {
      const c = conversation('nl');
      await c.say('ik wil een medewerker spreken');
      await c.say('ja');
      expect(textOf(await c.say('liever in de middag'))).toMatch(/middag/);
      expect(textOf(await c.say('can we continue in english please'))).toMatch(/phone number/);
      expect(textOf(await c.say('0612345678'))).toMatch(/in the afternoon/);
    });

    it('a wrong number with a 9 in it is no time of day: the number is asked for again', async () => {
      const c = conversation('nl');
      await c.say('ik wil een medewerker spreken');
      await c.say('ja');
      expect(textOf(await c.say('06 1234 9'))).toMatch(/geen telefoonnummer/);
    });
  });
  describe('a change of language asked for inside a longer message, after an answer', () => {
    const cases: [Lng, string, string, RegExp, RegExp][] = [
      ['en', 'how do i pay my fine', 'ok bedankt, nu weer nederlands graag', /Nederlands/, /8 weken/],
      ['nl', 'hoe betaal ik mijn boete', 'ok thanks, back to english please', /English/, /8 weeks/],
      ['nl', 'hoe betaal ik mijn boete', 'ok danke, jetzt wieder auf Deutsch bitte', /Deutsch/, /8 Wochen/],
      ['en', 'how do i pay my fine', 'ok dzięki, teraz po polsku proszę', /polsku/, /8 tygodni/],
    ];
    it.each(cases)('from %s: %s, then "%s"', async (lng, question, switchAsked, changed, answered) => {
      const c = conversation(lng);
      await c.say(question);
      expect(textOf(await c.say(switchAsked))).toMatch(changed);
      const lines = {
        Nederlands: 'hoe lang heb ik om te betalen',
        English: 'how long do i have to pay',
        Deutsch: 'wie lange habe ich zum Bezahlen',
        polsku: 'ile mam czasu na zapłatę',
      };
      const next = Object.entries(lines).find(([name]) => changed.test(name))![1];
      expect(textOf(await c.say(next))).toMatch(answered);
    });
  });

  it('a letter in another language asks for no change of language', async () => {
    const c = conversation('en');
    expect(textOf(await c.say('my letter is in Dutch, what does it mean'))).not.toMatch(/Nederlands/);
  });
  describe('after a request was filed: a change goes through a person, the reference is repeated', () => {
    const lines: Record<Lng, [string, string, string, RegExp]> = {
      nl: [
        'ik wil betalen in termijnen',
        'ja',
        'kan ik het nog wijzigen?',
        /kan ik die niet meer wijzigen.*medewerker.*per brief/s,
      ],
      en: [
        'i want to pay in instalments',
        'yes',
        'can I still change it?',
        /cannot change it.*member of CJIB staff.*by letter/s,
      ],
      de: [
        'ich möchte in Raten zahlen',
        'ja',
        'kann ich das noch ändern?',
        /nicht mehr ändern.*Mitarbeiter.*per Brief/s,
      ],
      pl: [
        'chcę zapłacić w ratach',
        'tak',
        'czy mogę to jeszcze zmienić?',
        /nie mogę go już zmienić.*pracownik.*listem/s,
      ],
    };
    // One debtor per conversation: a request filed in one is on file for the others of this app.
    const debtor: Record<Lng, [string, string]> = {
      nl: ['9698948614580658', '8911 AB'],
      en: ['3338082450532785', '3512 KL'],
      de: ['1852906095141302', '7511 JE'],
      pl: ['2342145524857394', '1071 DJ'],
    };
    it.each(Object.keys(lines) as Lng[])('%s', async (lng) => {
      const c = conversation(lng);
      const [start, yes, change, honest] = lines[lng];
      await c.say(start);
      await c.say(debtor[lng][0]);
      await c.say(debtor[lng][1]);
      await c.say(yes);
      await c.say('test@example.nl');
      const filed = textOf(await c.say(yes));
      const reference = /BR-\d{4}-\d+/.exec(filed)?.[0];
      expect(reference).toBeDefined();
      const answer = textOf(await c.say(change));
      expect(answer).toMatch(honest);
      expect(answer).toContain(reference!);
      // The offer of a person stands: yes is the call-back offer (out of office hours).
      expect(textOf(await c.say(yes))).toMatch(/terugbelt|call you back|zurückruft|oddzwonił/);
    });

    it('on the phone, "herhaal het referentienummer" repeats it', async () => {
      const c = assistant.app.conversation({ locale: 'nl-NL', channelId: 'telephony' });
      for (const line of [
        'ik wil betalen in termijnen',
        '5111941022799767',
        '4811 XJ',
        'ja',
        'test@example.nl',
        'ja',
      ])
        await c.say(line);
      const again = textOf(await c.say('herhaal het referentienummer'));
      expect(again).toMatch(/referentienummer is/);
      expect(again).not.toMatch(/niet zeker wat u bedoelt/);
    });
  });
  describe('an instalment of a running arrangement that cannot be paid: the missed-instalment answer', () => {
    const lines: Record<Lng, [string, RegExp, RegExp]> = {
      nl: [
        'Ik heb een betalingsregeling maar ik kan deze maand niet betalen',
        /zo snel mogelijk/,
        /CJIB-nummer nodig/,
      ],
      en: ["I have a payment plan but I can't pay this month", /as soon as possible/, /need the CJIB number/],
      de: [
        'Ich habe eine Ratenzahlung, kann aber diesen Monat nicht zahlen',
        /so schnell wie möglich/,
        /CJIB-Nummer/,
      ],
      pl: ['mam plan spłaty, ale w tym miesiącu nie mogę zapłacić', /jak najszybciej/, /numeru CJIB/],
    };
    it.each(Object.keys(lines) as Lng[])('%s', async (lng) => {
      const [said, answer, newApplication] = lines[lng];
      const reply = textOf(await conversation(lng).say(said));
      expect(reply).toMatch(answer);
      expect(reply).not.toMatch(newApplication);
    });
    // The same said with the month first, as people do.
    const reordered: Record<Lng, string> = {
      nl: 'ik heb een regeling maar deze maand lukt het niet',
      en: 'I have a payment plan but this month I cannot pay',
      de: 'Ich habe eine Ratenzahlung, aber diesen Monat kann ich nicht zahlen',
      pl: 'Mam plan spłat, ale w tym miesiącu nie mogę zapłacić',
    };
    it.each(Object.keys(reordered) as Lng[])('%s, the month first', async (lng) => {
      const [, answer, newApplication] = lines[lng];
      const reply = textOf(await conversation(lng).say(reordered[lng]));
      expect(reply).toMatch(answer);
      expect(reply).not.toMatch(newApplication);
    });
  });
});
