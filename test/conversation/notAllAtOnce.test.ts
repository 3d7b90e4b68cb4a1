/**
 * "I cannot pay it all at once" asks for paying in parts: the instalments answer in every language,
 * also when heard as how to pay or as nothing, never "pay each fine with its own transfer" (which
 * answers paying several fines together).
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

const INSTALMENTS = /EUR 75|€ 75|75 €|75 EUR/;
const ONE_TRANSFER = /eigen overboeking|own transfer|eigenen Überweisung|osobnym przelewem/;

describe('not all at once', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'ik kan het niet in een keer betalen'],
    ['en-GB', 'i cant pay it all at once can i split it'],
    ['de-DE', 'ich kann das nicht auf einmal bezahlen'],
    ['pl-PL', 'nie mogę zapłacić całości na raz'],
  ])('%s: "%s" gets the instalments answer', async (locale, message) => {
    const [answer] = await answersTo(assistant, locale, message);
    expect(answer).toMatch(INSTALMENTS);
    expect(answer).not.toMatch(ONE_TRANSFER);
  });

  it('"ik kan hem niet in een keer betalen, kan dat in delen" is no question about paying fines together', async () => {
    const [answer] = await answersTo(
      assistant,
      'nl-NL',
      'ik heb een boete gehad maar ik kan hem niet in een keer betalen kan dat in delen',
    );
    expect(answer).toMatch(/betalingsregeling/);
    expect(answer).not.toMatch(ONE_TRANSFER);
  });

  it('"kan ik twee boetes in een keer betalen?" still hears to pay each fine with its own transfer', async () => {
    const [answer] = await answersTo(assistant, 'nl-NL', 'kan ik twee boetes in een keer betalen?');
    expect(answer).toMatch(ONE_TRANSFER);
  });
});
