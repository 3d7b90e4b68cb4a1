import { saysNumberWasWrong } from '../../domain/language/numberCorrection';

describe('a CJIB number said to be wrong', () => {
  it.each([
    'sorry, verkeerd nummer',
    'oeps verkeerde nummer',
    'dat was het verkeerde nummer',
    'het nummer klopt niet',
    'nee wacht, ik heb me vergist',
    'typfout',
    'sorry wrong number',
    'that number was wrong',
    'I made a mistake',
    'Oh, ich habe mich vertippt',
    'falsche Nummer',
    'die Nummer ist falsch',
    'przepraszam, zły numer',
    'pomyliłem się',
    'pomyliłem numer',
    'pomyliłam cyfry, przepraszam',
    'oh sorry wrong letter',
    'sorry, verkeerde brief',
    'falscher Brief, entschuldigung',
    'zły list, przepraszam',
  ])('%s', (text) => {
    expect(saysNumberWasWrong(text)).toBe(true);
  });

  it.each([
    'verkeerde postcode',
    'ik weet mijn postcode niet',
    'wrong postcode',
    '8911 AB',
    'waarom heeft u dat nodig?',
    'ja',
    'mijn telefoonnummer is 0612345678',
  ])('not in %s', (text) => {
    expect(saysNumberWasWrong(text)).toBe(false);
  });
});
