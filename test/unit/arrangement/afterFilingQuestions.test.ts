import { asksPayBeforeDecision, asksRequestStatus } from '../../../domain/arrangement/afterFilingQuestions';

describe('questions about an arrangement request on file', () => {
  it.each([
    'is hij nu goedgekeurd?',
    'is mijn regeling al toegekend',
    'what now? did it go through?',
    'has my request arrived at the CJIB?',
    'is it approved yet?',
    'en nu?',
    'ist der Antrag schon genehmigt?',
    'ist er angekommen?',
    'und jetzt?',
    'czy wniosek został zatwierdzony?',
    'czy wniosek dotarł do CJIB?',
    'co teraz?',
  ])('where it stands: %s', (q) => expect(asksRequestStatus(q)).toBe(true));

  it.each(['top, dank u', 'ok thanks', 'hoeveel moet ik per maand betalen', 'ik wil een betalingsregeling'])(
    'not about where it stands: %s',
    (q) => expect(asksRequestStatus(q)).toBe(false),
  );

  it.each([
    'moet ik nu al iets betalen?',
    'moet ik intussen al betalen',
    'do I have to pay anything now?',
    'should I already pay something in the meantime?',
    'muss ich jetzt schon etwas zahlen?',
    'czy muszę już teraz coś zapłacić?',
  ])('paying before the decision: %s', (q) => expect(asksPayBeforeDecision(q)).toBe(true));

  it.each(['hoe kan ik betalen?', 'how do I pay?', 'ik heb al betaald'])(
    'not paying before the decision: %s',
    (q) => expect(asksPayBeforeDecision(q)).toBe(false),
  );
});
