import { asksToTryAgain } from '../../../domain/language/retryRequest';

describe('asksToTryAgain', () => {
  it.each([
    'kunt u het nog eens proberen',
    'probeer nog eens',
    'probeer het opnieuw aub',
    'kun je nog een keer kijken?',
    'nog een keer proberen',
    'try again',
    'can you try again please?',
    'please check again',
    'versuchen Sie es noch mal',
    'bitte nochmal versuchen',
    'spróbuj jeszcze raz',
    'proszę spróbować ponownie',
  ])('"%s"', (text) => expect(asksToTryAgain(text)).toBe(true));

  it.each(['ik probeer te betalen', 'wanneer moet ik betalen', 'I tried to pay', 'nee', 'ja graag'])(
    'not "%s"',
    (text) => expect(asksToTryAgain(text)).toBe(false),
  );
});
