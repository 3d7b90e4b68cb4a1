import { saysInstalmentWillBeMissed, saysMissedInstalment } from '../../domain/language/missedInstalment';

describe('an instalment of a running arrangement that will be missed', () => {
  it.each([
    'Ik heb een betalingsregeling maar ik kan deze maand niet betalen',
    'ik heb een regeling maar deze maand lukt het niet',
    "I have a payment plan but I can't pay this month",
    'I have a payment plan but this month I cannot pay',
    'Ich habe eine Ratenzahlung, kann aber diesen Monat nicht zahlen',
    'Ich habe eine Ratenzahlung, aber diesen Monat kann ich nicht zahlen',
    'mam plan spłaty, ale w tym miesiącu nie mogę zapłacić',
    'Mam plan spłat, ale w tym miesiącu nie mogę zapłacić',
  ])('hears "%s"', (text) => {
    expect(saysMissedInstalment(text)).toBe(true);
  });

  it.each([
    'ik heb een regeling, kan ik deze maand minder betalen?',
    'ik heb nog geen regeling en deze maand kan ik niet betalen',
    'I have a payment plan, can I pay more this month?',
    'Ich habe eine Ratenzahlung, kann ich diesen Monat mehr zahlen?',
    'deze maand kan ik niet betalen',
  ])('leaves "%s" to the rest', (text) => {
    expect(saysMissedInstalment(text)).toBe(false);
  });
});

describe('an instalment missed, said by a citizen known to have an arrangement', () => {
  it.each([
    'en als ik een keer niet kan betalen?',
    'deze maand lukt het niet',
    'wat als ik een termijn mis',
    'what if I miss a payment?',
    'what if I cannot pay one month',
    'wenn ich eine Rate verpasse?',
    'co jeśli opuszczę ratę?',
  ])('"%s" is a missed instalment once the arrangement is known', (text) => {
    expect(saysInstalmentWillBeMissed(text)).toBe(true);
    // Without the arrangement named, the words alone are not enough for a stranger.
    expect(saysMissedInstalment(text)).toBe(false);
  });

  it.each([
    'ik kan niet betalen',
    'hoe kan ik betalen',
    'ik wil een keer langskomen',
    'can I pay once a month?',
  ])('"%s" is not', (text) => {
    expect(saysInstalmentWillBeMissed(text)).toBe(false);
  });
});
