import { questionsRefusal } from '../../domain/arrangement/refusalQuestioned';

describe('questionsRefusal: right after a refusal, the citizen questions it', () => {
  it.each([
    'dlaczego nie? to tylko 54 euro',
    'to tylko 54 euro',
    'maar het is maar 54 euro',
    'waarom niet?',
    "it's only 54 euros",
    'why not',
    'das sind doch nur 54 Euro',
    'kan het echt niet?',
    'geht das wirklich nicht?',
    'naprawdę się nie da?',
  ])('"%s"', (text) => expect(questionsRefusal(text)).toBe(true));

  it.each(['hoe betaal ik', 'ok', 'dank je', 'ik kan niet betalen', 'jak zapłacić?'])('not "%s"', (text) =>
    expect(questionsRefusal(text)).toBe(false),
  );
});
