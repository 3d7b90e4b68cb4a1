import { normalizeQuestion } from '../../domain/knowledge/normalizeQuestion';
import { guardianIsSomeoneElses } from '../../domain/knowledge/othersGuardian';

const someoneElses = (text: string) => guardianIsSomeoneElses(normalizeQuestion(text));

describe('guardianIsSomeoneElses', () => {
  it.each([
    'mijn man heeft een bewindvoerder, wat moet ik met zijn boete?',
    'mijn moeder staat onder bewind',
    'Mn zoon heeft sinds kort beschermingsbewind',
    'kan zijn bewindvoerder dat regelen?',
    'my husband has a bewindvoerder, what do I do with his fine?',
    'my dad is under financial administration',
    'mein Mann hat einen Bewindvoerder',
    'meine Mutter hat einen Betreuer',
    'mój mąż ma bewindvoerdera',
    'moja mama ma zarządcę finansów',
  ])('"%s": someone else\'s', (text) => {
    expect(someoneElses(text)).toBe(true);
  });

  it.each([
    'ik heb een bewindvoerder, wat moet ik doen?',
    'ik ben de bewindvoerder van mijn broer',
    'I have a guardian who manages my money',
    "I am my mother's guardian",
    'ich habe einen Betreuer',
    'mam zarządcę finansów',
  ])('"%s": not', (text) => {
    expect(someoneElses(text)).toBe(false);
  });
});
