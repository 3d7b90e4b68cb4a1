/**
 * A caller cannot type: on the phone every instruction says "zeg of toets" ("say or key in"), never
 * "typ"/"type"/"tippen"/"wpisać", in all four languages; web chat keeps its typing instructions.
 */
import type { Activity } from 'botbuilder';
import { startTestApp, textOf, type TestApp, type TestConversation } from '../support/testApp';

const D09 = { number: '1852906095141302', postcode: '7511 JE' };

/** Words that tell the citizen to type, in the four languages. */
const TYPING = /\b(typ|typt|type|typing|tippen|eintippen|abtippen|wpisać|wpisz|napisać|przepisać)\b/i;

/** What a caller hears: the text and the SSML of every reply. */
function heard(replies: Partial<Activity>[]): string {
  return replies.map((a) => `${a.text ?? ''}\n${a.speak ?? ''}`).join('\n');
}

describe('instructions a caller hears on the phone', () => {
  let app: TestApp;

  beforeAll(async () => {
    // Outside office hours, so asking for a person offers a call back (and asks a phone number).
    app = await startTestApp({ RATE_LIMIT_CONVERSATION_BURST: '100', OFFICE_HOURS: 'sun 03:00-03:01' });
  });
  afterAll(async () => {
    await app?.close();
  });

  async function call(locale: string): Promise<TestConversation> {
    const c = app.conversation({ channelId: 'telephony', locale });
    await c.start();
    return c;
  }

  it('nl: a CJIB number that is not one asks to say or key in the digits; web chat still says "Typ"', async () => {
    const phone = await call('nl-NL');
    await phone.say('Ik wil mijn boete opzoeken');
    const retry = heard(await phone.say('12 34'));
    expect(retry).toMatch(/Zeg de cijfers of toets ze in/);
    expect(retry).not.toMatch(TYPING);

    const chat = app.conversation({ channelId: 'webchat', locale: 'nl-NL' });
    await chat.start();
    await chat.say('Ik wil mijn boete opzoeken');
    expect(textOf(await chat.say('12 34'))).toMatch(/Typ de cijfers; spaties of punten mogen/);
  });

  it('en: the CJIB number question on the phone says "key them in", not "type"', async () => {
    const phone = await call('en-GB');
    const asked = heard(await phone.say('I want to look up my fine'));
    expect(asked).toMatch(/say the digits or key them in/i);
    expect(asked).not.toMatch(TYPING);
    const retry = heard(await phone.say('12 34'));
    expect(retry).toMatch(/Say the digits or key them in/);
    expect(retry).not.toMatch(TYPING);
  });

  it('en and nl: an empty message or "?" on the phone asks to say the question', async () => {
    const en = await call('en-GB');
    const empty = heard(await en.say('🙂'));
    expect(empty).toMatch(/say your question in your own words/i);
    expect(empty).not.toMatch(TYPING);

    const nl = await call('nl-NL');
    const help = heard(await nl.say('?'));
    expect(help).toMatch(/Zeg uw vraag in uw eigen woorden/);
    expect(help).not.toMatch(TYPING);
    expect(help).not.toMatch(/\n- /);
  });

  it('pl: a contact that is not one, during a payment arrangement, asks to say it (no "wpisać")', async () => {
    const phone = await call('pl-PL');
    await phone.say('Chcę rozłożyć płatność na raty');
    await phone.say(D09.number);
    await phone.say(D09.postcode);
    expect(heard(await phone.say('tak'))).toMatch(/adresem e-mail lub numerem telefonu/);
    const retry = heard(await phone.say('12 34'));
    expect(retry).toMatch(/Proszę powiedzieć numer telefonu albo wybrać go na klawiaturze telefonu/);
    expect(retry).not.toMatch(TYPING);
  });

  it('de and pl: a phone number for the call back that is not one asks to say it', async () => {
    const de = await call('de-DE');
    await de.say('Ich möchte mit einem Mitarbeiter sprechen');
    await de.say('ja');
    const deRetry = heard(await de.say('weiß nicht so recht'));
    expect(deRetry).toMatch(/Sagen Sie die Nummer/);
    expect(deRetry).not.toMatch(TYPING);

    const pl = await call('pl-PL');
    await pl.say('Chcę rozmawiać z pracownikiem');
    await pl.say('tak');
    const plRetry = heard(await pl.say('nie wiem dokładnie'));
    expect(plRetry).toMatch(/Proszę powiedzieć numer/);
    expect(plRetry).not.toMatch(TYPING);
  });

  it.each([
    ['nl-NL', 'ik kan niet goed lezen, ik heb een brief gekregen', /Zeg die cijfers, of toets ze in/],
    ['en-GB', "I can't read very well, I got a letter", /Say those digits, or key them in/],
    ['de-DE', 'Ich kann nicht so gut lesen, ich habe einen Brief bekommen', /Sagen Sie diese Ziffern/],
    ['pl-PL', 'nie umiem dobrze czytać, dostałem list', /Proszę powiedzieć te cyfry/],
  ])(
    '%s: "I cannot read well" asks to say or key in the number, not to type it',
    async (locale, said, spoken) => {
      const phone = await call(locale);
      const reply = heard(await phone.say(said));
      expect(reply).toMatch(spoken);
      expect(reply).not.toMatch(TYPING);
    },
  );

  it.each([
    [
      'en-GB',
      "I don't speak Dutch, I got a letter from the CJIB",
      /Say the CJIB number, or key it in/,
      /postcode/,
    ],
    [
      'de-DE',
      'Ich spreche kein Niederländisch, ich habe einen Brief vom CJIB bekommen',
      /Sagen Sie die CJIB-Nummer/,
      /Postleitzahl/,
    ],
    [
      'pl-PL',
      'nie mówię po niderlandzku, dostałem list z CJIB',
      /Proszę powiedzieć numer CJIB/,
      /kod pocztowy/,
    ],
  ])(
    '%s: a letter in Dutch on the phone: say the number (not type it), and the number said is taken',
    async (locale, said, spoken, postcode) => {
      const phone = await call(locale);
      const reply = heard(await phone.say(said));
      expect(reply).toMatch(spoken);
      expect(reply).not.toMatch(TYPING);
      expect(heard(await phone.say(D09.number))).toMatch(postcode);
    },
  );
});
