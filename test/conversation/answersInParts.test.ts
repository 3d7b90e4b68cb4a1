/**
 * Answers given in parts, through POST /api/messages, as citizens type or say them: a postcode's
 * four digits and then its letters, a CJIB number in groups over several messages, an e-mail
 * address over two turns, "call me" as the answer to the contact question, and a postcode said
 * before anything else. What is checked is what the citizen notices: the part kept and the rest
 * asked kindly, no failed lookup, nothing asked twice, a request filed with the right contact.
 *
 * A request filed for a debtor makes a later conversation of that debtor in the same app hear
 * "already requested": each test that files one has an app of its own.
 */
import type { Activity } from 'botbuilder';
import {
  spokenSentences,
  startTestApp,
  textOf,
  type TestApp,
  type TestConversation,
} from '../support/testApp';

/** The demo data's reference date; the first instalment of a new arrangement is due 1 January 2027. */
const clock = { now: () => new Date('2026-11-22T10:00:00+01:00') };
const ENV = {
  OFFICE_HOURS: 'mon-sun 00:00-24:00',
  PUBLIC_HOLIDAYS: '2000-01-01',
  ARRANGEMENT_OUTBOX_POLL_MS: '50',
  RATE_LIMIT_CONVERSATION_BURST: '100',
};

/** Demo back-office records (data/collection-demo.json). */
const D01 = { number: '9698948614580658', postcode: '8911 AB' }; // € 129,00; 6 × € 21,50
const D09 = { number: '1852906095141302', postcode: '7511 JE' }; // € 574,00
const D11 = { number: '0543793058155523', postcode: '47533' }; // Germany, € 4.359,00
const D12 = { number: '1624689630323359', postcode: '61-001' }; // Poland, € 167,00
const D13 = { number: '2342145524857394', postcode: '1071 DJ' }; // two claims, € 1.420,00
/** 16 digits that pass the check digit but belong to no letter. */
const UNKNOWN = '2111222333444555';

const SPOKEN_D01 = 'negen zes negen acht negen vier acht zes een vier vijf acht nul zes vijf acht';
const REFERENCE = /BR-2026-\d{8}/;
const LOCALE = { nl: 'nl-NL', en: 'en-GB', de: 'de-DE', pl: 'pl-PL' } as const;
type Lang = keyof typeof LOCALE;

const plain = (replies: Partial<Activity>[]): string => textOf(replies).replace(/\s+/g, ' ');

/** What a caller hears: the sentences of every spoken reply. */
function heard(replies: Partial<Activity>[]): string {
  return spokenSentences(replies).join(' ');
}

async function started(app: TestApp, lang: Lang, channelId?: string): Promise<TestConversation> {
  const c = app.conversation({ locale: LOCALE[lang], ...(channelId ? { channelId } : {}) });
  await c.start();
  return c;
}

describe('the postcode and the CJIB number in parts', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp(ENV, { clock });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('nl: "8911", then "a b": the digits kept, the letters asked, no failed lookup, then the fine', async () => {
    const c = await started(app, 'nl');
    await c.say('boete opzoeken');
    expect(plain(await c.say(D01.number))).toMatch(/Wat is de postcode/);
    const letters = plain(await c.say('8911'));
    expect(letters).toMatch(/8911 heb ik.*twee letters/);
    expect(letters).not.toMatch(/kan geen boete vinden|lijkt geen CJIB-nummer/);
    const found = plain(await c.say('a b'));
    expect(found).toMatch(/€ 129,00/);
    expect(found).not.toMatch(/lijkt geen CJIB-nummer/);
  });

  it('en, de, pl: the digits, then "AB": the letters asked in the citizen\'s language, then the fine', async () => {
    const en = await started(app, 'en');
    await en.say('look up my fine');
    await en.say(D01.number);
    expect(plain(await en.say('8911'))).toMatch(/What are the two letters.*which country/);
    expect(plain(await en.say('AB'))).toMatch(/€129\.00/);
    const de = await started(app, 'de');
    await de.say('Bußgeld nachsehen');
    await de.say(D01.number);
    expect(plain(await de.say('8911'))).toMatch(/zwei Buchstaben/);
    expect(plain(await de.say('ab'))).toMatch(/129,00/);
    const pl = await started(app, 'pl');
    await pl.say('sprawdzić mandat');
    await pl.say(D01.number);
    expect(plain(await pl.say('8911'))).toMatch(/dwie litery/);
    expect(plain(await pl.say('AB'))).toMatch(/129,00/);
  });

  it('phone nl: "acht negen een een", then "a b": the letters asked, then the fine', async () => {
    const c = await started(app, 'nl', 'telephony');
    await c.say('Mijn boete opzoeken');
    expect(heard(await c.say(SPOKEN_D01))).toMatch(/Wat is de postcode/);
    const letters = heard(await c.say('acht negen een een'));
    expect(letters).toMatch(/twee letters/);
    expect(letters).not.toMatch(/kan geen boete vinden/);
    expect(heard(await c.say('a b'))).toContain('129 euro');
  });

  it('a foreign postcode still works: four digits and the country, or the address line with the city', async () => {
    const en = await started(app, 'en');
    await en.say('check my fine');
    await en.say(UNKNOWN);
    expect(plain(await en.say('1000'))).toMatch(/two letters/);
    const abroad = plain(await en.say('I live in Belgium'));
    expect(abroad).toMatch(/cannot find a fine with this CJIB number and this postcode/);
    expect(abroad).not.toMatch(/two letters|do not recognise that as a postcode/);
    const city = await started(app, 'en');
    await city.say('check my fine');
    await city.say(UNKNOWN);
    expect(plain(await city.say('1000 Brussel'))).toMatch(/cannot find a fine with this CJIB number/);
    const de = await started(app, 'de');
    await de.say('Bußgeld nachsehen');
    await de.say(D11.number);
    expect(plain(await de.say('47533'))).toMatch(/4\.359,00/);
  });

  it('nl: the number in three parts ("9698", "9486 1458", "0658"): the count said, then the postcode asked', async () => {
    const c = await started(app, 'nl');
    await c.say('boete opzoeken');
    const first = plain(await c.say('9698'));
    expect(first).toMatch(/Ik heb nu 4 cijfers.*ga gerust verder/i);
    expect(first).not.toMatch(/lijkt geen CJIB-nummer/);
    expect(plain(await c.say('9486 1458'))).toMatch(/Ik heb nu 12 cijfers/);
    expect(plain(await c.say('0658'))).toMatch(/Wat is de postcode/);
    expect(plain(await c.say(D01.postcode))).toMatch(/€ 129,00/);
  });

  it('phone nl: "negen zes negen", then the rest: the three digits kept', async () => {
    const c = await started(app, 'nl', 'telephony');
    await c.say('Mijn boete opzoeken');
    const first = heard(await c.say('negen zes negen'));
    expect(first).toMatch(/3 cijfers.*zestien.*Ga gerust verder/);
    expect(first).not.toMatch(/lijkt geen CJIB-nummer/);
    expect(heard(await c.say('acht negen vier acht zes een vier vijf acht nul zes vijf acht'))).toMatch(
      /Wat is de postcode/,
    );
  });

  it("en, de, pl: parts are counted in the citizen's language; a wrong total gets the kind retry", async () => {
    const en = await started(app, 'en');
    await en.say('look up my fine');
    expect(plain(await en.say('1852'))).toMatch(/I have 4 digits so far/);
    expect(plain(await en.say('9060 9514'))).toMatch(/I have 12 digits so far/);
    const tooMany = plain(await en.say('1302 5555 6666'));
    expect(tooMany).toMatch(/I counted 24 digits, but a CJIB number has 16/);
    expect(plain(await en.say(D09.number))).toMatch(/What is the postcode/);
    const de = await started(app, 'de');
    await de.say('Bußgeld nachsehen');
    expect(plain(await de.say('0543'))).toMatch(/Ich habe jetzt 4 Ziffern/);
    expect(plain(await de.say('7930 5815 5523'))).toMatch(/Wie lautet die Postleitzahl/);
    const pl = await started(app, 'pl');
    await pl.say('sprawdzić mandat');
    expect(plain(await pl.say('1624 6896'))).toMatch(/Mam na razie tyle cyfr: 8/);
    expect(plain(await pl.say('3032 3359'))).toMatch(/Jaki jest kod pocztowy/);
  });
});

describe('the contact of an arrangement in parts', () => {
  let app: TestApp | undefined;

  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  /** Up to the contact question of D01's arrangement (6 × € 21,50). */
  async function atContact(lang: Lang, channelId?: string): Promise<TestConversation> {
    app ??= await startTestApp(ENV, { clock });
    const c = await started(app, lang, channelId);
    const wish = {
      nl: 'ik wil een betalingsregeling',
      en: 'I want a payment plan',
      de: 'Ich möchte eine Ratenzahlung',
      pl: 'Chcę rozłożyć mandat na raty',
    };
    await c.say(wish[lang]);
    await c.say(D01.number);
    await c.say(D01.postcode);
    const yes = { nl: 'ja', en: 'yes', de: 'ja', pl: 'tak' };
    const asked = channelId ? heard(await c.say(yes[lang])) : plain(await c.say(yes[lang]));
    expect(asked).toMatch(
      /e-mailadres of telefoonnummer|e-mail address or phone number|E-Mail-Adresse oder Telefonnummer|adresem e-mail lub numerem telefonu/,
    );
    return c;
  }

  it('typed nl: "jan.jansen", then "@gmail.com": the address read back, and the request filed', async () => {
    const c = await atContact('nl');
    await c.say('jan.jansen');
    const confirm = plain(await c.say('@gmail.com'));
    expect(confirm).toMatch(/We bereiken u via jan\.jansen@gmail\.com/);
    expect(plain(await c.say('ja'))).toMatch(REFERENCE);
  });

  it('phone nl: "jan punt jansen", then "apenstaartje gmail punt com": the address read back', async () => {
    const c = await atContact('nl', 'telephony');
    await c.say('jan punt jansen');
    // On the phone the address is read back spelled, for the caller to check (spelledEmail.ts).
    const confirm = heard(await c.say('apenstaartje gmail punt com'));
    expect(confirm).toMatch(/We bereiken u via j a n, punt, j a n s, e n, apenstaartje, gmail, punt, com/);
    expect(heard(await c.say('ja'))).toMatch(/referentienummer/);
  });

  it('nl, en, de, pl: "bel me maar", "call me", "ruf mich an", "zadzwońcie": the phone number asked, no handoff', async () => {
    const cases: [Lang, string, RegExp, string][] = [
      ['nl', 'bel me maar', /Op welk telefoonnummer/, '06 12345678'],
      ['en', 'call me', /Which phone number/, '+31 6 12345678'],
      ['de', 'ruf mich an', /Unter welcher Telefonnummer/, '+49 151 12345678'],
      ['pl', 'zadzwońcie', /Pod jakim numerem telefonu/, '+48 601 234 567'],
    ];
    for (const [lang, line, asks, phone] of cases) {
      // Each language a debtor of its own: nothing is filed, but one app is shared.
      const c = await atContact(lang);
      const reply = plain(await c.say(line));
      expect(reply).toMatch(asks);
      expect(reply).not.toMatch(/medewerker|member of staff|Mitarbeiter|pracownik|wachtrij|queue/i);
      const confirm = plain(await c.say(phone));
      expect(confirm).toMatch(
        /Zal ik de aanvraag nu versturen|Shall I send the request now|Soll ich den Antrag jetzt absenden|Czy mam teraz wysłać wniosek/,
      );
      expect(confirm.replace(/\s/g, '')).toContain(phone.replace(/\s/g, '').replace(/^0/, ''));
    }
  });
});

describe('a postcode as the first message', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp(ENV, { clock });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('en: "my postcode is 8911 AB": kept, what the citizen wants asked, then only the number', async () => {
    const c = await started(app, 'en');
    const first = plain(await c.say('my postcode is 8911 AB'));
    expect(first).toMatch(/keep that postcode in mind.*look up your fine or request a payment arrangement/);
    expect(first).not.toMatch(/Sorry/);
    expect(plain(await c.say('look up my fine'))).toMatch(/I need the CJIB number/);
    const found = plain(await c.say(D01.number));
    expect(found).toMatch(/€129\.00/);
    expect(found).not.toMatch(/What is the postcode/);
  });

  it('de: "ich wohne in 47533 Kleve": kept, and the fine found with the number alone', async () => {
    const c = await started(app, 'de');
    const first = plain(await c.say('ich wohne in 47533 Kleve'));
    expect(first).toMatch(/Postleitzahl merke ich mir/);
    expect(first).not.toMatch(/Entschuldigung|Sorry/);
    await c.say('Bußgeld nachsehen');
    const found = plain(await c.say(D11.number));
    expect(found).toMatch(/4\.359,00/);
    expect(found).not.toMatch(/Wie lautet die Postleitzahl/);
  });

  it('nl, pl: the postcode first, then the choice offered', async () => {
    const nl = await started(app, 'nl');
    expect(plain(await nl.say('mijn postcode is 1071 DJ'))).toMatch(/die postcode onthoud ik/);
    await nl.say('boete opzoeken');
    expect(plain(await nl.say(D13.number))).toMatch(/1\.420,00/);
    const pl = await started(app, 'pl');
    expect(plain(await pl.say('mój kod pocztowy to 61-001'))).toMatch(/zapamiętam ten kod pocztowy/);
    await pl.say('sprawdzić mandat');
    const found = plain(await pl.say(D12.number));
    expect(found).toMatch(/167,00/);
    expect(found).not.toMatch(/Jaki jest kod pocztowy/);
  });
});
