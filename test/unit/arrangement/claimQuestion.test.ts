import { claimQuestion } from '../../../domain/arrangement/claimQuestion';
import type { ClaimLines } from '../../../domain/arrangement/claimLines';

const line = (nl: string, en: string, de: string, pl: string, openCents: number, fine: number) => ({
  description: { nl, en, de, pl },
  numberEnding: '0000',
  openCents,
  type: 'wahv' as const,
  amounts: { fine, increase: 0, adminCosts: openCents - fine, paid: 0 },
});
const redLight = line(
  'Door rood licht rijden',
  'Running a red light',
  'Überfahren einer roten Ampel',
  'Przejazd na czerwonym świetle',
  30900,
  30000,
);
const speeding = line(
  'Snelheidsovertreding van 35 km/u op de autosnelweg',
  'Speeding by 35 km/h on the motorway',
  'Geschwindigkeitsüberschreitung um 35 km/h auf der Autobahn',
  'Przekroczenie prędkości o 35 km/h na autostradzie',
  111100,
  110200,
);
const lines: ClaimLines = { included: [speeding, redLight], excluded: [] };

describe('claimQuestion: one fine asked about at the schedule', () => {
  it.each([
    'zit de boete van rood licht er ook in?',
    'wat gebeurt er met de boete van 309 euro, zit die er ook in?',
    'en de roodlicht boete?',
    'is the red light fine included?',
    'what happens to the 309 euro one?',
    'ist die rote Ampel auch dabei?',
    'czy mandat za czerwone światło jest w planie?',
  ])('"%s" names the red light fine, which is in it', (q) =>
    expect(claimQuestion(q, lines)).toEqual({ kind: 'included', claim: redLight }),
  );

  it('"zit de snelheidsboete erin?" names the speeding fine', () =>
    expect(claimQuestion('zit de snelheidsboete erin?', lines)).toEqual({
      kind: 'included',
      claim: speeding,
    }));

  it('a fine left out is said with its reason', () =>
    expect(
      claimQuestion('zit de boete van rood licht er ook in?', {
        included: [speeding],
        excluded: [{ claim: redLight, reason: 'appeal_pending' }],
      }),
    ).toEqual({ kind: 'excluded', claim: redLight, reason: 'appeal_pending' }));

  it.each(['zit die boete van 500 euro er ook in?', 'which fine is included?'])(
    '"%s" names none of them: the list',
    (q) => expect(claimQuestion(q, lines)).toEqual({ kind: 'list' }),
  );

  it.each([
    'ja graag',
    'ik wil liever 50 euro per maand betalen',
    'wanneer moet ik de eerste termijn betalen?',
  ])('"%s" is no question about a fine in it', (q) => expect(claimQuestion(q, lines)).toBeUndefined());
});
