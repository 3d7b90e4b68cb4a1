import { asksNextInstalment, asksToPayRestAtOnce } from '../../../domain/language/nextInstalmentQuestion';
import { ownClaimQuestion } from '../../../domain/language/ownClaimQuestion';
import { asksWhichFine } from '../../../domain/language/whichFineQuestion';

describe('questions about the fines just looked up', () => {
  it.each([
    'wanneer moet ik mijn volgende termijn betalen?',
    'Wanneer is de volgnde termijn',
    'hoeveel is mijn volgende termijn?',
    'wanneer moet ik weer betalen?',
    'when is my next instalment due?',
    'when is the next installment',
    'when do I pay again?',
    'wann ist die nächste Rate fällig?',
    'wann muss ich wieder zahlen?',
    'kiedy mam zapłacić następną ratę?',
    'kiedy kolejna rata?',
    'wanneer moet de volgende betaald worden?',
    'when is the next one due?',
    'wann ist die nächste fällig?',
    'kiedy następna?',
  ])('"%s" asks for the next instalment', (text) => {
    expect(asksNextInstalment(text)).toBe(true);
    expect(ownClaimQuestion(text)).toBe('nextInstalment');
  });

  it.each([
    'kan ik de rest in één keer betalen?',
    'kan ik t restant ineens betalen',
    'mag ik het resterende bedrag in 1 keer betalen',
    'kan ik de regeling eerder aflossen?',
    'can I pay off the remainder in one go?',
    'can i pay the rest at once',
    'can I pay off my arrangement early?',
    'kann ich den Rest auf einmal zahlen?',
    'kann ich den Restbetrag sofort überweisen?',
    'czy mogę spłacić resztę od razu?',
    'czy mogę zapłacić całość jednorazowo?',
    'kan ik alles in 1x betalen?',
  ])('"%s" asks to pay the rest at once', (text) => {
    expect(asksToPayRestAtOnce(text)).toBe(true);
    expect(ownClaimQuestion(text)).toBe('payRest');
  });

  it.each([
    'welke boete is dit?',
    'welke boetes zijn dit',
    'welke boet is dat',
    'waar is deze boete voor?',
    'waarvoor heb ik deze boete gekregen?',
    'wat is dit voor een boete?',
    'which fine is this?',
    "what's this fine for?",
    'what did I get the fine for?',
    'welches Bußgeld ist das?',
    'wofür ist das Bußgeld?',
    'was ist das für ein Bußgeld?',
    'jaki to mandat?',
    'za co jest ten mandat?',
    'co to za mandat?',
  ])('"%s" asks which fine it is', (text) => {
    expect(asksWhichFine(text)).toBe(true);
    expect(ownClaimQuestion(text)).toBe('whichFine');
  });

  it.each([
    'wanneer moet ik betalen?',
    'hoe lang heb ik om te betalen?',
    'kan ik in termijnen betalen?',
    'how many instalments are left?',
    'welke boete moet ik eerst betalen?',
    'ik wil bezwaar maken tegen de boete',
    'hoe betaal ik de boete?',
    'what is the payment term?',
    'my letter says T, what kind of fine is that',
    'op mijn brief staat de letter O, wat voor boete is dat?',
  ])('"%s" is none of these', (text) => {
    expect(asksNextInstalment(text)).toBe(false);
    expect(asksToPayRestAtOnce(text)).toBe(false);
    expect(asksWhichFine(text)).toBe(false);
  });
});
