import type { Activity } from 'botbuilder';
import { startTestApp, textOf, type TestApp, type TestConversation } from '../support/testApp';

/**
 * Whole conversations as worried citizens really type or say them: typos, numbers written out or
 * grouped oddly, postcodes in any form, questions and corrections in the middle of a flow, a
 * change of mind, yes and no in many forms, four languages, empty messages and emoji. Each
 * expectation is what the citizen would notice: the right next question, the right amounts and
 * dates, nothing they already said asked again, a kind retry, a person when needed.
 */

/** The demo data's reference date. */
const clock = { now: () => new Date('2026-11-22T10:00:00+01:00') };

/** Demo back-office records (data/collection-demo.json). */
const D01 = { number: '9698948614580658', postcode: '8911 AB' }; // € 129,00 open
const D02 = { number: '3338082450532785', postcode: '3512 KL' }; // two claims, € 551,50
const D09 = { number: '1852906095141302', postcode: '7511 JE' }; // € 574,00, first reminder
const D10 = { number: '5111941022799767', postcode: '4811 XJ' }; // € 2.480,00
const D11 = { number: '0543793058155523', postcode: '47533' }; // Germany, € 4.359,00
const D12 = { number: '1624689630323359', postcode: '61-001' }; // Poland, € 167,00
const D13 = { number: '2342145524857394', postcode: '1071 DJ' }; // two claims, € 1.420,00

const plain = (replies: Partial<Activity>[]): string => textOf(replies).replace(/\s+/g, ' ');

describe('messy citizen conversations through POST /api/messages', () => {
  let app: TestApp;

  beforeAll(async () => {
    // Staff are never in: asking for a person leads to the callback offer.
    app = await startTestApp(
      { RATE_LIMIT_CONVERSATION_BURST: '100', OFFICE_HOURS: 'sun 03:00-03:01' },
      { clock },
    );
  });
  afterAll(async () => {
    await app?.close();
  });

  async function started(locale = 'nl-NL', channelId?: string): Promise<TestConversation> {
    const c = app.conversation({ locale, ...(channelId ? { channelId } : {}) });
    await c.start();
    return c;
  }

  describe('the fine lookup', () => {
    it('nl: a spoken number, a question while asked for the postcode, "8911ab", thanks and "nee hoor"', async () => {
      const c = await started();
      expect(plain(await c.say('hoi ik wil weten hoeveel ik moet betalen'))).toMatch(/CJIB-nummer nodig/);
      const spoken = 'negen zes negen acht negen vier acht zes een vier vijf acht nul zes vijf acht';
      expect(plain(await c.say(spoken))).toMatch(/Wat is de postcode/);
      const meanwhile = plain(await c.say('hoe lang heb ik eigenlijk om te betalen?'));
      expect(meanwhile).toMatch(/8 weken/);
      expect(meanwhile).toMatch(/Wat is de postcode/);
      const found = plain(await c.say('8911ab'));
      expect(found).toMatch(/€ 129,00/);
      expect(found).toMatch(/15 december 2026/);
      expect(found).toMatch(/Wat wilt u nu doen/);
      expect(plain(await c.say('bedankt!'))).toMatch(/Graag gedaan/);
      const bye = plain(await c.say('nee hoor'));
      expect(bye).toMatch(/Tot ziens/);
      expect(bye).not.toMatch(/Sorry/);
    });

    it('nl, de: "hoe lang duurt dat?" while asked for the postcode: it is immediate, and the postcode again', async () => {
      const c = await started();
      await c.say('boete opzoeken');
      await c.say(D01.number);
      const howLong = plain(await c.say('hoe lang duurt dat?'));
      expect(howLong).toMatch(/Dat gaat meteen.*Wat is de postcode/);
      expect(howLong).not.toMatch(/8 weken/);
      expect(plain(await c.say('8911ab'))).toMatch(/€ 129,00/);
      const de = await started('de-DE');
      await de.say('Bußgeld nachsehen');
      expect(plain(await de.say('Wie lange dauert das?'))).toMatch(/Das geht sofort.*CJIB-Nummer/);
    });

    it('nl: a number with dashes and a postcode with spaced letters ("8911 a b")', async () => {
      const c = await started();
      await c.say('boete opzoeken');
      expect(plain(await c.say('9698-9486-1458-0658'))).toMatch(/Wat is de postcode/);
      expect(plain(await c.say('8911 a b'))).toMatch(/€ 129,00/);
    });

    it('nl: number and postcode in one message, with dots', async () => {
      const c = await started();
      await c.say('mijn boete opzoeken aub');
      expect(plain(await c.say('1852.9060.9514.1302 en de postcode is 7511JE'))).toMatch(/€ 574,00/);
    });

    it('en: a number given unasked with its postcode shows the fines at once', async () => {
      const c = await started('en-GB');
      const found = plain(await c.say(`my CJIB number is ${D09.number}, postcode 7511 JE`));
      expect(found).toMatch(/€574\.00/);
      expect(found).toMatch(/First reminder/);
    });

    it('nl: a number sent in two messages ("9698 9486", then "1458 0658") is put together', async () => {
      const c = await started();
      await c.say('boete opzoeken');
      expect(plain(await c.say('9698 9486'))).toMatch(/8 cijfers/);
      expect(plain(await c.say('1458 0658'))).toMatch(/Wat is de postcode/);
      expect(plain(await c.say(D01.postcode))).toMatch(/€ 129,00/);
    });

    it('nl and en: a postcode given before the number is kept and not asked for again', async () => {
      const c = await started();
      await c.say('boete opzoeken');
      const first = plain(await c.say('8911 AB'));
      expect(first).toMatch(/postcode onthoud ik.*CJIB-nummer/);
      expect(first).not.toMatch(/lijkt geen CJIB-nummer/);
      expect(plain(await c.say(D01.number))).toMatch(/€ 129,00/);
      const en = await started('en-GB');
      await en.say('look up my fine');
      expect(plain(await en.say('my postcode is 7511 JE'))).toMatch(/keep that postcode in mind/);
      expect(plain(await en.say(D09.number))).toMatch(/€574\.00/);
    });

    it('pl and nl: a message of its own after an answer ("nie mam pieniędzy") is not taken as a rating', async () => {
      const pl = await started('pl-PL');
      await pl.say('chcę zapłacić mandat');
      const reply = plain(await pl.say('nie mam pieniędzy'));
      expect(reply).not.toMatch(/Przykro mi\. Proszę zadać pytanie inaczej/);
      expect(reply).toMatch(/noodstop|pracownik/);
      const nl = await started();
      await nl.say('hoe lang heb ik om te betalen?');
      expect(plain(await nl.say('nee, ik wil een medewerker'))).toMatch(/terugbelt/);
    });

    it('nl: a number that fails the check is read back; "klopt" goes on, a corrected number replaces it', async () => {
      const c = await started();
      await c.say('boete opzoeken');
      expect(plain(await c.say('3338 0824 5078 2785'))).toMatch(/Klopt het nummer\?/);
      expect(plain(await c.say(`nee sorry het is ${D02.number}`))).toMatch(/Wat is de postcode/);
      expect(plain(await c.say('3512 kl'))).toMatch(/€ 551,50/);
    });

    it('nl: a question about the number or "weet ik niet meer" at the number question says where it is', async () => {
      const c = await started();
      await c.say('boete opzoeken');
      const where = plain(await c.say('weet ik niet meer'));
      expect(where).toMatch(/rechtsboven op de brief/);
      expect(where).not.toMatch(/lijkt geen CJIB-nummer/);
      expect(plain(await c.say('123'))).toMatch(/16 cijfers/);
      expect(plain(await c.say(D01.number))).toMatch(/Wat is de postcode/);
    });

    it('nl, en: a BSN or a licence plate at the number question hears that the CJIB number is needed', async () => {
      const c = await started();
      await c.say('boete opzoeken');
      const bsn = plain(await c.say('mijn bsn is 123456782'));
      expect(bsn).toMatch(/BSN heb ik niet nodig.*CJIB-nummer/);
      expect(bsn).not.toMatch(/persoonsgegevens/);
      expect(plain(await c.say('kenteken GZ-123-K'))).toMatch(
        /Met een kenteken kan ik uw boete niet opzoeken/,
      );
      expect(plain(await c.say(D01.number))).toMatch(/Wat is de postcode/);
      const en = await started('en-GB');
      await en.say('look up my fine');
      expect(plain(await en.say('my licence plate is GZ-123-K'))).toMatch(
        /cannot look up your fine with a licence plate/,
      );
    });

    it('nl: "waarom wilt u mijn postcode?" is explained, then the postcode is taken', async () => {
      const c = await started();
      await c.say('boete opzoeken');
      await c.say(D01.number);
      const why = plain(await c.say('wat is mijn postcode? ik ben verhuisd'));
      expect(why).toMatch(/adres waar de brief van het CJIB naartoe is gestuurd/);
      expect(plain(await c.say(D01.postcode))).toMatch(/€ 129,00/);
    });

    it('nl: a distress message mid-lookup explains the noodstop and offers a person', async () => {
      const c = await started();
      await c.say('boete opzoeken');
      await c.say(D09.number);
      const reply = plain(await c.say('ik heb zoveel schulden, ik kan echt niet betalen'));
      expect(reply).toMatch(/noodstop/);
      expect(reply).toMatch(/medewerker/);
    });

    it('en: spoken digits for number and postcode, then "how do I pay?"', async () => {
      const c = await started('en-GB');
      expect(plain(await c.say('hello'))).toMatch(/How can I help/);
      await c.say('I need to check my fine please');
      const spoken = 'two three four two one four five five two four eight five seven three nine four';
      expect(plain(await c.say(spoken))).toMatch(/What is the postcode/);
      const found = plain(await c.say('one zero seven one d j'));
      expect(found).toMatch(/€1,420\.00/);
      expect(found).toMatch(/1 December 2026/);
      expect(plain(await c.say('how do I pay?'))).toMatch(/payment reference/);
      expect(plain(await c.say('thanks, bye'))).toMatch(/Goodbye/);
    });

    it('de: a number in groups and a German postcode show the second reminder', async () => {
      const c = await started('de-DE');
      await c.say('Ich möchte mein Bußgeld nachsehen');
      expect(plain(await c.say('0543 7930 5815 5523'))).toMatch(/Postleitzahl/);
      const found = plain(await c.say(D11.postcode));
      expect(found).toMatch(/4\.359,00 €/);
      expect(found).toMatch(/Zweite Mahnung/);
    });

    it('pl: a number with dashes and a postcode without its dash', async () => {
      const c = await started('pl-PL');
      expect(plain(await c.say('dzień dobry'))).toMatch(/W czym mogę pomóc/);
      await c.say('chcę sprawdzić mandat');
      expect(plain(await c.say('1624-6896-3032-3359'))).toMatch(/kod pocztowy/);
      expect(plain(await c.say('61 001'))).toMatch(/167,00 €/);
    });

    it('nl: asking for a person while asked for the postcode offers the callback', async () => {
      const c = await started();
      await c.say('boete opzoeken');
      await c.say(D01.number);
      expect(plain(await c.say('ik wil een medewerker spreken'))).toMatch(/terugbelt/);
    });

    it('pl: asking for a human mid-lookup offers the callback', async () => {
      const c = await started('pl-PL');
      await c.say('sprawdź mandat');
      await c.say(D12.number);
      expect(plain(await c.say('chcę rozmawiać z człowiekiem'))).toMatch(/oddzwonił/);
    });

    it('nl: switching to English mid-lookup asks the same question in English and keeps the number', async () => {
      const c = await started();
      await c.say('boete opzoeken');
      await c.say(D01.number);
      const english = plain(await c.say('can we speak english?'));
      expect(english).toMatch(/I will continue in English/);
      expect(english).toMatch(/postcode/);
      expect(plain(await c.say(D01.postcode))).toMatch(/€129\.00/);
    });
  });

  describe('corrections and starting again', () => {
    it('nl: "sorry, verkeerd nummer" while asked for the postcode asks for the right number', async () => {
      const c = await started();
      await c.say('ik wil mijn boete bekijken');
      expect(plain(await c.say(D02.number))).toMatch(/Wat is de postcode/);
      const again = plain(await c.say('sorry, verkeerd nummer'));
      expect(again).toMatch(/Wat is het juiste CJIB-nummer/);
      expect(again).not.toMatch(/herken ik niet als postcode/);
      expect(plain(await c.say(D01.number))).toMatch(/Wat is de postcode/);
      expect(plain(await c.say('8911AB'))).toMatch(/€ 129,00/);
    });

    it('nl: "nee wacht" alone waits, then the corrected number replaces the first', async () => {
      const c = await started();
      await c.say('boete opzoeken');
      await c.say(D01.number);
      const waiting = plain(await c.say('nee wacht'));
      expect(waiting).toMatch(/Geen haast/);
      expect(waiting).not.toMatch(/herken ik niet als postcode/);
      expect(plain(await c.say(D09.number))).toMatch(/Wat is de postcode/);
      expect(plain(await c.say(D09.postcode))).toMatch(/€ 574,00/);
    });

    it('nl: "nee wacht, het is …" with another number while asked for the postcode takes that number', async () => {
      const c = await started();
      await c.say('boete opzoeken');
      await c.say(D01.number);
      const corrected = plain(await c.say(`nee wacht, het is ${D09.number}`));
      expect(corrected).toMatch(/Wat is de postcode/);
      expect(corrected).not.toMatch(/herken ik niet als postcode/);
      expect(plain(await c.say(D09.postcode))).toMatch(/€ 574,00/);
    });

    it('en: "sorry wrong number" in the arrangement, then the other number and its postcode', async () => {
      const c = await started('en-GB');
      await c.say('I would like a payment plan');
      await c.say(D01.number);
      expect(plain(await c.say('sorry wrong number'))).toMatch(/What is the correct CJIB number/);
      await c.say(D13.number);
      expect(plain(await c.say('1071dj'))).toMatch(/€1,420\.00 over 18 months/);
    });

    it('de and pl: "ich habe mich vertippt", "zły numer" ask the number again', async () => {
      const de = await started('de-DE');
      await de.say('Bußgeld nachsehen');
      await de.say(D01.number);
      expect(plain(await de.say('Oh, ich habe mich vertippt'))).toMatch(/richtige CJIB-Nummer/);
      const pl = await started('pl-PL');
      await pl.say('sprawdź mandat');
      await pl.say(D01.number);
      expect(plain(await pl.say('przepraszam, zły numer'))).toMatch(
        /właściwy numer CJIB|prawidłowy numer CJIB|numer CJIB/,
      );
      expect(plain(await pl.say(D12.number))).toMatch(/kod pocztowy/);
    });

    it('nl: after "stop" a new lookup names the number given earlier, and another number can still be given', async () => {
      const c = await started();
      await c.say('boete opzoeken');
      await c.say(D01.number);
      expect(plain(await c.say('stop'))).toMatch(/gestopt/);
      const again = plain(await c.say('toch even mijn boete opzoeken'));
      expect(again).toMatch(/eerder gaf, dat eindigt op 0658/);
      expect(again).toMatch(/Wat is de postcode/);
      expect(again).not.toMatch(/Dank u\./);
      expect(plain(await c.say(D09.number))).toMatch(/Wat is de postcode/);
      expect(plain(await c.say(D09.postcode))).toMatch(/€ 574,00/);
    });

    it('nl, pl, de: "laat maar zitten", "nie chcę już", "vergiss es" mid-flow stop it kindly', async () => {
      for (const [locale, start, stop, done] of [
        ['nl-NL', 'betalingsregeling', 'laat maar zitten', /ik ben gestopt/],
        ['pl-PL', 'raty', 'nie chcę już', /przerwałem/],
        ['de-DE', 'Ratenzahlung', 'Vergiss es', /abgebrochen/],
      ] as const) {
        const c = await started(locale);
        await c.say(start);
        const reply = plain(await c.say(stop));
        expect({ locale, reply }).toEqual({ locale, reply: expect.stringMatching(done) });
        expect(reply).not.toMatch(/CJIB-nummer\. Het|numer CJIB\. Numer|keine CJIB/);
      }
    });

    it('en and de: "start over" then the lookup again says which number it uses', async () => {
      const en = await started('en-GB');
      await en.say('look up my fine');
      await en.say(D09.number);
      await en.say('start over');
      expect(plain(await en.say('look up my fine'))).toMatch(/you gave earlier, ending in 1302.*postcode/);
      const de = await started('de-DE');
      await de.say('Bußgeld nachsehen');
      await de.say(D11.number);
      await de.say('nochmal von vorne');
      expect(plain(await de.say('Bußgeld nachsehen'))).toMatch(/Endziffern 5523.*Postleitzahl/);
    });
  });

  describe('numbers read out in pairs on the phone', () => {
    it('nl and de: a CJIB number read in pairs ("zesennegentig achtennegentig …") is taken', async () => {
      const nl = app.conversation({ channelId: 'telephony' });
      await nl.say('boete opzoeken');
      const pairs =
        'zesennegentig achtennegentig vierennegentig zesentachtig veertien achtenvijftig nul zes achtenvijftig';
      expect(plain(await nl.say(pairs))).toMatch(/Wat is de postcode/);
      expect(plain(await nl.say('negenentachtig elf a b'))).toMatch(/129 euro/);
      const de = app.conversation({ channelId: 'telephony', locale: 'de-DE' });
      await de.say('Bußgeld nachsehen');
      const paare =
        'null fünf dreiundvierzig neunundsiebzig dreißig achtundfünfzig fünfzehn fünfundfünfzig dreiundzwanzig';
      expect(plain(await de.say(paare))).toMatch(/Postleitzahl/);
    });
  });

  describe('spoken postcodes from abroad', () => {
    it('de: a German postcode said digit by digit on the phone is taken', async () => {
      const c = app.conversation({ channelId: 'telephony', locale: 'de-DE' });
      await c.say('Ich möchte mein Bußgeld nachsehen');
      await c.say('null fünf vier drei sieben neun drei null fünf acht eins fünf fünf fünf zwei drei');
      const found = plain(await c.say('vier sieben fünf drei drei'));
      expect(found).not.toMatch(/nicht als Postleitzahl/);
      expect(found).toMatch(/4359 Euro|4\.359/);
    });

    it('pl: a Polish postcode said with "myślnik" is taken', async () => {
      const c = app.conversation({ channelId: 'telephony', locale: 'pl-PL' });
      await c.say('chcę sprawdzić mandat');
      await c.say(D12.number);
      const found = plain(await c.say('sześć jeden myślnik zero zero jeden'));
      expect(found).not.toMatch(/kodu pocztowego/);
      expect(found).toMatch(/167/);
    });

    it('nl: a postcode that cannot be read after several tries offers a person, naming the postcode', async () => {
      const c = await started();
      await c.say('boete opzoeken');
      await c.say(D01.number);
      for (const text of ['huh', 'weet niet', 'tja']) await c.say(text);
      const giveUp = plain(await c.say('pfff'));
      expect(giveUp).toMatch(/de postcode te lezen.*medewerker/);
      expect(giveUp).not.toMatch(/het nummer te lezen/);
    });
  });

  describe('not understanding the question, and another letter', () => {
    it('de, en: "Ich verstehe nicht" with nothing asked says what the assistant can do', async () => {
      const de = await started('de-DE');
      const help = plain(await de.say('Ich verstehe nicht'));
      expect(help).toMatch(/Ich kann Ihnen helfen/);
      expect(help).not.toMatch(/Abbrechen/);
      const en = await started('en-GB');
      expect(plain(await en.say('what do you mean?'))).toMatch(/I can help you with/);
    });

    it('nl, de, pl: "wat bedoel je?", "Ich verstehe nicht", "nie rozumiem" explain the question asked', async () => {
      const nl = await started();
      await nl.say('boete opzoeken');
      const where = plain(await nl.say('wat bedoel je?'));
      expect(where).toMatch(/rechtsboven op de brief/);
      expect(where).not.toMatch(/Ik kan u helpen met/);
      await nl.say(D01.number);
      expect(plain(await nl.say('ik snap het niet'))).toMatch(/Met de postcode controleer ik/);
      const de = await started('de-DE');
      await de.say('Bußgeld nachsehen');
      await de.say(D11.number);
      expect(plain(await de.say('Ich verstehe nicht'))).toMatch(/Mit der Postleitzahl prüfe ich/);
      const pl = await started('pl-PL');
      await pl.say('sprawdź mandat');
      expect(plain(await pl.say('nie rozumiem'))).toMatch(/prawym górnym rogu pisma/);
    });

    it('nl: after a lookup, the CJIB number of another letter is verified with its own postcode', async () => {
      const c = await started();
      await c.say('boete opzoeken');
      await c.say(D01.number);
      expect(plain(await c.say(D01.postcode))).toMatch(/€ 129,00/);
      const other = plain(await c.say(`ik heb nog een boete, nummer ${D10.number}`));
      expect(other).toMatch(/Wat is de postcode/);
      expect(other).not.toMatch(/€ 129,00/);
      expect(plain(await c.say(D10.postcode))).toMatch(/€ 2\.480,00/);
    });
  });

  describe('courtesies in the middle of a flow', () => {
    it('nl: "dank je" and "hallo?" while asked for the number or postcode get a courtesy and the question again', async () => {
      const c = await started();
      await c.say('boete opzoeken');
      const thanks = plain(await c.say('dank je'));
      expect(thanks).toMatch(/Graag gedaan\..*CJIB-nummer nodig/);
      expect(thanks).not.toMatch(/lijkt geen CJIB-nummer/);
      await c.say(D01.number);
      const hello = plain(await c.say('hallo?'));
      expect(hello).toMatch(/Hallo!.*Wat is de postcode/);
      const again = plain(await c.say('bedankt'));
      expect(again).toMatch(/Graag gedaan\..*Wat is de postcode/);
      expect(again).not.toMatch(/herken ik niet als postcode/);
      expect(plain(await c.say(D01.postcode))).toMatch(/€ 129,00/);
    });

    it('en: "thank you" at the schedule asks again; "no thanks" still answers it', async () => {
      const c = await started('en-GB');
      await c.say('payment plan');
      await c.say(D13.number);
      await c.say(D13.postcode);
      expect(plain(await c.say('thank you'))).toMatch(
        /You're welcome\..*Would you like to request this payment arrangement/,
      );
      expect(plain(await c.say('no thanks'))).toMatch(/not requested anything|nothing/i);
    });
  });

  describe('asking for a moment', () => {
    it('nl, en, de, pl: "momentje, ik zoek de brief" waits, then the number is taken', async () => {
      for (const [locale, wait, reply, next] of [
        ['nl-NL', 'wacht even, ik zoek de brief', /Geen haast/, /Wat is de postcode/],
        ['en-GB', 'hold on, let me find the letter', /No rush/, /What is the postcode/],
        ['de-DE', 'Moment bitte, ich suche den Brief', /Keine Eile/, /Postleitzahl/],
        ['pl-PL', 'chwileczkę, szukam listu', /Nie ma pośpiechu/, /kod pocztowy/],
      ] as const) {
        const c = await started(locale);
        await c.say(
          locale === 'nl-NL'
            ? 'boete opzoeken'
            : locale === 'en-GB'
              ? 'look up my fine'
              : locale === 'de-DE'
                ? 'Bußgeld nachsehen'
                : 'sprawdź mandat',
        );
        const waiting = plain(await c.say(wait));
        expect({ locale, waiting }).toEqual({ locale, waiting: expect.stringMatching(reply) });
        expect(waiting).not.toMatch(/Digitaal Loket|16 cij|16 dig|16 Ziff|16 cyfr/);
        expect(plain(await c.say(D01.number))).toMatch(next);
      }
    });

    it('nl: "momentje" at the postcode question keeps the question; outside a flow it just waits', async () => {
      const c = await started();
      await c.say('boete opzoeken');
      await c.say(D01.number);
      expect(plain(await c.say('momentje'))).toMatch(/Geen haast/);
      expect(plain(await c.say(D01.postcode))).toMatch(/€ 129,00/);
      const idle = await started();
      const waiting = plain(await idle.say('momentje'));
      expect(waiting).toMatch(/Geen haast/);
      expect(waiting).not.toMatch(/Sorry/);
    });
  });

  describe('questions with an amount of their own', () => {
    it('nl, en, de, pl: "hoeveel maanden krijg ik bij 500 euro?" hears the months for that amount', async () => {
      for (const [locale, question, answer] of [
        [
          'nl-NL',
          'hoeveel maanden krijg ik bij een boete van 500 euro?',
          /Bij € 500,00 zijn dat 12 maanden: ongeveer € 41,66 per maand/,
        ],
        ['en-GB', 'how many months do I get for €1500?', /For €1,500\.00 that is 18 months/],
        ['de-DE', 'Wie viele Monate bekomme ich bei 250 Euro?', /Bei 250,00 € sind das 6 Monate/],
        ['pl-PL', 'na ile miesięcy mogę rozłożyć 4000 euro?', /36 mies/],
      ] as const) {
        const c = await started(locale);
        const reply = plain(await c.say(question));
        expect({ locale, reply }).toEqual({ locale, reply: expect.stringMatching(answer) });
      }
      const below = await started();
      expect(plain(await below.say('kan ik 60 euro in termijnen betalen?'))).toMatch(
        /lager dan € 75,00, zoals € 60,00\? Dan is een betalingsregeling niet mogelijk/,
      );
    });
  });

  describe('what the citizen is talking to', () => {
    it('nl, en, pl: "praat ik met een robot?" hears it is an automated assistant and can have a person', async () => {
      const nl = await started();
      const robot = plain(await nl.say('praat ik met een robot?'));
      expect(robot).toMatch(/digitale assistent van het CJIB: een computerprogramma, geen mens/);
      expect(robot).toMatch(/medewerker/);
      expect(plain(await nl.say('ja graag'))).toMatch(/terugbelt/);
      const en = await started('en-GB');
      const bot = plain(await en.say('Is this a bot or a real person?'));
      expect(bot).toMatch(/a computer program, not a person/);
      expect(plain(await en.say('no'))).not.toMatch(/call you back/);
      const pl = await started('pl-PL');
      expect(plain(await pl.say('czy rozmawiam z botem?'))).toMatch(/program komputerowy, nie człowiek/);
    });

    it('de: "Bist du ein Roboter?" while asked for the postcode is answered and the postcode asked again', async () => {
      const c = await started('de-DE');
      await c.say('Bußgeld nachsehen');
      await c.say(D11.number);
      const answer = plain(await c.say('Bist du ein Roboter?'));
      expect(answer).toMatch(/Computerprogramm, kein Mensch.*Postleitzahl/);
      expect(plain(await c.say(D11.postcode))).toMatch(/4\.359,00 €/);
    });
  });

  describe('empty messages and emoji', () => {
    it('nl: an empty message and emoji get a kind question, not "I cannot help" or a person', async () => {
      const c = await started();
      const empty = plain(await c.say(''));
      expect(empty).toMatch(/Waarmee kan ik u helpen/);
      expect(empty).not.toMatch(/Sorry, daar kan ik u niet mee helpen/);
      const emoji = plain(await c.say('😀'));
      expect(emoji).toMatch(/Waarmee kan ik u helpen/);
      expect(emoji).not.toMatch(/lukt mij niet goed om u te begrijpen/);
      expect(plain(await c.say('boete opzoeken'))).toMatch(/CJIB-nummer nodig/);
    });

    it('nl: silence on the phone or only emoji mid-flow asks the question again', async () => {
      const phone = app.conversation({ channelId: 'telephony' });
      await phone.say('boete opzoeken');
      const silence = plain(await phone.say(''));
      expect(silence).toMatch(/nog geen antwoord.*CJIB-nummer/);
      expect(silence).not.toMatch(/lijkt geen CJIB-nummer/);
      await phone.say(D01.number);
      expect(plain(await phone.say('🙈'))).toMatch(/nog geen antwoord.*postcode/);
      expect(plain(await phone.say(D01.postcode))).toMatch(/129 euro/);
    });

    it('en, nl: a bare "?" is "what?": the assistant says what it can do, or explains its question', async () => {
      const en = await started('en-GB');
      const what = plain(await en.say('?'));
      expect(what).toMatch(/I can help you with/);
      expect(what).not.toMatch(/cannot see any text/);
      const nl = await started();
      await nl.say('boete opzoeken');
      expect(plain(await nl.say('?'))).toMatch(/rechtsboven op de brief/);
    });

    it('nl: a thumbs up confirms the arrangement request', async () => {
      const c = await started();
      await c.say('betalingsregeling');
      await c.say(D01.number);
      await c.say(D01.postcode);
      expect(plain(await c.say('👍'))).toMatch(/e-mailadres of telefoonnummer/);
      await c.say('0612345678');
      expect(plain(await c.say('👍🏻'))).toMatch(/referentienummer is \*\*BR-/);
    });
  });

  describe('the payment arrangement', () => {
    it('nl: number and postcode at once, a question at the schedule, "ok prima", a phone number with spaces', async () => {
      const c = await started();
      await c.say('ik wil in termijnen betalen');
      const schedule = plain(await c.say('mijn cjib nummer is 3338 0824 5053 2785 en postcode 3512KL'));
      expect(schedule).toMatch(/€ 551,50 in 12 maanden/);
      expect(schedule).toMatch(/€ 45,95 per maand/);
      expect(schedule).toMatch(/1 januari 2027/);
      const months = plain(await c.say('hoeveel maanden krijg ik?'));
      expect(months).toMatch(/€ 450 tot € 1\.250: 12 maanden/);
      expect(months).toMatch(/Wilt u deze betalingsregeling aanvragen/);
      expect(plain(await c.say('ok prima'))).toMatch(/e-mailadres of telefoonnummer/);
      const meanwhile = plain(await c.say('kan ik jullie ook bellen?'));
      expect(meanwhile).toMatch(/e-mailadres of telefoonnummer/);
      expect(plain(await c.say('06 12 34 56 78'))).toMatch(
        /via 0612345678\. Zal ik de aanvraag nu versturen/,
      );
      expect(plain(await c.say('ja hoor'))).toMatch(/referentienummer is \*\*BR-/);
    });

    it('nl: "jep", a spoken e-mail address and "klopt" file the request', async () => {
      const c = await started();
      await c.say('betalingsregeling aanvragen');
      await c.say(D10.number);
      const schedule = plain(await c.say('4811xj'));
      expect(schedule).toMatch(/€ 2\.480,00 in 24 maanden/);
      expect(schedule).toMatch(/laatste termijn € 103,41/);
      expect(plain(await c.say('jep'))).toMatch(/e-mailadres of telefoonnummer/);
      expect(plain(await c.say('tom at gmail punt com'))).toMatch(/via tom@gmail\.com/);
      expect(plain(await c.say('klopt'))).toMatch(/referentienummer is \*\*BR-/);
    });

    it('nl: a letter O typed for a zero in the number is read as a zero', async () => {
      const c = await started();
      await c.say('boete opzoeken');
      expect(plain(await c.say('9698 9486 1458 O658'))).toMatch(/Wat is de postcode/);
      expect(plain(await c.say(D01.postcode))).toMatch(/€ 129,00/);
    });

    it('nl: a minimum not reached says why and what to pay', async () => {
      const c = await started();
      await c.say('betalingsregeling aanvragen');
      await c.say('5320466536506279');
      const reply = plain(await c.say('1017CX'));
      expect(reply).toMatch(/vanaf € 75,00/);
      expect(reply).toMatch(/€ 54,00 in één keer/);
    });

    it('nl, de: "misschien later", "vielleicht später" at the schedule request nothing', async () => {
      const nl = await started();
      await nl.say('betalingsregeling');
      await nl.say(D13.number);
      await nl.say(D13.postcode);
      expect(plain(await nl.say('misschien later'))).toMatch(/niets aangevraagd/);
      const de = await started('de-DE');
      await de.say('Ratenzahlung');
      await de.say(D11.number);
      await de.say(D11.postcode);
      expect(plain(await de.say('vielleicht später'))).toMatch(/nichts beantragt/);
    });

    it('nl: a broken arrangement offers a person; "ja graag" leads to the callback', async () => {
      const c = await started();
      await c.say('betalingsregeling');
      await c.say('9716112721023794');
      expect(plain(await c.say('3021 BR'))).toMatch(/persoonlijke regeling.*medewerker/);
      expect(plain(await c.say('ja graag'))).toMatch(/terugbelt/);
    });

    it('en: "sure", an e-mail in capitals and "yes go ahead"', async () => {
      const c = await started('en-GB');
      await c.say('payment plan');
      await c.say('2342-1455-2485-7394');
      const schedule = plain(await c.say('1071 DJ'));
      expect(schedule).toMatch(/€1,420\.00 over 18 months: €78\.88 a month/);
      expect(plain(await c.say('sure'))).toMatch(/e-mail address or phone number/);
      expect(plain(await c.say('Sarah.Thompson@Example.co.uk'))).toMatch(/sarah\.thompson@example\.co\.uk/);
      expect(plain(await c.say('yes go ahead'))).toMatch(/reference number is \*\*BR-/);
    });

    it('de: spoken number, "jawohl", a mobile number without country code, then "passt"', async () => {
      const c = await started('de-DE');
      expect(plain(await c.say('Guten Tag'))).toMatch(/Wie kann ich Ihnen helfen/);
      await c.say('Ratenzahlung bitte');
      await c.say(D09.number);
      expect(plain(await c.say('7511 JE'))).toMatch(/574,00 € in 12 Monaten/);
      expect(plain(await c.say('jawohl'))).toMatch(/E-Mail-Adresse oder Telefonnummer/);
      // Without its country code the number could be Dutch: the country is asked, not guessed.
      expect(plain(await c.say('meine Nummer ist 0151 23456789'))).toMatch(/Landesvorwahl/);
      expect(plain(await c.say('+49 151 23456789'))).toMatch(/Soll ich den Antrag jetzt absenden/);
      expect(plain(await c.say('passt'))).toMatch(/Aktenzeichen lautet \*\*BR-/);
    });

    it('pl: a whole arrangement with a spoken number, "zgadza się" and a Polish phone number', async () => {
      const c = await started('pl-PL');
      await c.say('Dzień dobry, chcę zapłacić w ratach');
      const spoken =
        'jeden sześć dwa cztery sześć osiem dziewięć sześć trzy zero trzy dwa trzy trzy pięć dziewięć';
      expect(plain(await c.say(spoken))).toMatch(/kod pocztowy/);
      expect(plain(await c.say('61001'))).toMatch(/167,00 € w 6 miesięcznych ratach/);
      expect(plain(await c.say('tak'))).toMatch(/e-mail lub numerem telefonu/);
      expect(plain(await c.say('+48 601 234 567'))).toMatch(/\+48601234567/);
      expect(plain(await c.say('zgadza się'))).toMatch(/numer referencyjny to \*\*BR-/);
    });

    it('nl: "het maandbedrag is te hoog" at the schedule offers a person for a personal arrangement', async () => {
      const c = await started();
      await c.say('betalingsregeling');
      await c.say(D13.number);
      await c.say(D13.postcode);
      expect(plain(await c.say('dat is te veel per maand voor mij'))).toMatch(
        /persoonlijke betalingsregeling|medewerker/,
      );
    });
  });

  describe('asking to be called', () => {
    it('nl: "kan iemand mij bellen?" at the schedule offers the callback; "na de lunch" is the afternoon', async () => {
      const c = await started();
      await c.say('betalingsregeling');
      await c.say(D09.number);
      await c.say(D09.postcode);
      const offer = plain(await c.say('kan iemand mij bellen?'));
      expect(offer).toMatch(/terugbelt/);
      expect(offer).not.toMatch(/cjib\.nl\/telefoonnummers/);
      await c.say('ja');
      await c.say('0612345678');
      expect(plain(await c.say('na de lunch'))).toMatch(/in de middag/);
    });

    it('de, pl: "Kann mich jemand anrufen?", "Czy ktoś może do mnie zadzwonić?" and a time after lunch', async () => {
      const de = await started('de-DE');
      expect(plain(await de.say('Kann mich jemand anrufen?'))).toMatch(/zurückruft/);
      await de.say('ja');
      await de.say('+49 151 23456789');
      expect(plain(await de.say('nach dem Mittagessen'))).toMatch(/am Nachmittag/);
      const pl = await started('pl-PL');
      expect(plain(await pl.say('Czy ktoś może do mnie zadzwonić?'))).toMatch(/oddzwonił/);
      await pl.say('tak');
      await pl.say('+48 601 234 567');
      expect(plain(await pl.say('po obiedzie'))).toMatch(/po południu/);
    });
  });

  describe('small talk, help and odd messages', () => {
    it('nl: help mid-flow says what the assistant does and asks the question again', async () => {
      const c = await started();
      await c.say('boete opzoeken');
      const help = plain(await c.say('help'));
      expect(help).toMatch(/Ik kan u helpen met/);
      expect(help).toMatch(/CJIB-nummer nodig/);
      expect(plain(await c.say(D01.number))).toMatch(/Wat is de postcode/);
    });

    it('nl: a person asked for and then declined leaves the assistant ready to help', async () => {
      const c = await started();
      expect(plain(await c.say('kan ik iemand spreken'))).toMatch(/terugbelt/);
      expect(plain(await c.say('nee toch niet'))).toMatch(/vragen blijven stellen/);
      expect(plain(await c.say('boete opzoeken'))).toMatch(/CJIB-nummer nodig/);
    });

    it('nl: a scam SMS is recognised as fake', async () => {
      const c = await started();
      const answer = plain(
        await c.say('ik heb een sms gekregen van het cjib met een betaallink, is dat echt?'),
      );
      expect(answer).toMatch(/nooit een boete of aanmaning via e-mail, sms of WhatsApp/);
    });

    it("de and pl: a fine from the Netherlands, then how to pay and how long, in the citizen's language", async () => {
      const de = await started('de-DE');
      expect(plain(await de.say('Sprechen Sie Deutsch?'))).toMatch(/Deutsch/);
      expect(plain(await de.say('Ich habe eine Strafe aus Holland bekommen'))).toMatch(/IBAN/);
      const pl = await started('pl-PL');
      await pl.say('Czy mówicie po polsku?');
      expect(plain(await pl.say('dostałem mandat z Holandii'))).toMatch(/IBAN/);
      expect(plain(await pl.say('ile mam czasu na zapłatę?'))).toMatch(/8 tygodni/);
    });
  });
});

describe('messy arrangement requests, each with a back office of its own', () => {
  let app: TestApp;

  beforeEach(async () => {
    app = await startTestApp({ RATE_LIMIT_CONVERSATION_BURST: '100' }, { clock });
  });
  afterEach(async () => {
    await app?.close();
  });

  async function started(locale = 'nl-NL'): Promise<TestConversation> {
    const c = app.conversation({ locale });
    await c.start();
    return c;
  }

  it('nl: an e-mail address given at the schedule accepts it and is not asked for again', async () => {
    const c = await started();
    await c.say('betalingsregeling');
    await c.say(D02.number);
    await c.say(D02.postcode);
    const confirm = plain(await c.say('ja, mail mij maar op fatima@example.nl'));
    expect(confirm).toMatch(/via fatima@example\.nl\. Zal ik de aanvraag nu versturen/);
    expect(confirm).not.toMatch(/Op welk e-mailadres/);
    expect(plain(await c.say('ja'))).toMatch(/referentienummer is \*\*BR-/);
  });

  it('en: "can I change it later?" at the schedule and at the confirmation keeps the request', async () => {
    const c = await started('en-GB');
    await c.say('payment plan');
    await c.say(D13.number);
    await c.say(D13.postcode);
    const schedule = plain(await c.say('can I change it later?'));
    expect(schedule).toMatch(/cannot give you an exact answer.*Would you like to request this arrangement/);
    expect(plain(await c.say('yes'))).toMatch(/e-mail address or phone number/);
    expect(plain(await c.say('what do you mean?'))).toMatch(/only use your e-mail address or phone number/);
    await c.say('s.thompson@example.com');
    const confirm = plain(await c.say('can I change it later?'));
    expect(confirm).toMatch(/cannot give you an exact answer.*Shall I send the request now/);
    expect(plain(await c.say('yes'))).toMatch(/reference number is \*\*BR-/);
  });

  it('nl: "nee sorry, verkeerd nummer, het is …" at the schedule starts again with the right letter', async () => {
    const c = await started();
    await c.say('betalingsregeling');
    await c.say(D01.number);
    expect(plain(await c.say(D01.postcode))).toMatch(/€ 129,00 in 6 maanden/);
    const corrected = plain(await c.say(`nee sorry, verkeerd nummer. het is ${D02.number}`));
    expect(corrected).toMatch(/Wat is de postcode/);
    expect(corrected).not.toMatch(/niets aangevraagd/);
    expect(plain(await c.say(D02.postcode))).toMatch(/€ 551,50 in 12 maanden/);
    const other = await started();
    await other.say('betalingsregeling');
    await other.say(D01.number);
    await other.say(D01.postcode);
    expect(plain(await other.say('sorry verkeerd nummer'))).toMatch(/Wat is het juiste CJIB-nummer/);
    await other.say(D13.number);
    expect(plain(await other.say(D13.postcode))).toMatch(/€ 1\.420,00 in 18 maanden/);
  });

  it('en → pl: switching to Polish at the confirmation goes on at it, the contact given read back', async () => {
    const c = await started('en-GB');
    await c.say('payment plan');
    await c.say(D12.number);
    await c.say(D12.postcode);
    await c.say('yes');
    expect(plain(await c.say('+48 601 234 567'))).toMatch(/Shall I send the request now/);
    const polish = plain(await c.say('po polsku proszę'));
    expect(polish).toMatch(/Kontynuuję po polsku.*167,00 €.*\+48601234567\. Czy mam teraz wysłać wniosek/);
    expect(polish).not.toMatch(/Pod jakim adresem e-mail|Czy chce Pan\/Pani złożyć wniosek/);
    expect(plain(await c.say('tak'))).toMatch(/numer referencyjny to \*\*BR-/);
  });

  it('nl, en: after "no fine found", only the corrected postcode is enough', async () => {
    const c = await started();
    await c.say('boete opzoeken');
    await c.say(D01.number);
    expect(plain(await c.say('8911 BA'))).toMatch(/geen boete vinden/);
    expect(plain(await c.say('sorry, het is 8911 AB'))).toMatch(/€ 129,00/);
    const en = await started('en-GB');
    await en.say('look up my fine');
    await en.say(D13.number);
    expect(plain(await en.say('1017 DJ'))).toMatch(/cannot find a fine/);
    expect(plain(await en.say("oops, it's 1071 DJ"))).toMatch(/€1,420\.00/);
  });

  it('nl: "hoe lang duurt dat?" after the request hears about the decision, not the payment deadline', async () => {
    const c = await started();
    await c.say('betalingsregeling');
    await c.say(D12.number);
    await c.say(D12.postcode);
    await c.say('ja');
    await c.say('0612345678');
    expect(plain(await c.say('ja'))).toMatch(/referentienummer/);
    const howLong = plain(await c.say('hoe lang duurt dat?'));
    expect(howLong).toMatch(/besluit per brief/);
    expect(howLong).not.toMatch(/8 weken/);
  });

  it('nl → en: switching to English at the contact question, then the e-mail address still files the request', async () => {
    const c = await started();
    await c.say('betalingsregeling');
    await c.say('5111 9410 2279 9767');
    await c.say(D10.postcode);
    await c.say('ja');
    const english = plain(await c.say('kunnen we in het engels verder?'));
    expect(english).toMatch(/I will continue in English/);
    expect(plain(await c.say('tom@example.com'))).toMatch(
      /We will reach you at tom@example\.com\. Shall I send/,
    );
    expect(plain(await c.say('yes'))).toMatch(/reference number is \*\*BR-/);
  });
});

describe('messy conversations while staff are at work', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp(
      {
        RATE_LIMIT_CONVERSATION_BURST: '100',
        OFFICE_HOURS: 'mon-sun 00:00-24:00',
        PUBLIC_HOLIDAYS: '2000-01-01',
      },
      { clock },
    );
  });
  afterAll(async () => {
    await app?.close();
  });

  it('nl, en, de, pl: "hoe lang duurt het nog?" in the queue tells the place in the queue', async () => {
    for (const [locale, ask, howLong, queue] of [
      ['nl-NL', 'ik wil liever een mens spreken', 'hoe lang duurt het nog?', /wachtrij/],
      ['en-GB', 'I want to talk to someone', 'how long will it take?', /queue/],
      ['de-DE', 'Mitarbeiter bitte', 'Wie lange dauert das noch?', /Warteschlange/],
      ['pl-PL', 'chcę rozmawiać z konsultantem', 'długo jeszcze?', /kolejce/],
    ] as const) {
      const c = app.conversation({ locale });
      await c.start();
      expect(plain(await c.say(ask))).toMatch(queue);
      const waiting = plain(await c.say(howLong));
      expect({ locale, waiting }).toEqual({ locale, waiting: expect.stringMatching(queue) });
      expect(waiting).not.toMatch(/8 (weken|weeks|Wochen|tygodni)|CJIB-(nummer|Nummer)|numeru CJIB/);
    }
  });

  it('nl: asking for a person at the schedule queues; "laat maar" leaves the queue and the assistant helps on', async () => {
    const c = app.conversation();
    await c.start();
    await c.say('betalingsregeling');
    await c.say(D01.number);
    await c.say(D01.postcode);
    expect(plain(await c.say('ik wil liever een mens spreken'))).toMatch(/wachtrij/);
    expect(plain(await c.say('laat maar, ik wacht niet'))).toMatch(/niet meer in de wachtrij/);
    expect(plain(await c.say('boete opzoeken'))).toMatch(/€ 129,00/);
  });
});
