import type { Activity } from 'botbuilder';
import { startTestApp, textOf, type TestApp, type TestConversation } from '../support/testApp';

/**
 * Whole conversations through POST /api/messages from the arrangement items of a sweep: going along
 * with the proposed months after asking for more ("ok doe maar 6 dan") is a yes, not "too high";
 * "heb ik nou 2 keer aangevraagd?" hears that nothing is sent yet, or that one request was.
 */

/** The demo data's reference date; staff are never in (no handoff queue in the way). */
const clock = { now: () => new Date('2026-11-22T10:00:00+01:00') };
const ENV = {
  RATE_LIMIT_CONVERSATION_BURST: '100',
  ARRANGEMENT_OUTBOX_POLL_MS: '50',
  OFFICE_HOURS: 'sun 03:00-03:01',
};

/** Demo back-office record D01 (data/collection-demo.json): € 129,00 → 6 months of € 21,50. */
const D01 = ['9698948614580658', '8911 AB'] as const;

const norm = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
const plain = (replies: Partial<Activity>[]): string => norm(textOf(replies));

const LOCALE: Record<string, string> = { nl: 'nl-NL', en: 'en-GB', de: 'de-DE', pl: 'pl-PL' };
const REFERENCE = /BR-2026-\d{8}/;
const PERSONAL =
  /persoonlijke betalingsregeling|personal payment arrangement|individuelle Ratenzahlung|indywidualn/i;
const CONTACT_ASK: Record<string, RegExp> = {
  nl: /Op welk e-mailadres of telefoonnummer kunnen we u bereiken/,
  en: /At which e-mail address or phone number can we reach you/,
  de: /Unter welcher E-Mail-Adresse oder Telefonnummer können wir Sie/,
  pl: /Pod jakim adresem e-mail lub numerem telefonu/,
};

describe('arrangement sweep: whole conversations', () => {
  let app: TestApp;

  beforeEach(async () => {
    app = await startTestApp(ENV, { clock });
  });
  afterEach(async () => {
    await app?.close();
  });

  const talk = (lang: string): TestConversation =>
    app.conversation({ locale: LOCALE[lang], channelId: 'webchat' });

  describe('agreeing to the proposed months after asking for more', () => {
    it('nl: "ok doe maar 6 dan" asks for a contact, the request is filed once and "2 keer aangevraagd?" says so', async () => {
      const c = talk('nl');
      await c.start();
      await c.say('betalings regeling');
      await c.say('9698 9486');
      await c.say('1458 0658');
      expect(plain(await c.say('8911ab'))).toMatch(/€ 129,00 in 6 maanden/);
      expect(plain(await c.say('hoeveel maanden krijg ik'))).toMatch(/daarbij horen 6 maanden/);
      expect(plain(await c.say('kan het ook in 12 maanden'))).toMatch(/12 maanden hoort bij/);
      const ok = plain(await c.say('ok doe maar 6 dan'));
      expect(ok).not.toMatch(PERSONAL);
      expect(ok).not.toMatch(/medewerker/);
      expect(ok).toMatch(CONTACT_ASK.nl);
      const notYet = plain(await c.say('heb ik nou 2 keer aangevraagd?'));
      expect(notYet).toMatch(/nog geen aanvraag verstuurd/);
      expect(notYet).toMatch(CONTACT_ASK.nl);
      expect(plain(await c.say('mijn mail is jan.devries@gmail.com'))).toMatch(
        /We bereiken u via jan\.devries@gmail\.com\. Zal ik de aanvraag nu versturen\?/,
      );
      const filed = plain(await c.say('ja'));
      const reference = REFERENCE.exec(filed)?.[0];
      expect(reference).toBeDefined();
      const twice = plain(await c.say('heb ik nou 2 keer aangevraagd?'));
      expect(twice).toMatch(/één aanvraag verstuurd/);
      expect(twice).toContain(reference!);
    });

    it.each([
      ['en', 'I would like to pay in instalments', 'can I have 12 months', 'fine, the 6 months then'],
      ['de', 'Ich möchte in Raten zahlen', 'geht es auch in 12 Raten', 'na gut, dann 6'],
      ['pl', 'Chcę spłacić mandat w ratach', 'czy może być 12 rat', 'dobrze, niech będzie 6'],
    ])(
      '%s: "%s" … "%s" … "%s" asks for a contact (not a personal arrangement)',
      async (lang, ask, more, ok) => {
        const c = talk(lang);
        await c.start();
        await c.say(ask);
        await c.say(D01[0]);
        await c.say(D01[1]);
        await c.say(more);
        const answer = plain(await c.say(ok));
        expect(answer).not.toMatch(PERSONAL);
        expect(answer).toMatch(CONTACT_ASK[lang]!);
      },
    );
  });

  describe("changing one's mind at the confirmation", () => {
    it('nl, D09: "nee" then "ja toch wel versturen" is the confirmation again with 0612345678 kept; "ja" files it', async () => {
      const c = talk('nl');
      await c.start();
      await c.say('regeling');
      await c.say('1852906095141302');
      expect(plain(await c.say('7511 JE'))).toMatch(/€ 574,00 in 12 maanden/);
      expect(plain(await c.say('ja aanvragen'))).toMatch(CONTACT_ASK.nl);
      expect(plain(await c.say('0612345678'))).toMatch(/We bereiken u via 0612345678/);
      expect(plain(await c.say('nee'))).toMatch(/niets aangevraagd/);
      const again = plain(await c.say('ja toch wel versturen'));
      expect(again).toMatch(
        /11 termijnen van € 47,83 en een laatste termijn van € 47,87 \(totaal € 574,00\).*We bereiken u via 0612345678\. Zal ik de aanvraag nu versturen\?/,
      );
      expect(again).not.toMatch(/Wilt u deze betalingsregeling aanvragen/);
      expect(again).not.toMatch(CONTACT_ASK.nl);
      const filed = plain(await c.say('ja aanvragen'));
      expect(filed).toMatch(REFERENCE);
      expect(filed).not.toMatch(CONTACT_ASK.nl);
    });
    it('nl, D09: "nee" then a bare "ja" shows the schedule again; its yes reads 0612345678 back, not asked again', async () => {
      const c = talk('nl');
      await c.start();
      await c.say('regeling');
      await c.say('1852906095141302');
      await c.say('7511 JE');
      await c.say('ja aanvragen');
      await c.say('0612345678');
      await c.say('nee');
      expect(plain(await c.say('ja'))).toMatch(/Wilt u deze betalingsregeling aanvragen/);
      const back = plain(await c.say('ja aanvragen'));
      expect(back).toMatch(/We bereiken u via 0612345678\. Zal ik de aanvraag nu versturen\?/);
      expect(back).not.toMatch(CONTACT_ASK.nl);
    });
  });

  describe('a second contact detail at the confirmation', () => {
    it.each([
      [
        'en',
        'I would like to pay in instalments',
        'yes apply',
        'sarah.t@example.co.uk',
        '+44 7700 900123',
        /sarah\.t@example\.co\.uk and \+447700900123/,
      ],
      [
        'nl',
        'Ik wil een betalingsregeling aanvragen',
        'ja aanvragen',
        'jan.devries@gmail.com',
        '0612345678',
        /jan\.devries@gmail\.com en 0612345678/,
      ],
      [
        'pl',
        'Chcę spłacić mandat w ratach',
        'tak',
        'anna@example.pl',
        '0612345678',
        /anna@example\.pl i 0612345678/,
      ],
    ])(
      '%s, D09: an e-mail address, then a phone number: both are read back and kept',
      async (lang, ask, yes, email, phone, both) => {
        const c = talk(lang);
        await c.start();
        await c.say(ask);
        await c.say('1852906095141302');
        await c.say('7511 JE');
        expect(plain(await c.say(yes))).toMatch(CONTACT_ASK[lang]!);
        expect(plain(await c.say(email))).toContain(email);
        expect(plain(await c.say(phone))).toMatch(both);
      },
    );
  });

  describe('"why not?" and "when again?" after the refusal for a broken arrangement', () => {
    const BROKEN = ['9716112721023794', '3021 BR'] as const;

    it('nl: "waarom niet?? ik heb toch alles betaald" hears the date on record and when a standard one is possible again; so does "wanneer kan ik dan wel weer een regeling"', async () => {
      const c = talk('nl');
      await c.start();
      await c.say('betalingsregeling aanvragen');
      await c.say(BROKEN[0]);
      const refused = plain(await c.say(BROKEN[1]));
      expect(refused).toMatch(/niet volgehouden/);
      const why = plain(await c.say('waarom niet?? ik heb toch alles betaald'));
      expect(why).toMatch(/Ik begrijp dat dit vervelend is/);
      expect(why).toMatch(
        /afgelopen 6 maanden een betalingsregeling niet volgehouden: volgens onze gegevens op 15 augustus 2026/,
      );
      expect(why).toMatch(/vanaf 16 februari 2027/);
      expect(why).toMatch(/Een medewerker kan het nakijken/);
      expect(why).toMatch(/Wilt u met een medewerker spreken\?/);
      const again = plain(await c.say('wanneer kan ik dan wel weer een regeling'));
      expect(again).toMatch(/op zijn vroegst weer vanaf 16 februari 2027/);
      expect(again).toMatch(/Wilt u met een medewerker spreken\?/);
    });

    it('pl: "dlaczego nie?" at the offer of a person hears the reason, not the reminder or increases', async () => {
      const c = talk('pl');
      await c.start();
      await c.say('Chcę spłacić mandat w ratach');
      await c.say(BROKEN[0]);
      await c.say(BROKEN[1]);
      const why = plain(await c.say('dlaczego nie?'));
      expect(why).toMatch(/według naszych danych 15 sierpnia 2026/);
      expect(why).toMatch(/od 16 lutego 2027/);
      expect(why).toMatch(/porozmawiać z pracownikiem/);
    });
  });
});
