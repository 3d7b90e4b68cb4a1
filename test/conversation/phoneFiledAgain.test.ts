/**
 * A caller whose arrangement request was filed earlier in the call asks for it once more (or says
 * "ja" again right after the reference, or asks its reference, whether it was sent, how long the
 * decision takes): that is answered, and the call goes on with a question and its choices, as every
 * other ending does, never a statement and silence.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { LOCALE, type Lang } from '../support/languages';
import { heardSentences } from '../support/replyText';
import { textOf, type TestConversation } from '../support/testApp';

const D01 = DEMO_DEBTORS.D01;

/** Per language: the request, yes, a contact, the "already requested" words and the question after them. */
const CALLS: Record<Lang, { ask: string; yes: string; already: RegExp; question: RegExp }> = {
  nl: {
    ask: 'ik wil een betalingsregeling',
    yes: 'ja',
    already: /al aangevraagd/,
    question: /Waarmee kan ik u nog helpen\?/,
  },
  en: {
    ask: 'I want a payment plan',
    yes: 'yes',
    already: /already requested/,
    question: /What else can I help you with\?/,
  },
  de: {
    ask: 'ich möchte eine Ratenzahlung',
    yes: 'ja',
    already: /bereits beantragt/,
    question: /Wobei kann ich Ihnen noch helfen\?/,
  },
  pl: {
    ask: 'chcę rozłożyć mandat na raty',
    yes: 'tak',
    already: /już wniosek/,
    question: /W czym jeszcze mogę pomóc\?/,
  },
};

describe('an arrangement asked for again after it was filed, on the phone', () => {
  // A debtor's request is filed once per back office: every case gets its own app.
  const assistant = useTestApp(FAST_TYPIST, {}, 'test');

  async function fileByPhone(lang: Lang): Promise<TestConversation> {
    const { ask, yes } = CALLS[lang];
    const c = await assistant.open({ channelId: 'telephony', locale: LOCALE[lang] });
    for (const line of [ask, D01.number, D01.postcode, yes, '0612345678']) await c.say(line);
    const filed = await c.say(yes);
    expect(textOf(filed)).toMatch(/BR-2026-\d{8}|BR, 2026/);
    // The filing itself ends with the question too.
    expect(heardSentences(filed)).toMatch(CALLS[lang].question);
    return c;
  }

  it.each(['nl', 'en', 'de', 'pl'] as Lang[])(
    '%s: the request again ends with a question the caller hears',
    async (lang) => {
      const c = await fileByPhone(lang);
      const replies = await c.say(CALLS[lang].ask);
      const heard = heardSentences(replies);
      expect(heard).toMatch(CALLS[lang].already);
      expect(heard).toMatch(CALLS[lang].question);
      expect(replies.filter((a) => a.type === 'message').at(-1)?.inputHint).toBe('expectingInput');
    },
  );

  it('nl: "ja" once more right after the reference also ends with a question, then the lookup is a choice', async () => {
    const c = await fileByPhone('nl');
    const replies = await c.say('ja');
    const heard = heardSentences(replies);
    expect(heard).toMatch(/al aangevraagd/);
    expect(heard).toMatch(/Waarmee kan ik u nog helpen\?/);
    expect(replies.filter((a) => a.type === 'message').at(-1)?.inputHint).toBe('expectingInput');
    // The choices offered are read against the next answer: "1" is the lookup, without a number asked again.
    expect(textOf(await c.say('1'))).toMatch(/€ 129,00|129 euro/);
  });

  it.each([
    ['wat was mijn referentienummer ook alweer?', /referentienummer is/],
    ['hoe lang duurt het besluit?', /per brief/],
    ['is mijn aanvraag verstuurd?', /Ja, uw aanvraag is verstuurd/],
  ])(
    'nl: "%s" about the filed request is answered, then a question the caller hears',
    async (asked, answer) => {
      const c = await fileByPhone('nl');
      const replies = await c.say(asked);
      const heard = heardSentences(replies);
      expect(heard).toMatch(answer);
      expect(heard).toMatch(/Waarmee kan ik u nog helpen\?/);
      expect(replies.filter((a) => a.type === 'message').at(-1)?.inputHint).toBe('expectingInput');
    },
  );

  it('nl on web chat: the same question with its choices', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    for (const line of ['betalingsregeling', D01.number, D01.postcode, 'ja', 'burger@example.nl', 'ja'])
      await c.say(line);
    const reply = textOf(await c.say('ik wil een betalingsregeling'));
    expect(reply).toMatch(/al aangevraagd/);
    expect(reply).toMatch(/Waarmee kan ik u nog helpen\?/);
    expect(reply).toMatch(/Mijn boete opzoeken/);
  });
});
