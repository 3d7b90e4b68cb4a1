/**
 * "Can the monthly amount of my existing arrangement go down, I lost my job" as the first message,
 * before any lookup: the answer the running arrangement gets after a lookup (the loss acknowledged,
 * a personal arrangement first, the noodstop only as the second way) and a person offered; not the
 * whole noodstop topic or the general job-loss answer. "Ja" hands over.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, STAFF_ALWAYS_IN, useTestApp } from '../support/appForTests';

const PERSONAL =
  /persoonlijke betalingsregeling|personal payment arrangement|persönliche Ratenzahlung|indywidualny plan/;
const LOSS = /baan kwijt|lost your job|Arbeit verloren|stracił\(a\) Pan\/Pani pracę/;
const PERSON = /medewerker spreken\?|member of staff\?|Mitarbeiter sprechen\?|z pracownikiem\?/;

describe('a lower instalment of a running arrangement asked before any lookup', () => {
  const assistant = useTestApp({ ...FAST_TYPIST, ...STAFF_ALWAYS_IN });

  it.each([
    ['webchat', 'nl-NL', 'kan het maandbedrag van mijn bestaande regeling omlaag, ik ben mijn baan kwijt'],
    ['sms', 'nl-NL', 'kan het maandbedrag van mijn bestaande regeling omlaag, ik ben mijn baan kwijt'],
    ['webchat', 'en-GB', 'can the monthly amount of my current arrangement be lowered? I lost my job'],
    [
      'webchat',
      'de-DE',
      'kann die Monatsrate meiner laufenden Ratenzahlung gesenkt werden, ich bin arbeitslos',
    ],
    ['webchat', 'pl-PL', 'czy można obniżyć ratę mojego obecnego planu spłaty? straciłem pracę'],
  ])('%s %s', async (channelId, locale, message) => {
    const c = await assistant.open({ channelId, locale });
    const reply = textOf(await c.say(message));
    expect(reply).toMatch(LOSS);
    expect(reply).toMatch(PERSONAL);
    expect(reply.search(PERSONAL)).toBeLessThan(reply.search(/noodstop/i));
    expect(reply).toMatch(PERSON);
    expect(reply).not.toMatch(/Vraag het CJIB dan om een noodstop|CJIB-nummer/);
  });

  it('nl: "ja" to the person offered hands over', async () => {
    const c = await assistant.open({ channelId: 'webchat', locale: 'nl-NL' });
    await c.say('kan het maandbedrag van mijn bestaande regeling omlaag, ik ben mijn baan kwijt');
    expect(textOf(await c.say('ja'))).toMatch(/wachtrij|terugbel/);
  });
});
