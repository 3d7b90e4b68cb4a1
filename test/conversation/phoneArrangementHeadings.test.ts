/**
 * The arrangement flow on the phone speaks in sentences: the headings written over a list or a card
 * ("Niet in de nieuwe regeling", "In de nieuwe regeling", "Uw lopende betalingsregeling") are not
 * read out on their own, and a card's labels are not read as "Referentie: …, Aantal termijnen: …".
 * Whole conversations over HTTP in every language; chat keeps its headings and card.
 */
import type { Activity } from 'botbuilder';
import { loadLocaleResources } from '../../bot/i18n';
import { isBareHeading } from '../support/cardHeadings';
import { spokenSentences, textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

type Lang = 'nl' | 'en' | 'de' | 'pl';
const LANGS: Lang[] = ['nl', 'en', 'de', 'pl'];
const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB', de: 'de-DE', pl: 'pl-PL' };

/** Demo debtors (data/collection-demo.json). */
const APPEALING = { number: '4516092382100863', postcode: '5611EZ' };
const WITH_BAILIFF = { number: '1859977345740978', postcode: '9711LM' };
const IN_ARRANGEMENT = { number: '1859501187398067', postcode: '6511PP' };
const TWO_OPEN = { number: '3338082450532785', postcode: '3512KL' };

const ASK_ARRANGEMENT: Record<Lang, string> = {
  nl: 'ik wil in termijnen betalen',
  en: 'I want to pay in instalments',
  de: 'Ich möchte in Raten zahlen',
  pl: 'chcę zapłacić w ratach',
};
const WHICH_FINES: Record<Lang, string> = {
  nl: 'welke boetes zitten erin?',
  en: 'which fines are included?',
  de: 'welche Bußgelder sind dabei?',
  pl: 'jakie mandaty są w planie?',
};

const resources = loadLocaleResources();
interface ArrangementTexts {
  existing: Record<string, string>;
  plan: { total: string; months: string; firstDue: string };
}
const texts = (lang: Lang): ArrangementTexts => resources[lang].arrangement as unknown as ArrangementTexts;

/** A card's label read before its value: "Referentie: …", "Aantal termijnen: 9". */
function labels(lang: Lang): RegExp {
  const t = texts(lang);
  const words = [
    t.existing.reference,
    t.existing.months,
    t.existing.monthly,
    t.existing.paid,
    t.existing.left,
    t.plan.total,
    t.plan.months,
    t.plan.firstDue,
  ];
  return new RegExp(`(^|[.] )(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}):`);
}

/** Every sentence heard is a sentence: no bare heading, no "label: value" of a card. */
function expectSentences(replies: Activity[], lang: Lang): string {
  const heard = spokenSentences(replies);
  for (const sentence of heard) {
    expect({ sentence, bare: isBareHeading(sentence, lang) }).toEqual({ sentence, bare: false });
    expect(sentence).not.toMatch(labels(lang));
  }
  return heard.join(' ');
}

const REASON_SAID: Record<Lang, { appeal: RegExp; bailiff: RegExp; cannot: RegExp }> = {
  nl: { appeal: /beroep ingesteld/, bailiff: /bij de deurwaarder/, cannot: /Deze boete kan niet in de regeling: / },
  en: { appeal: /You have appealed/, bailiff: /with the bailiff/, cannot: /This fine cannot be in the arrangement: / },
  de: {
    appeal: /Einspruch eingelegt/,
    bailiff: /beim Gerichtsvollzieher/,
    cannot: /Dieses Bußgeld kann nicht in die Ratenzahlung: /,
  },
  pl: {
    appeal: /Złożył lub złożyła|odwołanie/,
    bailiff: /u komornika/,
    cannot: /Ten mandat nie może zostać objęty planem spłaty: /,
  },
};

const EXISTING_SAID: Record<Lang, RegExp[]> = {
  nl: [/met referentie BR, 2026/, /39 euro en 90 cent per maand/, /5 van de 9 termijnen zijn betaald, nog 4 te gaan/],
  en: [/reference BR, 2026/, /39 euros and 90 cents a month/, /5 of the 9 instalments are paid, 4 to go/],
  de: [/Aktenzeichen BR, 2026/, /39 Euro und 90 Cent pro Monat/, /5 von 9 Raten sind bezahlt, 4 stehen noch aus/],
  pl: [/numer referencyjny BR, 2026/, /39 euro i 90 centów/, /Zapłacono 5 z 9 rat, pozostało 4/],
};

const INCLUDED_SAID: Record<Lang, RegExp> = {
  nl: /Dit zit in de regeling\. [^.]+: 262 euro en 50 cent\./,
  en: /This is what the arrangement covers\. [^.]+: 262 euros and 50 cents\./,
  de: /Das umfasst die Ratenzahlung\. [^.]+: 262 Euro und 50 Cent\./,
  pl: /Oto, co obejmuje plan spłaty\. [^.]+: 262 euro i 50 centów\./,
};

describe('the arrangement on the phone: sentences, not headings', () => {
  const assistant = useTestApp(FAST_TYPIST);

  async function arrangement(
    channelId: string,
    lang: Lang,
    debtor: { number: string; postcode: string },
    more: string[] = [],
  ): Promise<Activity[]> {
    const c = await assistant.open({ channelId, locale: LOCALE[lang] });
    await c.say(ASK_ARRANGEMENT[lang]);
    await c.say(debtor.number);
    let replies = await c.say(debtor.postcode);
    for (const line of more) replies = await c.say(line);
    return replies;
  }

  it.each(LANGS)('%s: a fine under appeal cannot be in it, said as a sentence with why', async (lang) => {
    const said = expectSentences(await arrangement('telephony', lang, APPEALING), lang);
    expect(said).toMatch(REASON_SAID[lang].cannot);
    expect(said).toMatch(REASON_SAID[lang].appeal);
    expect(said).toMatch(/214/);
  });

  it.each(LANGS)('%s: a fine with the bailiff cannot be in it, said as a sentence with why', async (lang) => {
    const said = expectSentences(await arrangement('telephony', lang, WITH_BAILIFF), lang);
    expect(said).toMatch(REASON_SAID[lang].cannot);
    expect(said).toMatch(REASON_SAID[lang].bailiff);
  });

  it.each(LANGS)('%s: a running arrangement is told in sentences, not read off its card', async (lang) => {
    const said = expectSentences(await arrangement('telephony', lang, IN_ARRANGEMENT), lang);
    for (const fact of EXISTING_SAID[lang]) expect(said).toMatch(fact);
    // Said once: the card's facts are not read out after the sentences.
    expect(said.match(/BR, 2026/g)).toHaveLength(1);
  });

  it.each(LANGS)('%s: "which fines are in it?" at the schedule names each fine in a sentence', async (lang) => {
    const said = expectSentences(
      await arrangement('telephony', lang, TWO_OPEN, [WHICH_FINES[lang]]),
      lang,
    );
    expect(said).toMatch(INCLUDED_SAID[lang]);
    expect(said).toMatch(/289/);
  });

  it('chat keeps the headings and the card of the running arrangement', async () => {
    expect(textOf(await arrangement('webchat', 'nl', APPEALING))).toMatch(/Niet in de nieuwe regeling/);
    const existing = await arrangement('webchat', 'nl', IN_ARRANGEMENT);
    expect(JSON.stringify(existing)).toMatch(/Uw lopende betalingsregeling/);
    expect(textOf(await arrangement('webchat', 'nl', TWO_OPEN, [WHICH_FINES.nl]))).toMatch(
      /In de nieuwe regeling/,
    );
  });
});
