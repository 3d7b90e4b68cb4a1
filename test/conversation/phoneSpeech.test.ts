/**
 * What callers really say to a speech recogniser, through the HTTP endpoint on the phone, in
 * Dutch, English, German and Polish: CJIB numbers with "eh", "wacht even" and pauses, in groups, in
 * pairs, with "dubbel", "dreimal" and "oh", over two utterances; postcodes said as numbers with
 * letters spelled ("A van Anton", "K as in kilo", "D jak Dorota"); e-mail addresses said with
 * "apenstaartje", "Klammeraffe", "małpa"; amounts in words; yes in its many forms. Each test
 * checks what the caller would notice: the next question, the fine found, the address read back.
 * The same inputs typed on SMS work there too.
 */
import { useStaffedApp } from '../support/appForTests';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { LOCALE, type Lang } from '../support/languages';
import { heardSentences as heard, messagesOf as messages } from '../support/replyText';
import type { TestConversation } from '../support/testApp';

const { D01 } = DEMO_DEBTORS;
const VOICE_LANG: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB', de: 'de-DE', pl: 'pl-PL' };

/** The question for the postcode, which follows a CJIB number that was understood. */
const ASKS_POSTCODE: Record<Lang, RegExp> = {
  nl: /Wat is de postcode/,
  en: /What is the postcode/,
  de: /Wie lautet die Postleitzahl/,
  pl: /Jaki jest kod pocztowy/,
};

describe('what callers say to the speech recogniser', () => {
  const assistant = useStaffedApp();

  async function caller(lang: Lang): Promise<TestConversation> {
    return assistant.open({ channelId: 'telephony', locale: LOCALE[lang] });
  }

  /** Says one line and returns what the caller hears, checking every reply is speech in their language. */
  async function say(c: TestConversation, lang: Lang, line: string): Promise<string> {
    const replies = await c.say(line);
    expect(messages(replies).length).toBeGreaterThan(0);
    for (const a of messages(replies)) expect(a.speak).toContain(`xml:lang="${VOICE_LANG[lang]}"`);
    return heard(replies);
  }

  it.each<[Lang, string, RegExp]>([
    ['nl', 'Eén.', /CJIB-nummer/],
    ['en', 'one', /CJIB number/],
    ['de', 'zwo', /CJIB-Nummer/],
    ['pl', 'jedna', /numer CJIB/],
  ])('%s: "%s" picks that choice of the menu read out', async (lang, line, next) => {
    const c = await caller(lang);
    expect(await say(c, lang, line)).toMatch(next);
  });

  describe('a CJIB number', () => {
    it.each<[Lang, string, string]>([
      [
        'nl',
        'Eh, negen zes negen acht, wacht even, negen vier acht zes, uhm, een vier vijf acht, nul zes vijf acht.',
        'digit by digit with "eh", "wacht even" and "uhm"',
      ],
      [
        'nl',
        'negen zes negen acht negen vier acht zes een vier vijf acht nul zes vijf acht',
        'digit by digit',
      ],
      ['nl', '9698 9486 1458 0658', 'in groups of four, as the recogniser writes them'],
      [
        'nl',
        'zesennegentig achtennegentig vierennegentig zesentachtig veertien achtenvijftig nul zes achtenvijftig',
        'in pairs',
      ],
      [
        'nl',
        'zes en negentig acht en negentig vier en negentig zes en tachtig veertien acht en vijftig nul zes acht en vijftig',
        'in pairs written as three words',
      ],
      [
        'en',
        'nine six nine eight, nine four eight six, one four five eight, nought six five eight.',
        'with "nought" for zero',
      ],
      [
        'en',
        'nine six nine eight, nine four eight six, one four five eight, oh six five eight.',
        'with "oh" for zero',
      ],
      [
        'en',
        'ninety-six ninety-eight ninety-four eighty-six fourteen fifty-eight zero six fifty-eight',
        'in pairs with hyphens',
      ],
      [
        'en',
        'uh, nine six nine eight, hold on, nine four eight six one four five eight O six five eight',
        'with "hold on" and the letter O',
      ],
      [
        'de',
        'sechsundneunzig achtundneunzig vierundneunzig sechsundachtzig vierzehn achtundfünfzig null sechs achtundfünfzig',
        'in pairs',
      ],
      [
        'de',
        'äh, neun sechs neun acht, Moment, neun vier acht sechs, eins vier fünf acht, null sechs fünf acht',
        'with "äh" and "Moment"',
      ],
      [
        'pl',
        'dziewięćdziesiąt sześć, dziewięćdziesiąt osiem, dziewięćdziesiąt cztery, osiemdziesiąt sześć, czternaście, pięćdziesiąt osiem, zero sześć, pięćdziesiąt osiem',
        'in pairs with pauses',
      ],
      [
        'pl',
        'yyy dziewięć sześć dziewięć osiem dziewięć cztery osiem sześć jeden cztery pięć osiem zero sześć pięć osiem',
        'with "yyy"',
      ],
    ])('%s: %s (%s) is understood and the postcode asked', async (lang, line) => {
      const c = await caller(lang);
      await say(c, lang, '1');
      expect(await say(c, lang, line)).toMatch(ASKS_POSTCODE[lang]);
    });

    it('"dubbel", "double", "dreimal" and "zweimal" say a digit more than once', async () => {
      // D11 is 0543 7930 5815 5523: "vijf vijf" in the middle.
      const lines: [Lang, string][] = [
        ['nl', 'nul vijf vier drie zeven negen drie nul vijf acht een vijf dubbel vijf twee drie'],
        ['en', 'oh five four three seven nine three oh five eight one triple five two three'],
        ['en', 'nought five four three seven nine three nought five eight one treble five two three'],
        ['de', 'null fünf vier drei sieben neun drei null fünf acht eins dreimal fünf zwei drei'],
        ['de', 'null fünf vier drei sieben neun drei null fünf acht eins zweimal fünf fünf zwei drei'],
      ];
      for (const [lang, line] of lines) {
        const c = await caller(lang);
        await say(c, lang, '1');
        expect(await say(c, lang, line)).toMatch(ASKS_POSTCODE[lang]);
        expect(await say(c, lang, 'vier sieben fünf drei drei')).toMatch(/4359/);
      }
    });

    it('the number and the postcode in one breath find the fine at once', async () => {
      const c = await caller('nl');
      await say(c, 'nl', 'Mijn boete opzoeken');
      expect(
        await say(
          c,
          'nl',
          'negen zes negen acht, negen vier acht zes, een vier vijf acht, nul zes vijf acht, acht negen een een a b',
        ),
      ).toContain('129 euro');
    });

    it('a number over two utterances: the first half is kept and the count said', async () => {
      const c = await caller('nl');
      await say(c, 'nl', 'Mijn boete opzoeken');
      expect(await say(c, 'nl', 'negen zes negen acht, eh, negen vier acht zes')).toMatch(/8 cijfers/);
      expect(await say(c, 'nl', 'een vier vijf acht nul zes vijf acht')).toMatch(ASKS_POSTCODE.nl);
      expect(await say(c, 'nl', D01.postcode)).toContain('129 euro');

      const pairs = await caller('en');
      await say(pairs, 'en', 'I want to look up my fine');
      expect(await say(pairs, 'en', 'ninety six ninety eight ninety four eighty six')).toMatch(/8 digits/);
      expect(await say(pairs, 'en', 'fourteen fifty eight oh six fifty eight')).toMatch(ASKS_POSTCODE.en);
    });
  });

  describe('a postcode', () => {
    it.each<[Lang, string, string, string]>([
      ['nl', D01.number, 'negenentachtig elf a b', '129 euro'],
      ['nl', D01.number, 'acht negen een een, A van Anton, B van Bernard.', '129 euro'],
      ['nl', D01.number, 'acht negen een een, eh, a b', '129 euro'],
      ['nl', D01.number, 'acht negen een een Anton Bernard', '129 euro'],
      ['nl', '3338082450532785', 'vijfendertig twaalf ka el', '551 euro'],
      ['nl', '3338082450532785', 'drie vijf een twee k van karel l van lodewijk', '551 euro'],
      ['en', D01.number, 'eight nine one one, A as in alpha, B as in bravo', '129 euros'],
      ['en', D01.number, 'eighty-nine eleven a b', '129 euros'],
      ['de', '2342145524857394', 'eins null sieben eins, D wie Dora, J wie Julius', '1420 Euro'],
      ['pl', '2342145524857394', 'jeden zero siedem jeden, D jak Dorota, J jak Jadwiga', '1420 euro'],
      ['pl', '1624689630323359', 'sześćdziesiąt jeden, zero zero jeden', '167 euro'],
    ])('%s: "%s" then "%s" finds the fine', async (lang, number, postcode, amount) => {
      const c = await caller(lang);
      await say(c, lang, '1');
      expect(await say(c, lang, number)).toMatch(ASKS_POSTCODE[lang]);
      expect(await say(c, lang, postcode)).toContain(amount);
    });
  });

  describe('a payment arrangement with the e-mail address said and yes said in many ways', () => {
    it.each<[Lang, string, string, string[], string, RegExp]>([
      [
        'nl',
        '3338082450532785',
        '3512 KL',
        ['Betalen in termijnen', 'jazeker'],
        'jan punt jansen apenstaartje gmail punt com',
        /We bereiken u via j a n, punt, j a n s, e n, apenstaartje, gmail, punt, com\./,
      ],
      [
        'en',
        '1852906095141302',
        'seven five one one, J as in juliet, E as in echo',
        ['Pay in instalments', 'yep'],
        'uhm, jan dot jansen at hotmail dot com',
        /We will reach you at j a n, dot, j a n s, e n, at, hotmail, dot, com\./,
      ],
      [
        'de',
        '0543793058155523',
        'vier sieben fünf drei drei',
        ['In Raten zahlen', 'jawohl'],
        'jan punkt jansen Klammeraffe gmx punkt de',
        /Wir erreichen Sie unter j a n, Punkt, j a n s, e n, at, gmx, Punkt, de\./,
      ],
      [
        'pl',
        '1624689630323359',
        'sześć jeden myślnik zero zero jeden',
        ['Płatność w ratach', 'no jasne'],
        'jan kropka kowalski małpa wp kropka pl',
        /j a n, kropka, k o w a, l s k i, małpa, wp, kropka, pl\./,
      ],
    ])('%s', async (lang, number, postcode, [choose, yes], email, readBack) => {
      const c = await caller(lang);
      await say(c, lang, '1');
      await say(c, lang, number);
      await say(c, lang, postcode);
      await say(c, lang, choose);
      const contact = await say(c, lang, yes);
      expect(contact).toMatch(/e-mail|E-Mail/);
      // The address is read back so the caller can check it, in the words they would say it with.
      const confirm = await say(c, lang, email);
      expect(confirm).toMatch(readBack);
      const done = await say(
        c,
        lang,
        lang === 'de' ? 'ja genau' : lang === 'pl' ? 'tak, zgadza się' : 'klopt',
      );
      expect(done).toMatch(/BR, 2026, \d \d \d \d, \d \d \d \d/);
    });

    it('a phone number said in pairs after "mijn nummer is", with pauses, is read back in groups', async () => {
      const c = await caller('nl');
      await say(c, 'nl', '1');
      await say(c, 'nl', 'vijf een een een negen vier een nul twee twee zeven negen negen zeven zes zeven');
      await say(c, 'nl', 'vier acht een een x j');
      await say(c, 'nl', 'Betalen in termijnen');
      expect(await say(c, 'nl', 'ja hoor')).toMatch(/e-mailadres of telefoonnummer/);
      const confirm = await say(
        c,
        'nl',
        'mijn nummer is nul zes, eh, twaalf vierendertig, zesenvijftig achtenzeventig',
      );
      expect(confirm).toContain('0 6, 1 2 3 4, 5 6 7 8');
    });

    it('a spelled name and a name said as two words are one name in the address', async () => {
      const c = await caller('en');
      await say(c, 'en', 'I want a payment arrangement');
      await say(c, 'en', '2342145524857394');
      await say(c, 'en', '1071 DJ');
      await say(c, 'en', 'yeah');
      expect(await say(c, 'en', 'j a n dot jansen at g mail dot com')).toMatch(
        /j a n, dot, j a n s, e n, at, gmail, dot, com/,
      );
      // "Nee, het is …": a corrected address is read back instead.
      expect(await say(c, 'en', 'no, it is jan jansen at gmail dot com')).toMatch(
        /j a n, j a n, s e n, at, gmail, dot, com/,
      );
    });
  });

  describe('amounts and yes or no', () => {
    it.each<[Lang, string, RegExp]>([
      ['nl', 'Hoeveel maanden krijg ik bij vierhonderd vijftig euro?', /450 euro.*\d+ maanden/],
      ['en', 'How many months do I get for four hundred and fifty euros?', /450 euros.*\d+ months/],
      ['de', 'Wie viele Monate bekomme ich bei vierhundertfünfzig Euro?', /450 Euro.*\d+ Monate/],
      ['pl', 'Ile miesięcy dostanę przy czterysta pięćdziesiąt euro?', /450 euro.*\d+ mies/],
    ])('%s: "%s" hears the months for that amount', async (lang, question, answer) => {
      const c = await caller(lang);
      expect(await say(c, lang, question)).toMatch(answer);
    });

    it.each<[Lang, string]>([
      ['nl', 'eh ja'],
      ['nl', 'Klopt.'],
      ['en', 'Yep.'],
      ['en', 'uh, yes'],
      ['de', 'äh, ja'],
      ['de', 'das ist richtig'],
      ['pl', 'No jasne.'],
      ['pl', 'yyy tak'],
    ])('%s: "%s" confirms the CJIB number read back after a failed check', async (lang, yes) => {
      const c = await caller(lang);
      await say(c, lang, '1');
      // A number that fails the check is read back and asked about.
      const check = await say(c, lang, '9698948614580659');
      expect(check).not.toMatch(ASKS_POSTCODE[lang]);
      expect(await say(c, lang, yes)).toMatch(ASKS_POSTCODE[lang]);
    });
  });

  describe('the same inputs typed on SMS', () => {
    async function texter(): Promise<TestConversation> {
      const c = assistant.app.conversation({ channelId: 'sms', locale: 'nl-NL' });
      await c.start();
      return c;
    }
    const written = async (c: TestConversation, line: string): Promise<string> =>
      messages(await c.say(line))
        .map((a) => a.text ?? '')
        .join('\n');

    it('a number typed in words or pairs, a postcode with spelled letters, and a numbered choice', async () => {
      const c = await texter();
      expect(await written(c, '1')).toMatch(/CJIB-nummer/);
      expect(
        await written(
          c,
          'zesennegentig achtennegentig vierennegentig zesentachtig veertien achtenvijftig nul zes achtenvijftig',
        ),
      ).toMatch(/postcode/);
      const result = await written(c, '8911 a van anton b van bernard');
      expect(result).toContain('€ 129,00');
      expect(result).toMatch(/^1\. Hoe betaal ik$/m);
    });

    it('"ehm ja", an e-mail address typed as words, and "jazeker" file the arrangement', async () => {
      const c = await texter();
      await written(c, 'Ik wil een betalingsregeling');
      await written(c, 'negen zes negen acht negen vier acht zes een vier vijf acht nul zes vijf acht');
      expect(await written(c, 'acht negen een een a b')).toMatch(/^1\. /m);
      expect(await written(c, 'ehm ja')).toMatch(/e-mailadres/);
      expect(await written(c, 'jan punt jansen apenstaartje gmail punt com')).toContain(
        'jan.jansen@gmail.com',
      );
      expect(await written(c, 'jazeker')).toMatch(/BR-2026-\d{8}/);
    });
  });
});
