/**
 * "Hoe lang duurt dat?" right after an answer is about what that answer explained: after the appeal,
 * the officier's decision (up to 16 weeks) and that nothing needs paying meanwhile, not the payment
 * term or the whole appeal again; after other answers whose duration DOMAIN.md states (the noodstop,
 * a victim's advance, the coercive measures), that duration; where none is known, the honest answer.
 */
import { FAST_TYPIST, useTestApp, answersTo } from '../support/appForTests';
import { LOCALE, type Lang } from '../support/languages';
import { heardSentences } from '../support/replyText';

/** The payment term: what "how long does that take?" after the appeal must not get. */
const PAYMENT_TERM =
  /8 (weken|weeks|Wochen|tygodni) (om te betalen|to pay|Zeit|na zapłatę)|heeft u 8 weken|you have 8 weeks/;

const APPEAL: Record<Lang, { ask: string; howLong: string[]; says: RegExp[] }> = {
  nl: {
    ask: 'hoe maak ik bezwaar?',
    howLong: [
      'hoe lang duurt dat?',
      'hoelang duurt dat',
      'en hoe lang duurt het?',
      'duurt dat lang?',
      'hoe lang?',
    ],
    says: [/tot 16 weken/, /hoeft u de boete nog niet te betalen/],
  },
  en: {
    ask: 'how do I appeal my fine?',
    howLong: ['how long does that take?', 'and how long will it take', 'how long?', 'does that take long?'],
    says: [/up to 16 weeks/, /do not have to pay the fine yet/],
  },
  de: {
    ask: 'wie lege ich Einspruch ein?',
    howLong: ['wie lange dauert das?', 'und wie lange dauert es ungefähr?', 'dauert das lange?'],
    says: [/bis zu 16 Wochen/, /noch nicht bezahlen/],
  },
  pl: {
    ask: 'jak się odwołać od mandatu?',
    howLong: ['jak długo to trwa?', 'jak długo to potrwa?', 'ile to potrwa?'],
    says: [/do 16 tygodni/, /nie trzeba jeszcze płacić/],
  },
};

describe('how long that takes, right after an answer', () => {
  const assistant = useTestApp(FAST_TYPIST);

  describe.each(['nl', 'en', 'de', 'pl'] as Lang[])('%s, after the appeal', (lang) => {
    it.each(APPEAL[lang].howLong)('"%s": the decision time and nothing to pay meanwhile', async (howLong) => {
      const [, reply] = await answersTo(assistant, LOCALE[lang], APPEAL[lang].ask, howLong);
      for (const fact of APPEAL[lang].says) expect(reply).toMatch(fact);
      expect(reply).not.toMatch(PAYMENT_TERM);
      // The short answer, not the whole appeal text once more.
      expect(reply).not.toMatch(/Parket CVOM|Digitaal Loket Verkeer/);
    });
  });

  it('nl, after the lookup’s "Bezwaar maken": the same short answer', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    for (const line of ['boete opzoeken', '9698948614580658', '8911 AB', 'Bezwaar maken']) await c.say(line);
    const reply = (await c.say('hoe lang duurt dat?')).map((a) => a.text ?? '').join('\n');
    expect(reply).toMatch(/tot 16 weken/);
    expect(reply).not.toMatch(PAYMENT_TERM);
  });

  it.each([
    ['nl-NL', 'boete opzoeken', 'hoe lang duurt dat?', /tot 16 weken/],
    ['en-GB', 'look up my fine', 'and how long does that take?', /up to 16 weeks/],
  ])(
    '%s, after a lookup that shows a fine under appeal: the appeal’s decision time',
    async (locale, start, howLong, weeks) => {
      const c = await assistant.open({ locale });
      for (const line of [start, '4516092382100863', '5611 EZ']) await c.say(line);
      const reply = (await c.say(howLong)).map((a) => a.text ?? '').join('\n');
      expect(reply).toMatch(weeks);
      expect(reply).not.toMatch(PAYMENT_TERM);
    },
  );

  it('nl, after "appeal and instalments": the officier’s 16 weeks', async () => {
    const [first, reply] = await answersTo(
      assistant,
      'nl-NL',
      'ik ga in beroep, kan ik dan ook een betalingsregeling krijgen?',
      'hoe lang duurt dat?',
    );
    expect(first).toMatch(/geen betalingsregeling/);
    expect(reply).toMatch(/tot 16 weken/);
  });

  it.each([
    [
      'nl-NL',
      'ik heb schulden en kan niet betalen, wat is een noodstop?',
      'hoe lang duurt dat?',
      [/4 maanden/, /8 maanden/],
    ],
    ['en-GB', 'what is the emergency stop (noodstop)?', 'how long does that last?', [/4 months/, /8 months/]],
    [
      'nl-NL',
      'ik ben slachtoffer, wanneer krijg ik mijn schadevergoeding?',
      'hoe lang duurt dat?',
      [/8 maanden/, /voorschot/],
    ],
    [
      'en-GB',
      'what can the CJIB do if I keep not paying?',
      'how long does that take?',
      [/4 weeks/, /7 days/],
    ],
    [
      'nl-NL',
      'wat kan het CJIB doen als ik blijf weigeren te betalen?',
      'hoe lang duurt dat?',
      [/4 weken/, /7 dagen/],
    ],
  ])('%s: "%s" then "%s" gets that topic’s duration', async (locale, ask, howLong, facts) => {
    const [, reply] = await answersTo(assistant, locale, ask, howLong);
    for (const fact of facts) expect(reply).toMatch(fact);
    expect(reply).not.toMatch(PAYMENT_TERM);
  });

  it('nl, after how to pay (no duration known): the honest answer, not the payment term', async () => {
    const [, reply] = await answersTo(assistant, 'nl-NL', 'hoe kan ik betalen?', 'hoe lang duurt dat?');
    expect(reply).toMatch(/geen betrouwbare informatie/);
    expect(reply).not.toMatch(PAYMENT_TERM);
  });

  it('nl on SMS, after the noodstop: its duration in short, not the whole noodstop text again', async () => {
    const c = await assistant.open({ channelId: 'sms', locale: 'nl-NL' });
    await c.say('ik heb schulden en kan mijn boetes niet betalen');
    const [answer] = await c.say('en hoe lang duurt dat?');
    expect(answer.text).toMatch(/De noodstop duurt 4 maanden/);
    expect(answer.text).toMatch(/8 maanden/);
    // The whole answer's other parts (what happens during it) are not sent again.
    expect(answer.text).not.toMatch(/Tijdens de noodstop/);
  });

  it('nl on the phone, after the appeal: the 16 weeks are heard, then "did this help?"', async () => {
    const c = await assistant.open({ channelId: 'telephony', locale: 'nl-NL' });
    await c.say('hoe maak ik bezwaar?');
    const heard = heardSentences(await c.say('hoe lang duurt dat?'));
    expect(heard).toMatch(/tot 16 weken/);
    expect(heard).toMatch(/geholpen/);
  });
});
