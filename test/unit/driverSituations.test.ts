import { driverLead } from '../../domain/knowledge/driverSituations';

describe('who drove and whose car it is', () => {
  it.each([
    ['auto van mn moeder staat op haar naam ik reed, kan het op mijn naam', 'driverNotOwner'],
    ['leaseauto van de zaak geflitst, krijg ik de boete of mijn baas', 'driverNotOwner'],
    ['Ich bin Berufskraftfahrer, zahle ich das oder meine Firma?', 'driverNotOwner'],
    ['I drove my boss\'s car, who pays?', 'driverNotOwner'],
    ['de auto staat op mijn naam maar mijn ex rijdt erin, moet ik betalen', 'ownerOtherDriver'],
    ['the car is in my name but my son drives it', 'ownerOtherDriver'],
    ['mijn kenteken is gekloond', 'clonedPlate'],
    ['ich habe gar kein Auto und bekomme ein Bußgeld', 'clonedPlate'],
  ])('"%s" is %s', (text, lead) => {
    expect(driverLead(text)).toBe(lead);
  });

  it.each(['ik reed niet zelf', 'de bestelbus van mijn bedrijf is geflitst', 'hoe betaal ik mijn boete'])(
    '"%s" is none of them',
    (text) => {
      expect(driverLead(text)).toBeUndefined();
    },
  );
});
