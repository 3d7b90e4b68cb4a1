/**
 * The welcome on the phone, through the HTTP endpoint: short enough to hear before the caller may
 * speak (a computer said in the first sentence, what it does, the menu with a person in it).
 */
import { useStaffedApp } from '../support/appForTests';
import { LOCALE, type Lang } from '../support/languages';
import { spokenSentences } from '../support/testApp';

const COMPUTER: Record<Lang, RegExp> = { nl: /computer/, en: /computer/, de: /Computer/, pl: /komputer/ };
const PERSON: Record<Lang, RegExp> = {
  nl: /Medewerker spreken/,
  en: /Talk to a person/,
  de: /Mitarbeiter sprechen/,
  pl: /Rozmowa z pracownikiem/,
};

describe('the welcome on the phone', () => {
  const assistant = useStaffedApp();

  it.each(['nl', 'en', 'de', 'pl'] as Lang[])('%s: says it is a computer at once, and is short', async (lang) => {
    const c = assistant.app.conversation({ channelId: 'telephony', locale: LOCALE[lang] });
    const sentences = spokenSentences(await c.start());
    expect(sentences[0]).toMatch(COMPUTER[lang]);
    expect(sentences.join(' ')).toMatch(PERSON[lang]);
    const words = sentences.join(' ').split(/\s+/).length;
    expect(words).toBeLessThanOrEqual(45);
    expect(sentences.length).toBeLessThanOrEqual(7);
  });

  it('nl: "1" after it still starts the lookup', async () => {
    const c = await assistant.open({ channelId: 'telephony', locale: 'nl-NL' });
    expect(spokenSentences(await c.say('1')).join(' ')).toMatch(/CJIB-nummer/);
  });
});
