import { asksDecisionTime } from '../../../domain/arrangement/decisionQuestion';
import { asksIncreaseMeanwhile } from '../../../domain/arrangement/increaseMeanwhile';
import { paymentQuestion } from '../../../domain/arrangement/paymentQuestion';
import { disputesRefusal } from '../../../domain/arrangement/refusalDispute';

describe('increases or reminders while a request is pending', () => {
  it.each([
    'en stopt de verhoging dan?',
    'wacht, krijg ik dan nog een aanmaning als de eerste termijn pas in januari is? de boete moet 15 december betaald zijn',
    'komt er dan nog een herinnering?',
    'does the increase stop then?',
    'will I still get a reminder?',
    'kommt dann noch eine Mahnung?',
    'czy dostanę jeszcze upomnienie?',
  ])('"%s"', (question) => {
    expect(asksIncreaseMeanwhile(question)).toBe(true);
    expect(paymentQuestion(question)).toBe('increaseMeanwhile');
  });

  it.each([
    'kan ik de eerste termijn pas in maart betalen',
    'wat als ik een termijn te laat betaal, krijg ik dan een aanmaning?',
    'hoeveel rente betaal ik?',
    'ja',
  ])('not "%s"', (question) => expect(paymentQuestion(question)).not.toBe('increaseMeanwhile'));
});

describe('when the decision comes', () => {
  it.each([
    'wanneer hoor ik of het goedgekeurd is',
    'hoe lang moet ik wachten',
    'how long do I have to wait?',
    'when will I hear back?',
    'wie lange muss ich warten?',
    'jak długo muszę czekać?',
    // The assessment named: how long it takes, not how long the arrangement runs.
    'hoe lang duurt de beoordeling?',
    'how long does the assessment take?',
    'wie lange dauert die Bearbeitung?',
    'jak długo trwa weryfikacja?',
  ])('"%s"', (question) => expect(asksDecisionTime(question)).toBe(true));

  it.each(['how long do I have to pay?', 'wanneer moet ik betalen?'])('not "%s"', (question) =>
    expect(asksDecisionTime(question)).toBe(false),
  );
});

describe('a refusal disputed', () => {
  it.each([
    'dat klopt niet, ik heb die regeling toen wel betaald alleen 1 keer te laat',
    'ik ben het er niet mee eens',
    'ik heb toch altijd netjes betaald',
    "that's not true, I did pay",
    'das stimmt nicht, ich habe doch alles bezahlt',
    'to nieprawda, zawsze płaciłem',
  ])('"%s"', (message) => expect(disputesRefusal(message)).toBe(true));

  it.each(['nee', 'nee, dank u', 'Nee, nu niet', 'no thanks', 'Nein danke', 'nie, dziękuję', 'nog eens'])(
    'not "%s"',
    (message) => expect(disputesRefusal(message)).toBe(false),
  );
});
