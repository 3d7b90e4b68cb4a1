import { cannotPayRunningInstalment } from '../../domain/claims/instalmentUnpaid';

describe('cannotPayRunningInstalment: an instalment of a running arrangement the citizen cannot pay', () => {
  it.each([
    'ik heb een regeling maar ik ben ontslagen en kan de termijn van deze maand niet betalen',
    'Ik kan deze maand mijn termijn niet betalen',
    'de termijn van mijn regeling lukt deze maand niet',
    "I have a payment plan but I lost my job and can't pay this month's instalment",
    'Ich habe eine Ratenzahlung, kann aber die Rate diesen Monat nicht zahlen',
    'Mam plan spłaty, ale nie mogę zapłacić raty w tym miesiącu',
  ])('"%s"', (text) => expect(cannotPayRunningInstalment(text)).toBe(true));

  it.each([
    'wat als ik een termijn niet kan betalen?',
    'what if I cannot pay an instalment',
    'kan ik de termijn van deze maand later betalen?',
    'ik wil een betalingsregeling',
    'ik kan niet betalen',
  ])('"%s" is not', (text) => expect(cannotPayRunningInstalment(text)).toBe(false));
});
