/**
 * Knowledge answers from the tenth round of reports: anger at a fine itself is heard, and answered with
 * who sets and who collects a fine, how to appeal (DOMAIN.md §4) and a person offered, in every language.
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

const HEARD = /angry|boos|ärgern|złości/;
const COLLECTS = /only collects|int de boete alleen|zieht das Bußgeld nur ein|tylko ściąga/;
const APPEAL = /within 6 weeks|binnen 6 weken|innerhalb von 6 Wochen|w ciągu 6 tygodni/;
const PERSON = /member of (CJIB )?staff|medewerker|Mitarbeiter|Pracownik/;
const NOT_SURE = /not sure what you mean|weet niet zeker|nicht sicher|nie jestem pewien/i;

describe('knowledge answers, round 10', () => {
  const assistant = useTestApp(FAST_TYPIST);
  const ask = (locale: string, ...messages: string[]): Promise<string[]> =>
    answersTo(assistant, locale, ...messages);

  describe('anger at the fine itself: heard, who collects, how to appeal, a person', () => {
    it.each([
      [
        'en-GB',
        'this is ridiculous, I got fined 300 euros for driving 35 over on an empty motorway as a tourist, you people are thieves',
      ],
      ['en-US', 'what a rip-off, 200 euro ticket for 10 km over, you lot are crooks'],
      ['pl-PL', 'to skandal, 300 euro za 35 km/h za szybko na pustej autostradzie, jesteście złodziejami'],
      ['pl-PL', 'dostałem mandat 300 euro jako turysta, to kpina'],
      ['nl-NL', 'belachelijk, 300 euro boete voor 35 te hard op een lege snelweg, dieven zijn jullie'],
      ['de-DE', 'lächerlich, 300 Euro Bußgeld für 35 zu schnell auf leerer Autobahn, ihr Diebe'],
    ])('%s: "%s"', async (locale, message) => {
      const [answer] = await ask(locale, message);
      expect(answer).not.toMatch(NOT_SURE);
      expect(answer).toMatch(HEARD);
      expect(answer).toMatch(COLLECTS);
      expect(answer).toMatch(APPEAL);
      expect(answer).toMatch(PERSON);
    });
  });

  describe('buying off detention: gijzeling ends when paid in full; the judge\'s hechtenis honest, a person', () => {
    const ENDS_WHEN_PAID = /hele bedrag|whole amount|gesamte noch offene Betrag|cała pozostała kwota/;
    const HONEST = /niet met zekerheid|cannot tell you for certain|nicht sicher sagen|nie mogę powiedzieć na pewno/;
    const GENERAL_ORDER = /krijgt u van het Openbaar Ministerie/;
    it.each([
      ['nl-NL', 'ik moet nog twintig dagen zitten, kan ik dat afkopen'],
      ['nl-NL', 'kan ik vervangende hechtenis afkopen door te betalen'],
      ['en-GB', 'can I buy off my replacement detention by paying?'],
      ['de-DE', 'kann ich die Ersatzhaft durch Zahlen abwenden?'],
      ['pl-PL', 'czy mogę wykupić areszt zastępczy?'],
    ])('%s: "%s"', async (locale, message) => {
      const [answer] = await ask(locale, message);
      expect(answer).toMatch(ENDS_WHEN_PAID);
      expect(answer).toMatch(HONEST);
      expect(answer).toMatch(PERSON);
      expect(answer).not.toMatch(GENERAL_ORDER);
    });
  });

  describe('a fine from another EU country, living in the Netherlands: paid to that country, unless passed to the CJIB', () => {
    const THAT_COUNTRY = /aan dat land|to that country|an dieses Land|temu krajowi/;
    const LIVE_ABROAD = /Woont u buiten Nederland|Do you live outside|Wohnen Sie außerhalb|mieszka Pan\/Pani poza/;
    it.each([
      ['nl-NL', 'ik heb een boete gekregen in frankrijk, moet ik die bij jullie betalen'],
      ['en-GB', 'got a speeding ticket in Germany, do I pay it to CJIB?'],
      ['de-DE', 'Strafzettel aus Belgien, zahle ich das beim CJIB?'],
      ['pl-PL', 'dostałem mandat we Francji, czy mam go zapłacić w CJIB?'],
    ])('%s: "%s"', async (locale, message) => {
      const [answer] = await ask(locale, message);
      expect(answer).toMatch(THAT_COUNTRY);
      expect(answer).not.toMatch(LIVE_ABROAD);
    });
  });

  describe('a letter for a rental car: the renter\'s answer leads, not owner liability', () => {
    const RENTER = /an den Mieter weiter|passes the fine on to the renter|door aan de huurder|przekazuje mandat najemcy/;
    it.each([
      ['de-DE', 'Guten Tag, ich habe einen Brief vom CJIB bekommen, aber das ist ein Mietwagen gewesen'],
      ['en-GB', 'I got a letter from the CJIB but it was a rental car'],
      ['nl-NL', 'ik heb een brief van het cjib gekregen maar het was een huurauto'],
      ['pl-PL', 'dostałem list z CJIB, ale to był samochód wypożyczony'],
    ])('%s: "%s"', async (locale, message) => {
      const [answer] = await ask(locale, message);
      expect(answer).toMatch(RENTER);
    });
  });

  it('"¿cómo puedo pagar desde España?": the language notice, then paying from abroad by transfer in English', async () => {
    const said = (await ask('en-US', '¿cómo puedo pagar desde España?')).join('\n');
    const notice = said.indexOf('no hablo español');
    const abroad = said.indexOf('Paying from abroad: make a bank transfer in euros');
    expect(notice).toBeGreaterThanOrEqual(0);
    expect(abroad).toBeGreaterThan(notice);
    expect(said).not.toMatch(/With iDEAL/);
  });
});
