/**
 * "Welke boete is dit?" after a lookup: what the fines shown are, from the record (kind with the
 * letter code, offence and date, plate, what is still to pay, the end of the CJIB number), one fine
 * in a sentence, several as a short list; not "I don't understand" or the objection answer.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { DEMO_CLOCK, DEMO_DEBTORS } from '../support/demoDebtors';
import { identify } from '../support/identify';
import { LOCALE, type Lang } from '../support/languages';
import { heardSentences } from '../support/replyText';
import { textOf } from '../support/testApp';

const NOT_THIS = /niet zeker wat u bedoelt|not sure what you mean|officier van justitie\)|Parket CVOM/;

/** D01: one traffic fine, speeding by 14 km/h on 2 October 2026, plate GZ-123-K, € 129,00. */
const ONE: Record<Lang, { lookup: string; questions: string[]; says: RegExp[] }> = {
  nl: {
    lookup: 'ik wil mijn boete bekijken',
    questions: ['welke boete is dit?', 'waar is deze boete voor', 'welke boet is dat'],
    says: [/verkeersboete/, /14 km\/u/, /2 oktober 2026/, /GZ-123-K/, /€ 129,00/, /0658/],
  },
  en: {
    lookup: 'check my fine',
    questions: ['which fine is this?', "what's this fine for?"],
    says: [/traffic fine/, /14 km\/h/, /2 October 2026/, /GZ-123-K/, /€129\.00/, /0658/],
  },
  de: {
    lookup: 'Bußgeld nachsehen',
    questions: ['welches Bußgeld ist das?', 'wofür ist das Bußgeld?'],
    says: [/Verkehrsbußgeld/, /14 km\/h/, /2\. Oktober 2026/, /GZ-123-K/, /129,00 €/, /0658/],
  },
  pl: {
    lookup: 'sprawdź mój mandat',
    questions: ['jaki to mandat?', 'za co jest ten mandat?'],
    says: [/Mandat drogowy/, /14 km\/h/, /2 października 2026/, /GZ-123-K/, /129,00 €/, /0658/],
  },
};

describe('which fine it is, after a lookup', () => {
  const assistant = useTestApp(FAST_TYPIST, { clock: DEMO_CLOCK });

  describe.each(['nl', 'en', 'de', 'pl'] as Lang[])('%s, one fine', (lang) => {
    it.each(ONE[lang].questions)('"%s": the fine shown, from the record', async (question) => {
      const c = await assistant.open({ locale: LOCALE[lang] });
      await identify(c, ONE[lang].lookup, DEMO_DEBTORS.D01);
      const reply = textOf(await c.say(question));
      for (const fact of ONE[lang].says) expect(reply).toMatch(fact);
      expect(reply).not.toMatch(NOT_THIS);
    });
  });

  it('nl, two fines: both listed briefly', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await identify(c, 'boete opzoeken', DEMO_DEBTORS.D02);
    const reply = textOf(await c.say('welke boetes zijn dit?'));
    expect(reply).toMatch(/de 2 boetes/);
    expect(reply).toMatch(/- .*22 km\/u.*11 juni 2026.*€ 262,50/);
    expect(reply).toMatch(/- .*Door rood licht rijden.*30 september 2026.*€ 289,00/);
  });

  it('en, a punitive order: its own kind and letter code', async () => {
    const c = await assistant.open({ locale: 'en-GB' });
    await identify(c, 'check my fine', DEMO_DEBTORS.D09);
    expect(textOf(await c.say('what is this fine for?'))).toMatch(
      /punitive order \(strafbeschikking, letter marked O\)/,
    );
  });

  it.each([
    ['nl-NL', 'welke boete is dit?', /verkeersboete.*14 km\/u.*€ 129,00/s],
    ['en-GB', 'which fine is this?', /traffic fine.*14 km\/h.*€129\.00/s],
  ])(
    '%s before any lookup: "%s" looks the fine up, then says which it is',
    async (locale, question, which) => {
      const c = await assistant.open({ locale });
      await c.say(question);
      await c.say(DEMO_DEBTORS.D01.number);
      expect(textOf(await c.say(DEMO_DEBTORS.D01.postcode))).toMatch(which);
    },
  );

  it('nl on the phone: said in words, then the choices', async () => {
    const c = await assistant.open({ channelId: 'telephony', locale: 'nl-NL' });
    await identify(c, 'boete opzoeken', DEMO_DEBTORS.D01);
    const replies = await c.say('welke boete is dit?');
    const heard = heardSentences(replies);
    expect(heard).toMatch(/verkeersboete/);
    expect(heard).toMatch(/129 euro/);
    expect(replies.filter((a) => a.type === 'message').at(-1)?.inputHint).toBe('expectingInput');
  });
});
