import { saysWhenOrHowPaid } from '../../domain/knowledge/paidDetail';

describe('when or how the citizen paid, said after the answer on a payment not seen', () => {
  it.each([
    'vor 2 Wochen per Überweisung',
    '2 weken geleden overgemaakt',
    'I paid by bank transfer last week',
    'gisteren met iDEAL',
    'tydzień temu przelewem',
    'three days ago',
  ])('"%s"', (text) => expect(saysWhenOrHowPaid(text)).toBe(true));

  it.each([
    'hoe kan ik betalen?',
    'wat is het rekeningnummer',
    'I want to talk to someone',
    'ik heb 2 weken geleden een brief gekregen en nu komt er een aanmaning en ik snap niet waarom dat zo is',
  ])('not "%s"', (text) => expect(saysWhenOrHowPaid(text)).toBe(false));
});
