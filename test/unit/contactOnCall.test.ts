import { withTransferOffer } from '../../adapters/channels/contactOnCall';

const OFFER = 'Zeg medewerker.';

describe('withTransferOffer: "contact the CJIB" said to a caller on the CJIB line', () => {
  it.each([
    [
      'Heeft u geen DigiD? Neem dan contact op met het CJIB. Tot ziens.',
      'Heeft u geen DigiD? Neem dan contact op met het CJIB. Zeg medewerker. Tot ziens.',
    ],
    ['No DigiD? Then contact the CJIB.', 'No DigiD? Then contact the CJIB. Zeg medewerker.'],
    ['Bitte wenden Sie sich an das CJIB.', 'Bitte wenden Sie sich an das CJIB. Zeg medewerker.'],
    ['Proszę skontaktować się z CJIB.', 'Proszę skontaktować się z CJIB. Zeg medewerker.'],
  ])('%s', (text, said) => {
    expect(withTransferOffer(text, OFFER)).toBe(said);
  });
  it('leaves a reply that offers a person, or says nothing of contacting the CJIB', () => {
    const offers = 'Neem contact op met het CJIB. Wilt u met een medewerker spreken?';
    expect(withTransferOffer(offers, OFFER)).toBe(offers);
    expect(withTransferOffer('U kunt betalen met iDEAL.', OFFER)).toBe('U kunt betalen met iDEAL.');
  });
});
