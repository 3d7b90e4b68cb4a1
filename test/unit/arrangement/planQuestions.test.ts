import {
  asksAboutInterest,
  asksAboutLaterFine,
  asksMonthlyAmount,
  asksWhatTotalIncludes,
  asksWhichClaims,
  asksWhyNot,
  saysAlreadyPaidPart,
  wantsToPayOneFirst,
} from '../../../domain/arrangement/planQuestions';
import { cjibNumberWithLookalikes } from '../../../domain/claims/lookalikeDigits';

describe('questions about the schedule on the table', () => {
  it.each([
    'welke boetes zitten erin?',
    'Welke boetes zitten er in de regeling?',
    'which fines are in it?',
    'which fines are included?',
    'welche Bußgelder sind dabei?',
    'które mandaty są w planie?',
    'waarom zit deze er niet in?',
    'why is the red light one not in it?',
  ])('"%s" asks which fines are in it', (q) => expect(asksWhichClaims(q)).toBe(true));

  it.each([
    'Ja, aanvragen',
    'kan ik minder maanden kiezen?',
    'Het maandbedrag is te hoog',
    'no, not now',
    'nie',
  ])('"%s" does not', (q) => expect(asksWhichClaims(q)).toBe(false));

  it.each([
    'what if I get another fine later?',
    'was passiert, wenn ich noch ein Bußgeld bekomme?',
    'en als ik nog een boete krijg?',
    'co jeśli dostanę kolejny mandat?',
  ])('"%s" asks about a later fine', (q) => expect(asksAboutLaterFine(q)).toBe(true));

  it.each(['ja', 'nee', 'the monthly amount is too high', 'welke boetes zitten erin?'])(
    '"%s" does not',
    (q) => expect(asksAboutLaterFine(q)).toBe(false),
  );

  it.each([
    'ik wil één boete nu betalen en de rest in delen',
    'ik wil de rood licht boete nu betalen en de andere in termijnen',
    "I'd like to pay one fine now and the rest in instalments",
    'eins jetzt bezahlen und den Rest in Raten',
    'chcę zapłacić jeden mandat teraz a resztę w ratach',
  ])('"%s" wants to pay one fine first', (q) => expect(wantsToPayOneFirst(q)).toBe(true));

  it.each(['ik wil alles in een keer betalen', 'ja graag', 'nee, nu niet', 'I want to pay in instalments'])(
    '"%s" does not',
    (q) => expect(wantsToPayOneFirst(q)).toBe(false),
  );
});

describe('a CJIB number typed with O and I for 0 and 1', () => {
  it.each([
    ['96989486I458O658', '9698948614580658'],
    ['mijn nummer is 9698 9486 I458 O658', '9698948614580658'],
    ['2342-l455-2485-7394', '2342145524857394'],
  ])('"%s" is %s', (typed, number) => expect(cjibNumberWithLookalikes(typed)).toBe(number));

  it.each(['1071 DJ', 'Ik woon op 12', '96989486145806', 'I owe 120 euros'])('"%s" is no number', (typed) =>
    expect(cjibNumberWithLookalikes(typed)).toBeUndefined(),
  );
});

describe('"why not?" at a refusal', () => {
  it.each(['waarom kan dat niet?', 'Waarom niet', 'why not?', 'how come?', 'warum nicht?', 'dlaczego nie?'])(
    '"%s" asks why',
    (q) => expect(asksWhyNot(q)).toBe(true),
  );
  it.each(['nee', 'ja graag', 'no thanks'])('"%s" does not', (q) => expect(asksWhyNot(q)).toBe(false));
});

describe('what the total includes, the monthly amount, a fine left out', () => {
  it.each([
    'zijn de administratiekosten hier ook bij inbegrepen?',
    'zit de verhoging er ook in?',
    'does this include the increase?',
    'sind die Verwaltungskosten da mit drin?',
    'czy koszty administracyjne są wliczone?',
  ])('"%s" asks what the total includes', (q) => expect(asksWhatTotalIncludes(q)).toBe(true));
  it.each([
    'waarom zijn de administratiekosten zo hoog?',
    'moet ik de administratiekosten ook betalen als ik bezwaar maak?',
  ])('"%s" does not', (q) => expect(asksWhatTotalIncludes(q)).toBe(false));
  it.each([
    'hoeveel was het ook alweer per maand?',
    'how much a month was it?',
    'wie viel war das pro Monat?',
    'ile miesięcznie?',
    'wacht, wat was het maandbedrag ook alweer?',
    'what was the monthly amount again?',
    'was war nochmal die Monatsrate?',
    'jaka była rata miesięczna?',
  ])('"%s" asks the monthly amount', (q) => expect(asksMonthlyAmount(q)).toBe(true));
  it.each(['kan ik 50 per maand betalen?', 'Het maandbedrag is te hoog'])('"%s" does not', (q) =>
    expect(asksMonthlyAmount(q)).toBe(false),
  );
  it.each([
    'I only want to pay the speeding fine in instalments',
    'kan ik alleen de snelheidsboete in termijnen betalen?',
    'nur das eine Bußgeld in Raten bitte',
    'tylko jeden mandat w ratach',
  ])('"%s" wants only one fine in the arrangement', (q) => expect(wantsToPayOneFirst(q)).toBe(true));
  it('"ja maar dan zonder de rood licht boete" wants one fine out', () =>
    expect(wantsToPayOneFirst('ja maar dan zonder de rood licht boete')).toBe(true));
});

describe('a part already paid', () => {
  it.each([
    'maar ik heb al 50 euro betaald van de eerste boete',
    'but I already paid 100 euros of it',
    'ich habe schon 100 Euro überwiesen',
    'już zapłaciłem 50 euro',
  ])('"%s" says a part was paid', (q) => expect(saysAlreadyPaidPart(q)).toBe(true));
  it.each(['ik kan 50 euro per maand betalen', 'ja', 'I want to pay it all at once'])('"%s" does not', (q) =>
    expect(saysAlreadyPaidPart(q)).toBe(false),
  );
});

describe('one claim in it, interest', () => {
  it.each([
    'gaat de strafbeschikking ook in de regeling?',
    'is the red light fine in the arrangement too?',
    'ist der Strafbefehl auch in der Ratenzahlung?',
  ])('"%s" asks which fines are in it', (q) => expect(asksWhichClaims(q)).toBe(true));
  it.each([
    'komt er nog rente bij?',
    'is there any interest on top?',
    'kommen Zinsen dazu?',
    'czy są odsetki?',
  ])('"%s" asks about interest', (q) => expect(asksAboutInterest(q)).toBe(true));
});
