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
