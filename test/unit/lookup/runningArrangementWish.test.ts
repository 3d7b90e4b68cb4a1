import { ownClaimQuestion } from '../../../domain/language/ownClaimQuestion';
import {
  asksLowerInstalment,
  asksLowerRunningInstalment,
  namesArrangementAsRunning,
  saysIncomeLost,
  worriesAmountGrows,
} from '../../../domain/claims/runningArrangementWish';

describe('what a citizen with a running arrangement asks of it', () => {
  it.each([
    'kan het maandbedrag van mijn bestaande regeling omlaag ik ben mijn baan kwijt',
    'mijn termijnen zijn te hoog geworden, kan dat lager?',
    'can my monthly payment be lowered? I lost my job',
    'Kann die Monatsrate gesenkt werden?',
    'czy można obniżyć ratę, straciłem pracę',
  ])('a lower instalment: %s', (message) => {
    expect(asksLowerInstalment(message)).toBe(true);
  });

  it.each([
    'ik wil de rest in 1 keer betalen',
    'wanneer is mijn volgende termijn',
    'hoeveel moet ik nog betalen',
  ])('not a lower instalment: %s', (message) => {
    expect(asksLowerInstalment(message)).toBe(false);
  });

  it('income lost in four languages, not a plain question', () => {
    for (const m of ['ik ben mijn baan kwijt', 'I lost my job', 'ich bin arbeitslos', 'straciłem pracę'])
      expect(saysIncomeLost(m)).toBe(true);
    expect(saysIncomeLost('kan het maandbedrag omlaag')).toBe(false);
  });

  it('the worry that the amount grows', () => {
    for (const m of [
      'maar ik wil gewoon betalen in delen zodat het niet hoger wordt',
      'I want to pay in parts so it does not go up',
      'damit es nicht teurer wird',
      'żeby nie było wyższe',
    ])
      expect(worriesAmountGrows(m)).toBe(true);
    expect(worriesAmountGrows('ik wil betalen in delen')).toBe(false);
  });
});

describe('a lower instalment of the arrangement that runs already', () => {
  it('names the running arrangement; a schedule just proposed found too high does not', () => {
    expect(asksLowerRunningInstalment('kan het maandbedrag van mijn bestaande regeling omlaag')).toBe(true);
    expect(asksLowerRunningInstalment('can the monthly amount of my current plan be lowered?')).toBe(true);
    expect(asksLowerRunningInstalment('het maandbedrag is te hoog')).toBe(false);
    expect(
      ownClaimQuestion('kan het maandbedrag van mijn bestaande regeling omlaag ik ben mijn baan kwijt'),
    ).toBe('lowerInstalment');
  });
});

describe('an arrangement named as the one that runs', () => {
  it.each(['mijn bestaande regeling', 'my current plan', 'meine laufende Ratenzahlung', 'mój obecny plan'])(
    '%s',
    (text) => expect(namesArrangementAsRunning(text)).toBe(true),
  );
  it('not "mijn betalingsregeling", which may be any', () => {
    expect(namesArrangementAsRunning('het maandbedrag van mijn betalingsregeling is te hoog')).toBe(false);
  });
});
