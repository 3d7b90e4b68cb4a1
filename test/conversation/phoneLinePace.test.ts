/**
 * What a caller asks of the line itself: "hallo?" at a yes/no question hears the question again (it
 * used to go back to the main menu), "uh" right after the welcome hears the menu without the notice
 * that this is a computer once more, and "kunt u wat langzamer praten" slows the voice for the rest
 * of the call and says the last prompt again (it used to list what the assistant can do). A bare
 * "slower please" slows it too (it was only said again), and "sorry, what was that?" hears the
 * question again (it listed what the assistant can do).
 */
import { useStaffedApp } from '../support/appForTests';
import { heardSentences as heard } from '../support/replyText';

type Lang = 'nl' | 'en' | 'de' | 'pl';
const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-US', de: 'de-DE', pl: 'pl-PL' };
const CALL: Record<
  Lang,
  { lookUp: string; hello: string; slower: string; question: RegExp; notice: RegExp }
> = {
  nl: {
    lookUp: 'boete opzoeken',
    hello: 'hallo? bent u daar nog?',
    slower: 'kunt u wat langzamer praten',
    question: /CJIB-nummer/,
    notice: /een computer/,
  },
  en: {
    lookUp: 'look up my fine',
    hello: 'hello? are you still there?',
    slower: 'could you speak more slowly please',
    question: /CJIB number/,
    notice: /a computer/,
  },
  de: {
    lookUp: 'Bußgeld nachsehen',
    hello: 'hallo? sind Sie noch da?',
    slower: 'bitte langsamer sprechen',
    question: /CJIB-Nummer/,
    notice: /Computer/,
  },
  pl: {
    lookUp: 'sprawdzić mój mandat',
    hello: 'halo? jest tam ktoś?',
    slower: 'proszę mówić wolniej',
    question: /numer CJIB/,
    notice: /komputer/,
  },
};

describe('the line itself: hallo?, slower, and the welcome again', () => {
  const assistant = useStaffedApp();
  const caller = (lang: Lang) => assistant.open({ channelId: 'telephony', locale: LOCALE[lang] });

  it.each<Lang>(['nl', 'en', 'de', 'pl'])(
    '%s: "hallo?" at a question hears the question again',
    async (lang) => {
      const c = await caller(lang);
      await c.say(CALL[lang].lookUp);
      const again = heard(await c.say(CALL[lang].hello));
      expect(again).toMatch(CALL[lang].question);
      // Someone is there: said first, not "I will say that again".
      expect(again).toMatch(/^(Ja, ik ben er|Yes, I am here|Ja, ich bin da|Tak, jestem)/);
      expect(again).not.toMatch(/Ik herhaal het|I will say that again|Ich wiederhole|Powtarzam/);
    },
  );

  it.each<Lang>(['nl', 'en', 'de', 'pl'])(
    '%s: slower for the rest of the call, and the prompt again',
    async (lang) => {
      const c = await caller(lang);
      await c.say(CALL[lang].lookUp);
      const slower = await c.say(CALL[lang].slower);
      expect(heard(slower)).toMatch(CALL[lang].question);
      expect(slower.map((a) => a.speak ?? '').join('')).toContain('<prosody rate="slow">');
      const next = await c.say('9698948614580658');
      expect(
        next
          .filter((a) => a.type === 'message')
          .every((a) => (a.speak ?? '').includes('<prosody rate="slow">')),
      ).toBe(true);
    },
  );

  it.each(['slower please', 'a bit more slowly please'])(
    'en: "%s" at the welcome slows the voice',
    async (said) => {
      const c = await caller('en');
      const slower = await c.say(said);
      expect(heard(slower)).toMatch(/more slowly/);
      expect(heard(slower)).toMatch(/Look up my fine/);
      expect(slower.map((a) => a.speak ?? '').join('')).toContain('<prosody rate="slow">');
    },
  );

  it.each<[Lang, string]>([
    ['en', 'sorry, what was that?'],
    ['en', 'uh I missed that'],
    ['de', 'Entschuldigung, was war das?'],
    ['pl', 'przepraszam, co to było?'],
  ])('%s: "%s" at the question hears the question again', async (lang, said) => {
    const c = await caller(lang);
    await c.say(CALL[lang].lookUp);
    const again = heard(await c.say(said));
    expect(again).toMatch(/^(I will say that again|Ich wiederhole|Powtarzam)/);
    expect(again).toMatch(CALL[lang].question);
    expect(again).not.toMatch(/I can look up|Ich kann|Mogę sprawdzić/);
  });

  it('nl: "uh" after the welcome hears the menu, not the notice again', async () => {
    const c = await caller('nl');
    const again = heard(await c.say('uh'));
    expect(again).toMatch(/Mijn boete opzoeken/);
    expect(again).not.toMatch(CALL.nl.notice);
  });

  it('nl: "hallo?" at "Wilt u nu een medewerker spreken?" asks that again', async () => {
    const c = await caller('nl');
    await c.say('ik kan mijn boete niet betalen ik heb geen geld meer');
    const offered = heard(await c.say('hallo?'));
    expect(offered).toMatch(/medewerker/);
    expect(offered).not.toMatch(/Mijn boete opzoeken/);
  });
});
