/**
 * Leaving the Netherlands with a fine open (DOMAIN.md §5): it does not go away, paying goes on from
 * abroad by transfer with the CJIB number, what follows if unpaid, and staff for the new address; not a
 * list of Dutch enforcement threats. A fine "from the Netherlands" with a wish for instalments gets the
 * instalments, with one line on living abroad.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

describe('leaving the Netherlands, or asking from abroad', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['en-US', "I'm leaving the Netherlands for good next week, I still have a fine open. what happens if I don't pay before I leave?", /does not go away/],
    ['nl-NL', 'Ik emigreer volgende maand, wat gebeurt er met mijn openstaande boete?', /vervalt daar niet door/],
    ['de-DE', 'Ich verlasse die Niederlande, was passiert mit meinem offenen Bußgeld?', /verfällt dadurch nicht/],
    ['pl-PL', 'Wyjeżdżam z Holandii na stałe, mam niezapłacony mandat, co się stanie?', /nie wygasa/],
  ])('%s: %s', async (locale, question, expected) => {
    const c = await assistant.open({ locale });
    const said = textOf(await c.say(question));
    expect(said).toMatch(expected);
    expect(said).toMatch(/IBAN/);
    expect(said).not.toMatch(/bailiff|deurwaarder|Gerichtsvollzieher|komornik/);
  });

  it('de-DE "Bußgeldbescheid aus den Niederlanden … in Raten zahlen": the instalments answer', async () => {
    const c = await assistant.open({ locale: 'de-DE' });
    const said = textOf(
      await c.say('Hallo, ich habe einen Bußgeldbescheid aus den Niederlanden bekommen und möchte in Raten zahlen'),
    );
    expect(said).toMatch(/Ratenzahlung/);
    expect(said).not.toMatch(/Dann erhalten Sie das Schreiben in Ihrer eigenen Sprache/);
  });
});
