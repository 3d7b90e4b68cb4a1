import { withMishearingsCorrected } from '../../adapters/channels/mishearings';
import { normalizeSpokenInput } from '../../adapters/channels/spokenInput';
import { extractSpokenPostcode } from '../../domain/language/spokenPostcode';

describe('what a recogniser writes for "boete" and "Bußgeld"', () => {
  it.each([
    ['mijn boot op zoeken', 'mijn boete opzoeken'],
    ['ik wil mijn boot betalen', 'ik wil mijn boete betalen'],
    ['hoeveel boeten heb ik', 'hoeveel boetes heb ik'],
    ["ik heb twee boete's", 'ik heb twee boetes'],
    ['kan ik de boten in termijnen af betalen', 'kan ik de boetes in termijnen afbetalen'],
    ['mein Bus Geld nachsehen', 'mein Bußgeld nachsehen'],
    ['Bussgeld bezahlen', 'Bußgeld bezahlen'],
    ['look up my find', 'look up my fine'],
  ])('"%s" → "%s"', (heard, meant) => expect(withMishearingsCorrected(heard)).toBe(meant));

  it.each(['ik kreeg een boete voor mijn boot', 'I need to find out my fine', 'ik ga met de bus'])(
    '"%s" stays as it is',
    (text) => expect(withMishearingsCorrected(text)).toBe(text),
  );

  it('is applied to what a caller says', () => {
    expect(normalizeSpokenInput('eh mijn boot op zoeken')).toBe('mijn boete opzoeken');
  });
});

describe('a postcode said as whole numbers, its letters as sounds', () => {
  it.each([
    ['duizend zeventien cee iks', '1017 CX'],
    ['duizendzeventien c x', '1017 CX'],
    ['drieduizend vijfhonderd twaalf ka el', '3512 KL'],
    ['achtentachtig elf ee ij', '8811 EY'],
    ['tien zeventien cee iks', '1017 CX'],
    ['one thousand seventy one dee jay', '1071 DJ'],
    ['tausendeinundsiebzig D J', '1071 DJ'],
    ['tien zeventien cee eks', '1017 CX'],
    ['drieduizend vijfhonderd twaalf kaa el', '3512 KL'],
    ['zesenvijftig elf ee zet', '5611 EZ'],
  ])('"%s" → %s', (said, postcode) => expect(extractSpokenPostcode(said)?.value).toBe(postcode));
});
