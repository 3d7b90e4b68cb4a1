import { ownClaimQuestion } from '../../domain/language/ownClaimQuestion';
import { doesNotUnderstandLetter } from '../../domain/language/letterConfusion';

describe('ownClaimQuestion', () => {
  it.each([
    ['hoeveel termijnen moet ik nog?', 'instalmentsLeft'],
    ['how many instalments are left?', 'instalmentsLeft'],
    ['wie viele Raten noch?', 'instalmentsLeft'],
    ['ile rat mi zostało?', 'instalmentsLeft'],
    ['wat is mijn maandbedrag ook alweer?', 'monthlyAmount'],
    ['how much do I pay a month?', 'monthlyAmount'],
    ['ile płacę miesięcznie?', 'monthlyAmount'],
    ['hoeveel moet ik nog betalen?', 'openAmount'],
    ['how much do I still owe?', 'openAmount'],
    ['wie viel muss ich noch zahlen?', 'openAmount'],
    ['ile muszę jeszcze zapłacić?', 'openAmount'],
    ['waarom is het zo duur?', 'breakdown'],
    ['waar bestaat dit bedrag uit?', 'breakdown'],
    ['waarom is het meer dan de boete?', 'breakdown'],
    ['why is it more than the fine?', 'breakdown'],
    ['warum ist es so teuer?', 'breakdown'],
    ['czemu tak duzo', 'breakdown'],
    ['skąd ta podwyżka?', 'breakdown'],
    ['dlaczego kwota jest taka wysoka?', 'breakdown'],
    ['why so much', 'breakdown'],
    ['why did it go up so much', 'breakdown'],
    ['wieso muss ich mehr zahlen', 'breakdown'],
    ['hoezo zo veel?', 'breakdown'],
    ['dlaczego tak drogo?', 'breakdown'],
    ['waarom is het zo veel', 'breakdown'],
    ['wat was ook alweer het bedrag', 'openAmount'],
    ['what was the amount again?', 'openAmount'],
    ['wanneer moet ik betalen', 'dueDate'],
    ['en wanneer moet dat uiterlijk?', 'dueDate'],
    ['wat is de laatste dag?', 'dueDate'],
    ['wanneer ben ik klaar met afbetalen?', 'paidOff'],
    ['wanneer is alles afbetaald', 'paidOff'],
    ['wanneer is mijn laatste termijn?', 'paidOff'],
    ['when will I be done paying?', 'paidOff'],
    ["when's the last instalment?", 'paidOff'],
    ['wann bin ich fertig mit abbezahlen?', 'paidOff'],
    ['wann ist die letzte Rate?', 'paidOff'],
    ['kiedy skończę spłacać?', 'paidOff'],
    ['kiedy jest ostatnia rata?', 'paidOff'],
    ['tot wanneer', 'dueDate'],
    ['waarom is de betaaldatum al voorbij', 'dueDate'],
    ['maar ik heb nog een brief gekregen', 'reminder'],
    ['but I got another letter', 'reminder'],
    ['ich habe trotzdem einen Brief bekommen', 'reminder'],
    ['hoe lang heb ik nog?', 'dueDate'],
    ['how long do I have left?', 'dueDate'],
    ['wie lange habe ich noch?', 'dueDate'],
    ['hoef ik nu niet te betalen?', 'dueDate'],
    ['do I have to pay now?', 'dueDate'],
    ['what is the due date', 'dueDate'],
    ['bis wann muss ich zahlen?', 'dueDate'],
    ['ile mam czasu na zapłatę', 'dueDate'],
    // The time to pay asked as such, once the fines are shown: their own dates.
    ['hoe lang heb ik om te betalen?', 'dueDate'],
    ['hoeveel tijd heb ik nog', 'dueDate'],
    ['how long do I have to pay?', 'dueDate'],
    ['how much time do I have?', 'dueDate'],
    ['wie lange habe ich Zeit zum Zahlen?', 'dueDate'],
    ['wie viel Zeit habe ich?', 'dueDate'],
    ['jak długo mam na zapłatę?', 'dueDate'],
    ['ile czasu mam?', 'dueDate'],
    ['maar ik heb een aanmaning gekregen', 'reminder'],
    ['I got a reminder though', 'reminder'],
    ['ich habe trotzdem eine Mahnung bekommen', 'reminder'],
    ['dostałem upomnienie', 'reminder'],
    // "I already paid" once the fines are shown: what the record shows as paid.
    ['ik heb al betaald toch?', 'paidAlready'],
    ['but I already paid', 'paidAlready'],
    ['ich habe doch schon bezahlt', 'paidAlready'],
    ['przecież już zapłaciłem', 'paidAlready'],
  ])('"%s" → %s', (text, kind) => {
    expect(ownClaimQuestion(text)).toBe(kind);
  });

  it.each([
    'kan ik in termijnen betalen?',
    'hoeveel maanden mag ik doen over een regeling?',
    'wat als ik een termijn mis?',
    'hoe lang heb ik om bezwaar te maken?',
    'how long do I have to appeal?',
    'kan ik uitstel van de betaaldatum krijgen?',
    'what happens if I pay after the due date?',
    'ik heb een aanmaning gekregen maar kan ik dat ook in termijnen betalen?',
    'ok bedankt',
  ])('"%s" is no question about the own claims', (text) => {
    expect(ownClaimQuestion(text)).toBeUndefined();
  });
});

describe('doesNotUnderstandLetter', () => {
  it.each([
    'ik snap de brief niet',
    'ik snap de brief niet die ik kreeg',
    'ik begrijp niet wat ik moet doen met deze brief',
    'wat betekent deze brief?',
    "I don't understand the letter I got",
    'what does this letter mean?',
    'ich verstehe den Brief nicht',
    'was soll ich mit dem Brief machen?',
    'nie rozumiem tego pisma',
    'co oznacza to pismo?',
    // The fine or reminder the letter brought, received and not understood.
    'ik heb een boete gekregen en ik snap het niet',
    'ik heb een aanmaning gehad maar ik snap er niks van',
    "I got a fine and I don't understand it",
    'ich habe ein Bußgeld bekommen und verstehe es nicht',
  ])('"%s"', (text) => {
    expect(doesNotUnderstandLetter(text)).toBe(true);
  });

  it.each([
    'ik ben mijn brief kwijt',
    'ik heb geen brief gekregen',
    'ik snap het niet',
    'ik snap niet waarom de boete zo hoog is',
    'Wat betekent de letter M op mijn brief van het CJIB?',
    'Guten Tag, ich habe ein Schreiben vom CJIB bekommen. Ich war aber gar nicht der Fahrer, mein Bruder hatte das Auto. Was soll ich jetzt tun?',
  ])('not: "%s"', (text) => {
    expect(doesNotUnderstandLetter(text)).toBe(false);
  });
});
