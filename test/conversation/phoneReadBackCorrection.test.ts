/**
 * On the phone the caller hears what was understood and corrects only what is wrong: the CJIB
 * number is read back when taken, both details when they match no fine, and "het laatste cijfer is
 * een acht, geen zes" corrects that one digit of the number heard (at "is the number right?", at the
 * postcode question, and after no match), instead of "Dat lijkt geen CJIB-nummer" or all sixteen
 * digits asked again. A "ja" to the number read back confirms it: the postcode is asked again kindly.
 */
import { useStaffedApp } from '../support/appForTests';
import { heardSentences as heard } from '../support/replyText';

type Lang = 'nl' | 'en' | 'de' | 'pl';
const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-US', de: 'de-DE', pl: 'pl-PL' };
const LOOK_UP: Record<Lang, string> = {
  nl: 'boete opzoeken',
  en: 'look up my fine',
  de: 'Bußgeld nachsehen',
  pl: 'sprawdzić mój mandat',
};
/** D01's number (…0658) said with a six at the end: the check digit fails, so it is read back. */
const SAID_WRONG: Record<Lang, string> = {
  nl: 'negen zes negen acht negen vier acht zes een vier vijf acht nul zes vijf zes',
  en: 'nine six nine eight nine four eight six one four five eight zero six five six',
  de: 'neun sechs neun acht neun vier acht sechs eins vier fünf acht null sechs fünf sechs',
  pl: 'dziewięć sześć dziewięć osiem dziewięć cztery osiem sześć jeden cztery pięć osiem zero sześć pięć sześć',
};
const CORRECTION: Record<Lang, string> = {
  nl: 'nee wacht, het is een acht op het eind, geen zes',
  en: "no wait it's an eight at the end not a six",
  de: 'nein, die letzte Ziffer ist eine Acht, nicht Sechs',
  pl: 'nie, ostatnia cyfra to osiem, nie sześć',
};
const POSTCODE: Record<Lang, string> = {
  nl: 'acht negen een een a b',
  en: 'eight nine one one a b',
  de: 'acht neun eins eins a be',
  pl: 'osiem dziewięć jeden jeden a be',
};
const FOUND: Record<Lang, RegExp> = {
  nl: /Dit heb ik voor u gevonden/,
  en: /This is what I found/,
  de: /gefunden/,
  pl: /znalazł/i,
};
const RIGHT_SPOKEN = '9 6 9 8, 9 4 8 6, 1 4 5 8, 0 6 5 8';

describe('the phone reads back what it heard and takes a correction of one digit', () => {
  const assistant = useStaffedApp();
  const caller = (lang: Lang) => assistant.open({ channelId: 'telephony', locale: LOCALE[lang] });

  it.each<Lang>(['nl', 'en', 'de', 'pl'])(
    '%s: "the last digit is an eight, not a six" at "is the number right?"',
    async (lang) => {
      const c = await caller(lang);
      await c.say(LOOK_UP[lang]);
      expect(heard(await c.say(SAID_WRONG[lang]))).toContain('0 6 5 6');
      const corrected = heard(await c.say(CORRECTION[lang]));
      expect(corrected).toContain(RIGHT_SPOKEN);
      expect(heard(await c.say(POSTCODE[lang]))).toMatch(FOUND[lang]);
    },
  );

  it('nl: the number is read back when it is taken', async () => {
    const c = await caller('nl');
    await c.say('boete opzoeken');
    const taken = heard(await c.say(SAID_WRONG.nl.replace(/zes$/, 'acht')));
    expect(taken).toContain(`Ik heb genoteerd: ${RIGHT_SPOKEN}`);
    expect(taken).toMatch(/postcode/);
  });

  it('nl: after no match both details are read back, and one digit corrected finds the fine', async () => {
    const c = await caller('nl');
    await c.say('boete opzoeken');
    await c.say('negen zes negen acht negen vier acht zes een vier vijf acht nul zes vijf vijf');
    await c.say('ja');
    const none = heard(await c.say('acht negen een een a b'));
    expect(none).toContain('0 6 5 5');
    expect(none).toContain('postcode 8 9 1 1 A B');
    const found = heard(await c.say('nee wacht het laatste cijfer is een acht geen vijf'));
    expect(found).not.toMatch(/Dat lijkt geen CJIB-nummer/);
    expect(found).toContain(RIGHT_SPOKEN);
    expect(found).toMatch(/Dit heb ik voor u gevonden/);
  });

  it('nl: a postcode heard wrong ("achtentachtig elf a be") is read back and corrected on its own', async () => {
    const c = await caller('nl');
    await c.say('boete opzoeken');
    await c.say(SAID_WRONG.nl.replace(/zes$/, 'acht'));
    const none = heard(await c.say('achtentachtig elf a be'));
    expect(none).toContain('postcode 8 8 1 1 A B');
    expect(heard(await c.say('acht negen een een a b'))).toMatch(/Dit heb ik voor u gevonden/);
  });

  it('nl: a digit corrected at the postcode question', async () => {
    const c = await caller('nl');
    await c.say('boete opzoeken');
    await c.say(SAID_WRONG.nl);
    await c.say('ja');
    const corrected = heard(await c.say('sorry, het laatste cijfer is een acht, geen zes'));
    expect(corrected).toContain(RIGHT_SPOKEN);
    expect(heard(await c.say('acht negen een een a b'))).toMatch(/Dit heb ik voor u gevonden/);
  });

  it.each<[Lang, string, RegExp]>([
    ['nl', 'ja klopt', /^Goed\. Wat is de postcode/],
    ['en', 'yes', /^Good\. What is the postcode/],
    ['de', 'ja genau', /^Gut\. Wie lautet die Postleitzahl/],
    ['pl', 'tak', /^Dobrze\. Jaki jest kod pocztowy/],
  ])(
    '%s: "%s" after the corrected number is read back confirms it: the postcode asked kindly',
    async (lang, yes, asked) => {
      const c = await caller(lang);
      await c.say(LOOK_UP[lang]);
      await c.say(SAID_WRONG[lang]);
      expect(heard(await c.say(CORRECTION[lang]))).toContain(RIGHT_SPOKEN);
      const again = heard(await c.say(yes));
      expect(again).toMatch(asked);
      expect(again).not.toMatch(/herken ik niet|do not recognise|erkenne ich nicht|Nie rozpoznaję/);
      expect(heard(await c.say(POSTCODE[lang]))).toMatch(FOUND[lang]);
    },
  );
});
