import type { ClaimLine } from '../../../domain/arrangement/claimLines';
import { claimSelection } from '../../../domain/arrangement/claimSelection';

const line = (nl: string, en: string, de: string, pl: string, openCents: number): ClaimLine => ({
  description: { nl, en, de, pl },
  numberEnding: '0000',
  openCents,
  type: 'wahv',
});
/** D02's fines: speeding € 1.111,00 and a red light € 309,00. */
const LINES = [
  line(
    'Snelheidsovertreding van 35 km/u op de autosnelweg',
    'Speeding by 35 km/h on the motorway',
    'Geschwindigkeitsüberschreitung um 35 km/h auf der Autobahn',
    'Przekroczenie prędkości o 35 km/h na autostradzie',
    111100,
  ),
  line(
    'Door rood licht rijden',
    'Running a red light',
    'Überfahren einer roten Ampel',
    'Przejazd na czerwonym świetle',
    30900,
  ),
];

describe('claimSelection: which of the fines go in the arrangement (DOMAIN.md §1.1)', () => {
  it.each([
    ["can I do the arrangement only for the red light fine? I'll pay the speeding one at once", [1]],
    ['kan ik de snelheidsboete eruit laten? die betaal ik zelf in 1 keer', [1]],
    ['alleen voor de boete van het rode licht graag', [1]],
    ['I want to leave out the red light one', [0]],
    ['nur für die rote Ampel bitte', [1]],
    ['die Geschwindigkeitsüberschreitung zahle ich sofort selbst', [1]],
    ['tylko za czerwone światło', [1]],
    ['bez mandatu za przekroczenie prędkości', [1]],
    ['only the 309 euro one', [1]],
  ])('%s', (message, indexes) => {
    expect(claimSelection(message, LINES)).toEqual({ kind: 'keep', indexes });
  });

  it('one fine wanted but not named: which one', () => {
    expect(claimSelection('ik wil maar voor 1 boete een regeling', LINES)).toEqual({ kind: 'which' });
    expect(claimSelection('can I do it for only one of the fines?', LINES)).toEqual({ kind: 'which' });
  });

  it('after "which one?", naming it is enough', () => {
    expect(claimSelection('die van het rode licht', LINES, true)).toEqual({ kind: 'keep', indexes: [1] });
    expect(claimSelection('ja aanvragen', LINES, true)).toBeUndefined();
  });

  it('no choice: a yes, a question, all of them, or a single fine in the schedule', () => {
    expect(claimSelection('ja graag', LINES)).toBeUndefined();
    expect(claimSelection('zit de boete van rood licht er ook in?', LINES)).toBeUndefined();
    expect(claimSelection('only the red light and the speeding fine', LINES)).toBeUndefined();
    expect(claimSelection('alleen voor de boete van het rode licht', LINES.slice(1))).toBeUndefined();
    expect(claimSelection('I just want to pay in instalments', LINES)).toBeUndefined();
  });
});
