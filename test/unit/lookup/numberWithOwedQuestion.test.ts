import { givesCjibNumberForLookup } from '../../../domain/knowledge/givenCjibNumber';

const NUMBER = { cjibNumber: '9698948614580658' };

describe('givesCjibNumberForLookup: a CJIB number with a question', () => {
  it.each([
    'hello, what do I owe? my cjib number is 9698-9486-1458-0658',
    'how much do I still have to pay? 9698948614580658',
    'mijn cjib nummer is 9698948614580658, hoeveel moet ik nog betalen?',
    'meine CJIB-Nummer ist 9698948614580658, was muss ich zahlen?',
    'wie viel ist noch offen? 9698948614580658',
    'mój numer CJIB to 9698948614580658, ile muszę zapłacić?',
    'ile jeszcze muszę zapłacić? 9698948614580658',
  ])('what is owed is the lookup: "%s"', (text) =>
    expect(givesCjibNumberForLookup({ text, entities: NUMBER }, undefined)).toBe(true),
  );

  it.each([
    'is 9698948614580658 the number I pay with?',
    'moet ik 9698948614580658 als betalingskenmerk gebruiken?',
    'ist 9698948614580658 die Zahlungsreferenz?',
  ])('a question about the number itself is not: "%s"', (text) =>
    expect(givesCjibNumberForLookup({ text, entities: NUMBER }, undefined)).toBe(false),
  );
});
