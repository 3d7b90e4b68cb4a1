import { normalizeQuestion } from '../../domain/knowledge/normalizeQuestion';
import { LICENCE_GONE_ON_ROAD, takenByPolice } from '../../domain/knowledge/takenByPolice';

describe('a licence taken by the police, not by the CJIB for unpaid fines', () => {
  it.each([
    'mijn rijbewijs is ingevorderd door de politie',
    'politie heeft mn rijbewijs afgepakt want ik reed te hard',
    'the police took my driving licence',
    'cops took my license for speeding',
    'Polizei hat meinen Führerschein eingezogen',
    'mein Führerschein wurde bei einer Verkehrskontrolle abgenommen',
    'policja zabrała mi prawo jazdy',
  ])('"%s"', (text) => {
    expect(takenByPolice(normalizeQuestion(text))).toBe(true);
  });

  it.each([
    'de politie heeft mijn rijbewijs ingenomen omdat ik nog boetes open had staan',
    'the police took my licence because of unpaid fines',
    'die Polizei hat meinen Führerschein eingezogen, weil ich Bußgelder nicht bezahlt habe',
    'de deurwaarder heeft mijn auto in beslag genomen',
  ])('not "%s"', (text) => {
    expect(takenByPolice(normalizeQuestion(text))).toBe(false);
  });

  it.each(['rijbewijs kwijt na flitsen 60 te hard wat nu', 'lost my licence for speeding'])(
    '"%s" is a licence gone at the roadside',
    (text) => {
      expect(LICENCE_GONE_ON_ROAD.test(normalizeQuestion(text))).toBe(true);
    },
  );
});
