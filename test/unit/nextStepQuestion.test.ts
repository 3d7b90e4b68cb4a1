import { asksWhatNext } from '../../domain/language/nextStepQuestion';

describe('asking what now', () => {
  it.each([
    'en nu?',
    'wat nu',
    'welke opties heb ik?',
    'and now?',
    'what are my options?',
    'und jetzt?',
    'i co teraz?',
    'co dalej?',
  ])('"%s"', (message) => expect(asksWhatNext(message)).toBe(true));
  it.each(['ja', 'nee', 'probeer het nog eens', 'ik wil een medewerker', 'nu betalen', 'now I want to pay'])(
    'not "%s"',
    (message) => expect(asksWhatNext(message)).toBe(false),
  );
});
