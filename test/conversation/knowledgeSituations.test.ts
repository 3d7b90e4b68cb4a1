/**
 * Knowledge answers the QA sweep found wrong: a fine from another EU country is contested there, not
 * with the Dutch officier (DOMAIN.md §5); an objection after the bank debit is its verzetschrift at the
 * court (§2.5); withdrawing an appeal is done with whoever handles it, not the appeal again; refusing to
 * pay hears what follows, kindly; a bewindvoerder, benefits or the WSNP get a word of their own, not
 * "Dat staat in mijn antwoord"; "strafbeschikking in delen" and "raty, bo nie mam pieniędzy" are answered
 * with instalments first.
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

const DUTCH_APPEAL = /Parket CVOM|Public Prosecution Service's|Digitaal Loket Verkeer/;
const ISSUING_COUNTRY =
  /alleen bezwaar maken in het land|only object in the country|nur in dem Land|tylko w kraju, który/;
const LIVING_ABROAD = /Woont u buiten Nederland|Do you live outside|Wohnen Sie außerhalb|Mieszka Pan/;
const VERZET = /verzetschrift/;
const ONCE_MORE = /Hier is het nog eens|Here it is once more|Hier noch einmal|Oto ona jeszcze raz/;

describe('knowledge answers for the citizen’s situation', () => {
  const assistant = useTestApp(FAST_TYPIST);
  const ask = (locale: string, ...messages: string[]): Promise<string[]> =>
    answersTo(assistant, locale, ...messages);

  describe('a European fine is contested in the country that gave it', () => {
    it.each([
      ['nl-NL', 'ik heb een boete gekregen uit duitsland via het cjib, kan ik daar bezwaar tegen maken?'],
      [
        'nl-NL',
        'ik ben in frankrijk geflitst en nu stuurt het cjib mij een brief, ik ben het er niet mee eens',
      ],
      ['en-GB', 'I was caught speeding in France and now the CJIB sends me a letter, I do not agree'],
      ['de-DE', 'Ich wurde in Belgien geblitzt und jetzt schreibt mir das CJIB, ich bin nicht einverstanden'],
      ['pl-PL', 'dostałem mandat z Niemiec przez CJIB, czy mogę się odwołać?'],
    ])('%s: "%s"', async (locale, message) => {
      const [answer] = await ask(locale, message);
      expect(answer).toMatch(ISSUING_COUNTRY);
      expect(answer).not.toMatch(DUTCH_APPEAL);
      expect(answer).not.toMatch(LIVING_ABROAD);
    });
  });

  describe('an objection right after the bank debit is its verzetschrift', () => {
    it.each([
      [
        'nl-NL',
        'er is 500 euro van mijn rekening gehaald door het cjib, mag dat zomaar?',
        'hoe maak ik daar bezwaar tegen?',
        /binnen 6 weken/,
      ],
      [
        'en-GB',
        'the cjib took 500 euros from my bank account, is that allowed?',
        'how do I object to that?',
        /within 6 weeks/,
      ],
    ])('%s', async (locale, debit, objection, weeks) => {
      const [, answer] = await ask(locale, debit, objection);
      expect(answer).toMatch(VERZET);
      expect(answer).toMatch(weeks);
      expect(answer).not.toMatch(DUTCH_APPEAL);
    });
  });

  describe('withdrawing an appeal', () => {
    it('nl, after a lookup that shows the appeal pending', async () => {
      const answers = await ask(
        'nl-NL',
        'betalingsregeling',
        '4516092382100863',
        '5611 EZ',
        'maar ik wil gewoon betalen in delen',
        'ik trek mijn beroep in',
      );
      const answer = answers[4];
      expect(answer).toMatch(/beroep intrekken kan ik hier niet/);
      expect(answer).toMatch(/Parket CVOM/);
      expect(answer).toMatch(/Loopt uw beroep niet meer\? Dan kunt u gewoon een betalingsregeling aanvragen/);
      expect(answer).not.toMatch(/Zet in uw brief uw naam/);
    });

    it.each([
      ['en-GB', 'I want to withdraw my appeal', /cannot withdraw your appeal for you here/],
      ['de-DE', 'ich möchte meinen Einspruch zurückziehen', /nicht für Sie zurückziehen/],
    ])('%s: "%s"', async (locale, message, withdraw) => {
      const [answer] = await ask(locale, message);
      expect(answer).toMatch(withdraw);
    });
  });

  describe('money trouble in the citizen’s own words', () => {
    it.each([
      ['nl-NL', 'ik ga echt niet betalen', /liever niet betaalt/, /deurwaarder/],
      ['en-GB', "I'm not going to pay", /rather not pay/, /bailiff/],
      ['pl-PL', 'nie zamierzam płacić tego mandatu', /tego nie płacić/, /komornik/],
    ])('refusing to pay, %s: the consequences, kindly', async (locale, message, kind, steps) => {
      const [answer] = await ask(locale, message);
      expect(answer).toMatch(kind);
      expect(answer).toMatch(steps);
      expect(answer).not.toMatch(/echt niet betalen\? Vraag|really cannot pay\? /);
    });

    it.each([
      [
        'nl-NL',
        'ik heb een bewindvoerder, kan die dit regelen?',
        /Uw bewindvoerder kan namens u contact opnemen/,
      ],
      [
        'en-GB',
        'I have a financial administrator, can they arrange this?',
        /administrator \(bewindvoerder\) can contact the CJIB on your behalf/,
      ],
    ])('a bewindvoerder, %s', async (locale, message, guardian) => {
      const [answer] = await ask(locale, message);
      expect(answer).toMatch(guardian);
    });

    it.each([
      ['nl-NL', 'ik kan mijn boete niet betalen', 'ik zit in de bijstand', /uitkering, zoals de bijstand/],
      ['nl-NL', 'ik kan mijn boete niet betalen', 'ik zit in de wsnp', /WSNP/],
      ['de-DE', 'ich kann mein Bußgeld nicht bezahlen', 'ich bin in der Privatinsolvenz', /WSNP/],
    ])(
      'after the noodstop, %s "%s": a word on it, not the answer again',
      async (locale, first, then, word) => {
        const [, answer] = await ask(locale, first, then);
        expect(answer).toMatch(word);
        expect(answer).not.toMatch(ONCE_MORE);
      },
    );
  });

  describe('instalments asked about first', () => {
    it.each([
      [
        'nl-NL',
        'strafbeschikking betalen in delen',
        /^Ja, ook een strafbeschikking kunt u vaak in termijnen betalen/,
      ],
      [
        'de-DE',
        'Strafbefehl in Raten zahlen',
        /^Ja, auch einen Strafbefehl \(strafbeschikking\) können Sie oft in Raten/,
      ],
    ])('%s: "%s"', async (locale, message, yes) => {
      const [answer] = await ask(locale, message);
      expect(answer).toMatch(yes);
    });

    it.each([
      ['pl-PL', 'czy moge placic w ratach bo nie mam pieniedzy', /często można płacić w ratach/, /noodstop/],
      [
        'nl-NL',
        'kan ik in termijnen betalen want ik heb geen geld',
        /vaak kunt u in termijnen betalen/,
        /noodstop/,
      ],
    ])('%s: "%s": instalments, the noodstop if even that fails', async (locale, message, parts, noodstop) => {
      const [answer] = await ask(locale, message);
      expect(answer).toMatch(parts);
      expect(answer).toMatch(noodstop);
      expect(answer.search(parts)).toBeLessThan(answer.search(noodstop));
    });
  });
});
