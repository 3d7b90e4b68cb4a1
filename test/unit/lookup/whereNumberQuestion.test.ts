import { asksWhereNumberIs } from '../../../domain/language/whereNumberQuestion';

describe('asksWhereNumberIs: where the CJIB number is on the letter', () => {
  it.each([
    'waar vind ik dat nummer',
    'Waar staat het CJIB-nummer?',
    'waar kan ik dat nummer vinden dan',
    'welk nummer bedoelt u?',
    'dat nummer vind ik niet',
    'where do I find the number?',
    'which number do you mean',
    "I can't find the number",
    'wo finde ich die Nummer?',
    'welche Nummer meinen Sie',
    'gdzie znajdę ten numer?',
    'jaki numer?',
    'nie mogę znaleźć tego numeru',
  ])('"%s"', (text) => expect(asksWhereNumberIs(text)).toBe(true));

  it.each([
    '9698 9486 1458 0658',
    'ik heb mijn brief niet',
    'waar kan ik betalen',
    'where do I pay',
    'mijn nummer is 9698948614580658',
    'wat kost dat',
  ])('not "%s"', (text) => expect(asksWhereNumberIs(text)).toBe(false));
});
