/**
 * An e-mail address dictated on the phone with instructions ("zonder spatie", "all one word"): the
 * instructions are no part of the address read back and filed ("jan punt devries zonder spatie" was
 * read back as "devrieszonderspatie"). A name with accents ("müller", "łukasz") is kept whole, written
 * as in an address ("mueller", "lukasz"); only the part after its last accent was read back ("l l e r").
 */
import { useTestApp, FAST_TYPIST, STAFF_NEVER_IN } from '../support/appForTests';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { heardSentences as heard } from '../support/replyText';

const { D01 } = DEMO_DEBTORS;

describe('e-mail dictation on the phone', () => {
  const assistant = useTestApp({ ...FAST_TYPIST, ...STAFF_NEVER_IN }, {}, 'test');

  it.each<[string, string, string, string, RegExp]>([
    [
      'nl-NL',
      'betalingsregeling',
      'ja aanvragen',
      'jan punt de vries zonder spatie apenstaartje gmail punt com',
      /j a n, punt, d e v r, i e s, apenstaartje, gmail, punt, com/,
    ],
    [
      'en-US',
      'payment arrangement',
      'yes request it',
      'jan de vries all one word at gmail dot com',
      /j a n d, e v r i, e s, at, gmail, dot, com/,
    ],
    [
      'de-DE',
      'Ratenzahlung',
      'ja',
      'hans punkt müller at web punkt de',
      /h a n s, Punkt, m u e l, l e r, at, web, Punkt, de/,
    ],
    [
      'pl-PL',
      'rozłożenie na raty',
      'tak',
      'łukasz kropka wiśniewski małpa wp kropka pl',
      /l u k a, s z, kropka, w i s n, i e w s, k i, małpa, wp, kropka, pl/,
    ],
  ])('%s: the address read back without the dictation words', async (locale, start, yes, email, readBack) => {
    const c = await assistant.open({ channelId: 'telephony', locale });
    await c.say(start);
    await c.say(D01.number);
    await c.say(D01.postcode);
    await c.say(yes);
    const said = heard(await c.say(email));
    expect(said).toMatch(readBack);
    expect(said).not.toMatch(/zonder|spatie|oneword|one word/);
  });
});
