/**
 * "Kan ik contant betalen?": DOMAIN.md §2.2 names no way to pay in cash, so the assistant does not
 * say yes or no: cash is not among the ways it knows, here are the ways there are, and a person can
 * help with other questions about paying. Chat, SMS and the phone, in every language.
 */
import type { Activity } from 'botbuilder';
import { spokenSentences, textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

type Lang = 'nl' | 'en' | 'de' | 'pl';
const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB', de: 'de-DE', pl: 'pl-PL' };

const CASES: [Lang, string, RegExp, RegExp][] = [
  ['nl', 'kan ik contant betalen?', /Contant betalen staat niet bij de manieren van betalen die ik ken/, /medewerker/],
  ['nl', 'mag ik de boete cash betalen', /Contant betalen staat niet bij/, /medewerker/],
  ['en', 'can I pay in cash?', /Paying in cash is not among the ways to pay that I know of/, /member of staff/],
  ['de', 'Kann ich bar bezahlen?', /Bar zahlen gehört nicht zu den Zahlungswegen, die ich kenne/, /Mitarbeiter/],
  ['de', 'Kann ich das Bußgeld auch in bar zahlen?', /Bar zahlen gehört nicht zu den Zahlungswegen/, /Mitarbeiter/],
  ['pl', 'czy mogę zapłacić gotówką?', /Płatności gotówką nie ma wśród znanych mi sposobów płatności/, /pracownik/],
];

/** The ways DOMAIN.md names: iDEAL (the QR code) and a bank transfer. */
const WAYS: Record<Lang, RegExp[]> = {
  nl: [/iDEAL/, /overboeking|maak het bedrag over/],
  en: [/iDEAL/, /bank transfer|transfer the amount/],
  de: [/iDEAL/, /Überweisung|überweisen/],
  pl: [/iDEAL/, /[Pp]rzelew/],
};

/** Nothing that says cash works, or that it never does: neither is in DOMAIN.md. */
const CLAIMS_ABOUT_CASH =
  /contant betalen (kan|is mogelijk)|kunt (ook )?contant|can pay (in )?cash|cash is (possible|accepted)|können (auch )?bar|gotówką (można|jest możliwa)|kan niet contant|cannot pay (in )?cash|nicht bar (be)?zahlen|nie można (za)?płacić gotówką/i;

describe('paying in cash', () => {
  const assistant = useTestApp(FAST_TYPIST);

  async function ask(channelId: string, lang: Lang, line: string): Promise<Activity[]> {
    const c = await assistant.open({ channelId, locale: LOCALE[lang] });
    return c.say(line);
  }

  it.each(CASES)('%s chat: "%s"', async (lang, line, lead, person) => {
    const text = textOf(await ask('webchat', lang, line));
    expect(text).toMatch(lead);
    expect(text).toMatch(person);
    for (const way of WAYS[lang]) expect(text).toMatch(way);
    expect(text).not.toMatch(CLAIMS_ABOUT_CASH);
  });

  it.each(CASES)('%s phone: "%s"', async (lang, line, lead, person) => {
    const said = spokenSentences(await ask('telephony', lang, line)).join(' ');
    expect(said).toMatch(lead);
    expect(said).toMatch(person);
    for (const way of WAYS[lang]) expect(said).toMatch(way);
    expect(said).not.toMatch(/https?:|cjib\.nl/);
  });

  it.each(CASES.filter((c, i) => CASES.findIndex((d) => d[0] === c[0]) === i))(
    '%s SMS: "%s" without a link',
    async (lang, line, lead) => {
      const text = textOf(await ask('sms', lang, line));
      expect(text).toMatch(lead);
      expect(text).not.toMatch(/https?:/);
    },
  );

  it('after the answer on paying, "en contant?" hears it too', async () => {
    const c = await assistant.open({ channelId: 'webchat', locale: 'nl-NL' });
    await c.say('hoe betaal ik?');
    expect(textOf(await c.say('kan ik ook contant betalen?'))).toMatch(/Contant betalen staat niet bij/);
  });

  it('"hoe betaal ik?" alone does not hear about cash', async () => {
    expect(textOf(await ask('webchat', 'nl', 'hoe betaal ik?'))).not.toMatch(/[Cc]ontant/);
  });
});
