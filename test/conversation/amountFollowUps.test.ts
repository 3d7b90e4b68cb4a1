/**
 * What the citizen said about an amount is kept: the term table for an amount named needs no lookup
 * ("ik heb een boete van 280 euro, hoeveel maanden?", then the monthly amount, then several fines:
 * the total counts), a bare "hoeveel?" after the kantonrechter is the security deposit and "en als ik
 * dat niet kan betalen?" the judge's waiver (DOMAIN.md §1.3, §4); "toch wel" after a stop starts the
 * stopped lookup again.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

const LOOKUP = /CJIB-nummer nodig|CJIB number|CJIB-Nummer|numeru? CJIB/;

describe('amounts spoken of are kept', () => {
  const assistant = useTestApp(FAST_TYPIST);
  const talk = async (channelId: string, locale: string, ...messages: string[]): Promise<string[]> => {
    const c = await assistant.open({ channelId, locale });
    const answers: string[] = [];
    for (const m of messages) answers.push(textOf(await c.say(m)));
    return answers;
  };

  it('webchat nl: months for 280 euro, then per month, then two fines — no lookup', async () => {
    const [months, monthly, several, yes] = await talk(
      'webchat',
      'nl-NL',
      'ik heb een boete van 280 euro, hoeveel maanden krijg ik dan?',
      'en hoeveel is dat per maand?',
      'en als ik 2 boetes heb?',
      'ja',
    );
    expect(months).toMatch(/€ 280,00 zijn dat 6 maanden/);
    expect(months).not.toMatch(LOOKUP);
    expect(monthly).toMatch(/€ 46,66 per maand/);
    expect(monthly).toMatch(/laatste termijn is € 46,70/);
    expect(monthly).toMatch(/betalingsregeling aanvragen/);
    expect(monthly).not.toMatch(LOOKUP);
    expect(several).toMatch(/telt het totaal/);
    expect(several).not.toMatch(LOOKUP);
    // The offer taken: the request starts, with the lookup of the citizen's own fines.
    expect(yes).toMatch(LOOKUP);
  });

  it.each([
    [
      'en-GB',
      'I have a fine of 280 euros, how many months do I get?',
      'and how much is that a month?',
      /€46\.66 a month/,
    ],
    [
      'de-DE',
      'Ich habe ein Bußgeld von 280 Euro, wie viele Monate bekomme ich?',
      'und wie viel ist das im Monat?',
      /46,66 € im Monat/,
    ],
    ['pl-PL', 'Mam mandat 280 euro, ile miesięcy dostanę?', 'a ile to miesięcznie?', /46,66 € miesięcznie/],
  ])('%s: the monthly amount of the amount named', async (locale, first, second, monthly) => {
    const [, answer] = await talk('webchat', locale, first, second);
    expect(answer).toMatch(monthly);
    expect(answer).not.toMatch(LOOKUP);
  });

  it('a second fine named with its amount: the total decides', async () => {
    const [, answer] = await talk(
      'webchat',
      'nl-NL',
      'kan ik 600 euro in termijnen betalen?',
      'en als ik nog een boete van 100 euro heb?',
    );
    expect(answer).toMatch(/Samen is dat € 700,00: dat zijn 12 maanden van € 58,33/);
  });

  it('sms nl: "hoeveel?" after the kantonrechter is the deposit, then the waiver', async () => {
    const [, howMuch, cannot] = await talk(
      'sms',
      'nl-NL',
      'ik ga naar de kantonrechter, moet ik dan eerst betalen?',
      'hoeveel?',
      'en als ik dat niet kan betalen?',
    );
    expect(howMuch).toMatch(/boete plus de administratiekosten/);
    expect(howMuch).toMatch(/hoger dan € 225\? Dan betaalt u € 225 plus de administratiekosten/);
    expect(howMuch).not.toMatch(LOOKUP);
    expect(cannot).toMatch(/rechter kan u dan vrijstellen/);
    expect(cannot).not.toMatch(LOOKUP);
  });

  it.each([
    [
      'en-GB',
      'I want to appeal to the subdistrict court, do I have to pay first?',
      'how much?',
      "and if I can't afford it?",
      /exempt you/,
    ],
    [
      'de-DE',
      'ich möchte Berufung beim Amtsrichter einlegen, muss ich vorher zahlen?',
      'wie viel?',
      'und wenn ich das nicht bezahlen kann?',
      /befreien/,
    ],
    [
      'pl-PL',
      'chcę się odwołać do sądu rejonowego, czy muszę najpierw zapłacić?',
      'ile?',
      'a jeśli nie mogę tego zapłacić?',
      /zwolnić z zabezpieczenia/,
    ],
  ])('%s: the deposit and its waiver', async (locale, first, howMuch, cannot, waiver) => {
    const [, deposit, waived] = await talk('webchat', locale, first, howMuch, cannot);
    expect(deposit).toMatch(/225/);
    expect(deposit).not.toMatch(LOOKUP);
    expect(waived).toMatch(waiver);
  });

  it('"hoeveel?" after the increases is about them, not a lookup', async () => {
    const [, answer] = await talk('webchat', 'nl-NL', 'wat gebeurt er als ik te laat betaal?', 'hoeveel?');
    expect(answer).toMatch(/1,5 keer/);
    expect(answer).not.toMatch(LOOKUP);
  });

  it.each([
    ['nl-NL', 'hoeveel moet ik betalen', 'stop', 'ik wil toch wel mijn boete zien'],
    ['en-GB', 'I want to look up my fine', 'stop', 'actually I do want to see my fine'],
    ['de-DE', 'ich möchte mein Bußgeld nachsehen', 'stopp', 'doch, ich möchte mein Bußgeld sehen'],
    ['pl-PL', 'chcę sprawdzić mój mandat', 'stop', 'jednak chcę zobaczyć mój mandat'],
  ])('%s: after a stop, "toch wel" starts the lookup again', async (locale, ...messages) => {
    const [start, , again] = await talk('webchat', locale, ...messages);
    expect(start).toMatch(LOOKUP);
    expect(again).toMatch(LOOKUP);
  });
});
