/**
 * A driving licence taken by the police on the road (speeding, drink) is the Openbaar Ministerie's
 * matter, not the CJIB's enforcement of unpaid fines: said so honestly, with who to ask and what the
 * CJIB does help with. Taken for unpaid fines, it stays the enforcement answer.
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

const OM = /Openbaar Ministerie/;
const NOT_CJIB =
  /geen maatregel van het CJIB|not a CJIB measure|keine Maßnahme des CJIB|nie jest środek CJIB/;
const UNPAID_ANSWER =
  /omdat boetes niet betaald zijn\? Dan geldt|because fines were not paid\? Then this applies|weil Bußgelder nicht bezahlt wurden\? Dann gilt|Domeinen Roerende Zaken/;
const NOT_SURE =
  /niet zeker wat u bedoelt|not sure what you mean|nicht sicher|nie jestem pewien|Czego dotyczy pytanie/;

describe('a licence taken by the police', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'mijn rijbewijs is ingevorderd door de politie'],
    ['nl-NL', 'politie heeft mn rijbewijs afgepakt want ik reed te hard'],
    ['nl-NL', 'rijbewijs kwijt na flitsen 60 te hard wat nu'],
    ['en-GB', 'the police took my driving licence'],
    ['en-GB', 'cops took my license for speeding, when do i get it back?'],
    ['de-DE', 'Polizei hat meinen Führerschein eingezogen'],
    ['de-DE', 'mein Führerschein wurde bei einer Verkehrskontrolle abgenommen'],
    ['pl-PL', 'policja zabrała mi prawo jazdy'],
    ['pl-PL', 'policja zatrzymała mi prawo jazdy za prędkość'],
  ])('%s: "%s" hears it is the OM\'s matter', async (locale, message) => {
    const [answer] = await answersTo(assistant, locale, message);
    expect(answer).toMatch(OM);
    expect(answer).toMatch(NOT_CJIB);
    expect(answer).not.toMatch(UNPAID_ANSWER);
    expect(answer).not.toMatch(NOT_SURE);
  });

  it.each([
    ['nl-NL', 'de politie heeft mijn rijbewijs ingenomen omdat ik nog boetes open had staan'],
    ['en-GB', 'my car was clamped because of unpaid fines'],
  ])('%s: "%s" (unpaid fines) keeps the enforcement answer', async (locale, message) => {
    const [answer] = await answersTo(assistant, locale, message);
    expect(answer).toMatch(UNPAID_ANSWER);
  });

  it.each([
    ['en-GB', 'the police took my driving licence', 'when do I get it back?'],
    ['nl-NL', 'mijn rijbewijs is ingevorderd door de politie', 'hoe lang duurt dat?'],
    ['de-DE', 'Polizei hat meinen Führerschein eingezogen', 'wann bekomme ich ihn zurück?'],
    ['pl-PL', 'policja zabrała mi prawo jazdy', 'kiedy odzyskam prawo jazdy?'],
  ])('%s: "%s", then "%s" is still the OM\'s matter', async (locale, first, next) => {
    const [, answer] = await answersTo(assistant, locale, first, next);
    expect(answer).toMatch(OM);
    expect(answer).not.toMatch(UNPAID_ANSWER);
    expect(answer).not.toMatch(
      /Domeinen Roerende Zaken|if you pay|als u op tijd betaalt|zahlen Sie rechtzeitig|up to 4 weeks|tot 4 weken/,
    );
  });

  it('after a car taken by the bailiff, "wanneer krijg ik hem terug?" is the CJIB\'s answer still', async () => {
    const [, answer] = await answersTo(
      assistant,
      'nl-NL',
      'de deurwaarder heeft mijn auto in beslag genomen',
      'wanneer krijg ik hem terug?',
    );
    expect(answer).toMatch(/Domeinen Roerende Zaken/);
  });
});
