/**
 * A call keeps its language when the caller spells a postcode: "acht negen één één a be" reads as
 * English to a word list ("a", "be"), and the call used to go on in English. On the phone the language
 * changes when the caller asks for another one, not because of number- or letter-shaped input.
 */
import { useStaffedApp } from '../support/appForTests';
import { heardSentences as heard } from '../support/replyText';

const SPOKEN_D01 = {
  nl: 'negen zes negen acht negen vier acht zes een vier vijf acht nul zes vijf acht',
  de: 'neun sechs neun acht neun vier acht sechs eins vier fünf acht null sechs fünf acht',
  pl: 'dziewięć sześć dziewięć osiem dziewięć cztery osiem sześć jeden cztery pięć osiem zero sześć pięć osiem',
};

describe('a spoken postcode never changes the language of a call', () => {
  const assistant = useStaffedApp();

  it.each([
    'acht negen één één a be',
    'acht negen een een a be',
    'acht negen elf a be',
    'acht negen een een, a, b.',
  ])('nl: "%s" finds the fine in Dutch, and the call stays Dutch', async (postcode) => {
    const c = await assistant.open({ channelId: 'telephony', locale: 'nl-NL' });
    await c.say('boete opzoeken');
    await c.say(SPOKEN_D01.nl);
    const found = heard(await c.say(postcode));
    expect(found).toMatch(/Dit heb ik voor u gevonden/);
    expect(found).not.toMatch(/This is what I found|What would you like/);
    expect(heard(await c.say('hoe kan ik betalen'))).not.toMatch(/\b(the|you|your)\b/i);
  });

  it('nl: a postcode that is not on record ("achtentachtig elf a be") is answered in Dutch', async () => {
    const c = await assistant.open({ channelId: 'telephony', locale: 'nl-NL' });
    await c.say('boete opzoeken');
    await c.say(SPOKEN_D01.nl);
    const answer = heard(await c.say('achtentachtig elf a be'));
    expect(answer).toMatch(/Ik kan geen boete vinden|postcode/);
    expect(answer).not.toMatch(/\b(cannot|the|your)\b/i);
  });

  it('nl: after a corrected number, the postcode said first is kept in Dutch', async () => {
    const c = await assistant.open({ channelId: 'telephony', locale: 'nl-NL' });
    await c.say('boete opzoeken');
    await c.say('negen zes negen acht negen vier acht zes een vier vijf acht nul zes vijf zes');
    await c.say('nee wacht, het is een acht op het eind, geen zes');
    const answer = heard(await c.say('acht negen elf a be'));
    expect(answer).not.toMatch(/Thank you|\bthe\b/);
  });

  it.each<['de' | 'pl', string, string, RegExp]>([
    ['de', 'de-DE', 'acht neun eins eins a be', /gefunden|Bußgeld|zahlen/],
    ['pl', 'pl-PL', 'osiem dziewięć jeden jeden a be', /znalazł|mandat|zapłac/i],
  ])(
    '%s: the postcode spelled with "a be" keeps the call in its language',
    async (lang, locale, postcode, inLanguage) => {
      const c = await assistant.open({ channelId: 'telephony', locale });
      await c.say(lang === 'de' ? 'Bußgeld nachsehen' : 'sprawdzić mój mandat');
      await c.say(SPOKEN_D01[lang]);
      const answer = heard(await c.say(postcode));
      expect(answer).toMatch(inLanguage);
      expect(answer).not.toMatch(/This is what I found|What would you like/);
    },
  );
});
