/**
 * Long knowledge answers on the phone, through the HTTP endpoint: the caller hears the short spoken
 * version (the core facts, where the rest is, and that "meer" tells everything), "meer" in their
 * language gives the whole answer, and on web chat the written answer stays complete. Each test checks
 * what the caller or the chatter notices.
 */
import { useStaffedApp } from '../support/appForTests';
import { LOCALE, type Lang } from '../support/languages';
import { heardSentences as heard } from '../support/replyText';
import { textOf, type TestConversation } from '../support/testApp';

/** How to pay, asked in each language, with what the short version says and what only the whole one does. */
interface HowToPay {
  question: string;
  /** iDEAL with the QR code, or a transfer with the CJIB number as the reference. */
  core: RegExp[];
  /** The hint that tells how to hear everything. */
  sayMore: RegExp;
  /** A fact of the whole answer only. */
  fullOnly: RegExp;
  /** "Did this help?" */
  rating: RegExp;
}

const HOW_TO_PAY: Record<Lang, HowToPay> = {
  nl: {
    question: 'Hoe kan ik betalen?',
    core: [/iDEAL/, /QR-code/, /CJIB-nummer als betalingskenmerk/],
    sayMore: /Zeg "meer"/,
    fullOnly: /Betaal elke boete apart/,
    rating: /Heeft dit antwoord u geholpen/,
  },
  en: {
    question: 'How can I pay?',
    core: [/iDEAL/, /QR code/, /CJIB number as the payment reference/],
    sayMore: /Say "more"/,
    fullOnly: /Pay each fine separately/,
    rating: /Did this answer help/i,
  },
  de: {
    question: 'Wie kann ich bezahlen?',
    core: [/iDEAL/, /QR-Code/, /CJIB-Nummer als Verwendungszweck/],
    sayMore: /Sagen Sie "mehr"/,
    fullOnly: /Zahlen Sie jedes Bußgeld einzeln/,
    rating: /geholfen/,
  },
  pl: {
    question: 'Jak mogę zapłacić?',
    core: [/iDEAL/, /kod QR/, /numerem CJIB jako tytułem przelewu/],
    sayMore: /powiedzieć „więcej”/,
    fullOnly: /Każdy mandat należy opłacić osobno/,
    rating: /pomogła|pomogło|pomocna/,
  },
};

describe('short answers on the phone', () => {
  const assistant = useStaffedApp();

  async function start(lang: Lang, channelId: string): Promise<TestConversation> {
    return assistant.open({ channelId, locale: LOCALE[lang] });
  }

  it.each<[Lang, string]>([
    ['nl', 'meer'],
    ['nl', 'Vertel meer.'],
    ['nl', 'alles'],
    ['en', 'more'],
    ['en', 'Tell me more'],
    ['de', 'mehr'],
    ['de', 'Alles bitte.'],
    ['pl', 'więcej'],
    ['pl', 'Proszę wszystko'],
  ])('%s: the caller hears how to pay in short, and "%s" tells everything', async (lang, more) => {
    const expected = HOW_TO_PAY[lang];
    const c = await start(lang, 'telephony');

    const short = heard(await c.say(expected.question));
    for (const fact of expected.core) expect(short).toMatch(fact);
    expect(short).toMatch(expected.sayMore);
    expect(short).not.toMatch(expected.fullOnly);
    expect(short).not.toMatch(/Digitaal Loket/);
    expect(short).toMatch(expected.rating);

    const full = heard(await c.say(more));
    expect(full).toMatch(expected.fullOnly);
    expect(full).toMatch(/Digitaal Loket/);
    expect(full).not.toMatch(expected.sayMore);
    // Then "did this help?" again, which still takes a rating.
    expect(full).toMatch(expected.rating);
  });

  it('the objection: the deadline and the ways in short, the Postbus and the letter\'s contents on "meer"', async () => {
    const c = await start('nl', 'telephony');
    const short = heard(await c.say('Ik wil bezwaar maken tegen mijn verkeersboete'));
    expect(short).toMatch(/binnen 6 weken/);
    expect(short).toMatch(/hoeft u nog niet te betalen/);
    expect(short).not.toMatch(/Postbus/);
    expect(short).not.toMatch(/handtekening/);
    expect(short.length).toBeLessThan(700);

    const full = heard(await c.say('meer'));
    expect(full).toMatch(/Postbus 50\.000/);
    expect(full).toMatch(/handtekening/);
  });

  it('a yes after the short answer is still a rating', async () => {
    const c = await start('nl', 'telephony');
    await c.say('Hoe kan ik betalen?');
    const thanks = heard(await c.say('ja'));
    expect(thanks).not.toMatch(/Betaal elke boete apart/);
    expect(thanks).not.toMatch(/Heeft dit antwoord u geholpen/);
  });

  it('"meer" a second time, after the whole answer, does not repeat it', async () => {
    const c = await start('en', 'telephony');
    await c.say('How can I pay?');
    await c.say('more');
    const again = heard(await c.say('more'));
    expect(again).not.toMatch(/Pay each fine separately/);
  });

  it('a short answer stays short for a topic the caller asks about next', async () => {
    const c = await start('nl', 'telephony');
    await c.say('Hoe kan ik betalen?');
    const next = heard(await c.say('Wat gebeurt er als ik te laat betaal?'));
    expect(next).toMatch(/1,5 keer de boete/);
    expect(next).toMatch(/Zeg "meer"/);
    expect(next).not.toMatch(/gijzeling/);
    const full = heard(await c.say('meer'));
    expect(full).toMatch(/gijzeling/);
  });

  it('a topic without a spoken version is said whole, with no "meer" hint', async () => {
    const c = await start('nl', 'telephony');
    const answer = heard(await c.say('Wat zijn administratiekosten?'));
    expect(answer).toMatch(/administratiekosten/);
    expect(answer).not.toMatch(/Zeg "meer"/);
  });

  it.each<[Lang]>([['nl'], ['en'], ['de'], ['pl']])(
    '%s web chat: the written answer stays whole',
    async (lang) => {
      const expected = HOW_TO_PAY[lang];
      const c = await start(lang, 'webchat');
      const shown = textOf(await c.say(expected.question));
      expect(shown).toMatch(expected.fullOnly);
      expect(shown).toMatch(/Digitaal Loket/);
      expect(shown).toMatch(/cjib\.nl/);
      expect(shown).not.toMatch(expected.sayMore);
    },
  );

  it('asked in the middle of a lookup, the answer is whole (no "meer" the flow would not hear)', async () => {
    const c = await start('nl', 'telephony');
    expect(heard(await c.say('Ik wil mijn boete opzoeken'))).toMatch(/CJIB-nummer/);
    const answer = heard(await c.say('Hoe kan ik betalen?'));
    expect(answer).toMatch(/Betaal elke boete apart/);
    expect(answer).not.toMatch(/Zeg "meer"/);
  });

  it('web chat: "meer" after an answer is not the short version and the chat goes on', async () => {
    const c = await start('nl', 'webchat');
    await c.say('Hoe kan ik betalen?');
    const reply = textOf(await c.say('meer'));
    expect(reply.length).toBeGreaterThan(0);
    expect(reply).not.toMatch(/Zeg "meer"/);
    const next = textOf(await c.say('Hoe kan ik betalen?'));
    expect(next).toMatch(/Betaal elke boete apart/);
  });
});
