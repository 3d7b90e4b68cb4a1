/**
 * Sentences a caller hears as one: two fines named in a sentence are joined with "en"/"and" and
 * start in lower case ("Voor snelheidsovertreding … en door rood licht rijden is …", was "Voor
 * Snelheidsovertreding …, Door rood licht rijden is …"), and words in brackets are said as a clause,
 * never with the brackets ("(referentie BR, …)").
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { heardSentences } from '../support/replyText';

const { D13 } = DEMO_DEBTORS;

describe('a request on file for two fines, said on the phone', () => {
  const assistant = useTestApp(FAST_TYPIST, {}, 'test');

  it.each<[string, string, string, RegExp]>([
    ['nl-NL', 'betalingsregeling', 'ja', /Voor snelheidsovertreding [^.]* en door rood licht rijden is op/],
    ['en-GB', 'payment arrangement', 'yes', /for speeding [^.]* and running a red light on/],
  ])('%s', async (locale, ask, yes, sentence) => {
    const c = await assistant.open({ channelId: 'telephony', locale });
    for (const line of [ask, D13.number, D13.postcode, yes, '0612345678', yes]) await c.say(line);
    const again = await c.say(locale === 'nl-NL' ? 'boete opzoeken' : 'look up my fine');
    const said = heardSentences(again);
    expect(said).toMatch(sentence);
    expect(said).not.toMatch(/[()]/);
    expect(again.map((a) => a.speak ?? '').join('')).not.toMatch(/[()]/);
  });
});

describe('the bailiff at the door, said on the phone', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'er staat een deurwaarder voor de deur', /Kunt u niet alles betalen\?/, /niet, alles,/],
    ['en-GB', 'there is a bailiff at my door', /Can you not pay all of it\?/, /pay, all of, it/],
    ['de-DE', 'der Gerichtsvollzieher steht vor der Tür', /Können Sie nicht alles zahlen\?/, /nicht, alles,/],
    ['pl-PL', 'komornik stoi pod drzwiami', /zapłacić całości\?/, /zapłacić, całości/],
  ])(
    '%s: "cannot pay (all of) it" is one plain question, no clause between commas',
    async (locale, said, plain, clause) => {
      const c = await assistant.open({ channelId: 'telephony', locale });
      const heard = heardSentences(await c.say(said));
      expect(heard).toMatch(plain);
      expect(heard).not.toMatch(clause);
    },
  );
});
