import { asksAboutAnotherFine, asksToLookUpAnotherFine } from '../../domain/language/anotherFine';

describe('another fine than the ones shown', () => {
  it.each([
    'ik heb nog een boete, van mijn vrouw, kan ik die ook opzoeken?',
    'I have another fine, can you look that one up too?',
    'ich habe noch ein Bußgeld, können Sie das nachsehen?',
    'mam jeszcze jeden mandat, możesz go sprawdzić?',
  ])('"%s" asks to look it up', (text) => {
    expect(asksToLookUpAnotherFine(text)).toBe(true);
  });

  it.each([
    'en als ik nog een boete krijg?',
    'what if I get another fine later?',
    'hoeveel moet ik nog betalen',
  ])('"%s" is not another fine already there', (text) => {
    expect(asksAboutAnotherFine(text)).toBe(false);
  });
});
