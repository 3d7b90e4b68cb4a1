/**
 * A citizen in a running arrangement with an instalment behind (demo debtor D07: instalment 6 of 9,
 * € 39,90, due 1 November, not on record as paid; today 22 November): every view of the arrangement
 * says so, with its amount, date and what to do, and the next instalment's date (1 December). The
 * question asked before the identification is answered after it; no "new arrangement" wording for
 * someone who asked nothing new; an objection is offered only while its term runs; under appeal the
 * worry about the amount growing is answered rather than the refusal repeated.
 */
import { DEMO_CLOCK } from '../support/demoDebtors';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { spokenSentences, textOf } from '../support/testApp';

const D07 = { cjib: '1859501187398067', postcode: '6511PP' };
const D04 = { cjib: '1859977345740978' }; // with the bailiff, letter of November 2025
const D05 = { cjib: '4516092382100863', postcode: '5611 EZ' }; // appeal pending

const BEHIND: Record<string, RegExp> = {
  'nl-NL': /Termijn 6 van 9 \(€ 39,90\) moest uiterlijk op 1 november 2026 betaald zijn/,
  'en-GB': /Instalment 6 of 9 \(€39\.90\) had to be paid by 1 November 2026/,
  'de-DE': /Rate 6 von 9 \(39,90 €\) musste spätestens am 1\. November 2026 bezahlt sein/,
  'pl-PL': /Rata 6 z 9 \(39,90 €\) miała być zapłacona najpóźniej 1 listopada 2026/,
};
const NEXT: Record<string, RegExp> = {
  'nl-NL': /termijn 7 van 9: € 39,90, uiterlijk op 1 december 2026/,
  'en-GB': /number 7 of 9: €39\.90, due by 1 December 2026/,
  'de-DE': /Rate 7 von 9: 39,90 €, spätestens am 1\. Dezember 2026/,
  'pl-PL': /rata 7 z 9: 39,90 €, najpóźniej do 1 grudnia 2026/,
};
const LOOKUP: Record<string, string> = {
  'nl-NL': 'hoeveel moet ik nog betalen',
  'en-GB': 'how much do I still have to pay',
  'de-DE': 'wie viel muss ich noch zahlen',
  'pl-PL': 'ile jeszcze muszę zapłacić',
};

describe('a running arrangement with an instalment behind, in every view', () => {
  const assistant = useTestApp(FAST_TYPIST, { clock: DEMO_CLOCK });

  it.each(Object.keys(LOOKUP))(
    '%s: the lookup card says the instalment behind and the next one',
    async (locale) => {
      const c = await assistant.open({ locale });
      await c.say(LOOKUP[locale] as string);
      await c.say(D07.cjib);
      const shown = textOf(await c.say(D07.postcode));
      expect(shown).toMatch(BEHIND[locale] as RegExp);
      expect(shown).toMatch(NEXT[locale] as RegExp);
      expect(shown).not.toMatch(/Betaal elke termijn op tijd, dan komt er niets bij/);
    },
  );

  it('nl webchat: the reminder while paying "netjes": the card names the missed instalment; no objection offered', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say(
      'ik betaal gewoon netjes elke maand mijn regeling en nu krijg ik toch een aanmaning met verhoging??',
    );
    await c.say(D07.cjib);
    const shown = textOf(await c.say(D07.postcode));
    expect(shown).toMatch(BEHIND['nl-NL'] as RegExp);
    expect(shown).toMatch(/Betaal dan zo snel mogelijk/);
    expect(shown).not.toMatch(/Bezwaar maken/);
  });

  it('nl phone: the caller hears the instalment behind and the next date', async () => {
    const c = await assistant.open({ locale: 'nl-NL', channelId: 'telephony' });
    await c.say('hoeveel moet ik nog betalen');
    await c.say(D07.cjib);
    const said = spokenSentences(await c.say(D07.postcode)).join(' ');
    expect(said).toMatch(/Termijn 6 van 9\b.*1 november 2026.*zie ik nog niet/);
    expect(said).toMatch(/termijn 7 van 9.*1 december 2026/);
  });

  it('nl: "wanneer is mijn volgende termijn" also gives the next date after the one behind', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('mijn boete opzoeken');
    await c.say(D07.cjib);
    await c.say(D07.postcode);
    const answer = textOf(await c.say('wanneer is mijn volgende termijn'));
    expect(answer).toMatch(/termijn 6 van 9/);
    expect(answer).toMatch(NEXT['nl-NL'] as RegExp);
  });

  it('nl sms: "in een regeling, de rest in 1 keer aflossen?" is answered after the identification, without "nieuwe regeling"', async () => {
    const c = await assistant.open({ locale: 'nl-NL', channelId: 'sms' });
    await c.say('ik zit in een regeling maar wil de rest in 1 keer aflossen kan dat');
    await c.say(D07.cjib);
    const answer = textOf(await c.say('6511 PP'));
    expect(answer).toMatch(/Ja, dat kan.*€ 159,50/s);
    expect(answer).toMatch(BEHIND['nl-NL'] as RegExp);
    expect(answer).not.toMatch(/nieuwe regeling|niets nieuws aan te vragen/);
  });

  it('en: a new arrangement asked with only the running one: its view says the instalment behind', async () => {
    const c = await assistant.open({ locale: 'en-GB' });
    await c.say('I would like a payment arrangement');
    await c.say(D07.cjib);
    const shown = textOf(await c.say(D07.postcode));
    expect(shown).toMatch(BEHIND['en-GB'] as RegExp);
    expect(shown).toMatch(NEXT['en-GB'] as RegExp);
    expect(shown).not.toMatch(/Not in the new arrangement/);
  });

  it('nl: the bailiff fine from 2025 is long past its objection term: no "Bezwaar maken" button', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('mijn boete opzoeken');
    await c.say(D04.cjib);
    const shown = await c.say('9711 LM');
    const choices = shown.flatMap((a) => a.suggestedActions?.actions ?? []).map((a) => a.title);
    expect(textOf(shown)).toMatch(/deurwaarder/);
    expect(choices).not.toContain('Bezwaar maken');
  });

  it('nl sms: under appeal, asked again "zodat het niet hoger wordt": the worry answered, not the refusal again', async () => {
    const c = await assistant.open({ locale: 'nl-NL', channelId: 'sms' });
    await c.say('regeling');
    await c.say(D05.cjib);
    const first = textOf(await c.say(D05.postcode));
    expect(first).toMatch(/beroep/);
    const again = textOf(await c.say('maar ik wil gewoon betalen in delen zodat het niet hoger wordt'));
    expect(again).toMatch(/Zolang uw beroep loopt, hoeft u deze boete niet te betalen/);
    expect(again).not.toMatch(/Niet in de nieuwe regeling/);
    expect(again).toMatch(/Medewerker spreken/);
  });
});

describe('"I paid too much" after a lookup: answered from the record just looked up', () => {
  const assistant = useTestApp(FAST_TYPIST, { clock: DEMO_CLOCK });
  const D08 = { cjib: '2166002043392129', postcode: '2511CV' }; // paid in full: € 179,00

  it('nl: the amount received, the difference with the amount named, the honest next step and a person', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('ik heb mijn boete betaald maar wil weten of het goed is aangekomen');
    await c.say(D08.cjib);
    await c.say(D08.postcode);
    const answer = textOf(await c.say('ik denk dat ik te veel heb betaald, ik heb 188 euro overgemaakt'));
    expect(answer).toMatch(/hebben wij € 179,00 ontvangen/);
    expect(answer).toMatch(/€ 9,00 meer/);
    expect(answer).toMatch(/Neem dan contact op met het CJIB/);
    expect(answer).toMatch(/Medewerker spreken/);
  });

  it.each([
    ['en-GB', 'look up my fine', 'I think I paid twice', /received €179\.00/],
    ['de-DE', 'Bußgeld nachsehen', 'ich habe doppelt bezahlt', /179,00 € erhalten/],
    ['pl-PL', 'sprawdź mój mandat', 'chyba nadpłaciłem', /otrzymaliśmy 179,00 €/],
  ])('%s: "%s" … "%s"', async (locale, start, overpaid, received) => {
    const c = await assistant.open({ locale });
    await c.say(start);
    await c.say(D08.cjib);
    await c.say(D08.postcode);
    expect(textOf(await c.say(overpaid))).toMatch(received);
  });
});

describe('"can the monthly amount of my running arrangement go down, I lost my job" after a lookup', () => {
  const assistant = useTestApp(FAST_TYPIST, { clock: DEMO_CLOCK });

  it('nl: the loss acknowledged, a personal arrangement first, the noodstop second, a person offered', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('mijn boete opzoeken');
    await c.say(D07.cjib);
    await c.say(D07.postcode);
    const answer = textOf(
      await c.say('kan het maandbedrag van mijn bestaande regeling omlaag ik ben mijn baan kwijt'),
    );
    expect(answer).toMatch(/baan kwijt/);
    expect(answer).toMatch(/persoonlijke betalingsregeling/);
    expect(answer.indexOf('persoonlijke betalingsregeling')).toBeLessThan(answer.indexOf('noodstop'));
    expect(answer).toMatch(/Medewerker spreken/);
  });
});
