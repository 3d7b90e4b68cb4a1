import { asksIfOverpaid } from '../../../domain/language/overpaidQuestion';
import { ownClaimQuestion } from '../../../domain/language/ownClaimQuestion';

describe('"I paid too much" about the fines just looked up', () => {
  it.each([
    'ik denk dat ik te veel heb betaald, ik heb 188 euro overgemaakt',
    'ik heb het dubbel betaald',
    'ik heb twee keer betaald',
    'I think I overpaid',
    'I paid twice for this fine',
    'ich habe zu viel überwiesen',
    'ich habe doppelt bezahlt',
    'chyba nadpłaciłem',
    'zapłaciłem dwa razy',
    'I believe I have paid my fine twice by mistake, could I get a refund please?',
    'so how do i get my money back',
    'wie bekomme ich mein Geld zurück?',
  ])('%s', (message) => {
    expect(asksIfOverpaid(message)).toBe(true);
    expect(ownClaimQuestion(message)).toBe('overpaid');
  });

  it.each([
    'hoeveel moet ik nog betalen',
    'ik heb betaald maar krijg een aanmaning',
    'is mijn betaling aangekomen',
    'er is geld afgeschreven, krijg ik dat geld terug?',
  ])('not: %s', (message) => {
    expect(asksIfOverpaid(message)).toBe(false);
  });
});
