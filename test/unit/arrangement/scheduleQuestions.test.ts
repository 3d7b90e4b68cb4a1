import { saysIsBack } from '../../../domain/arrangement/backAgain';
import { agrees } from '../../../domain/arrangement/agreement';
import { saysHasNeitherContact } from '../../../domain/arrangement/contactAnswer';
import { paymentQuestion } from '../../../domain/arrangement/paymentQuestion';
import { termQuestion } from '../../../domain/arrangement/termQuestion';
import { saysUnsure } from '../../../domain/arrangement/unsure';
import { saysWorried } from '../../../domain/language/worry';

/** Questions about the months and the paying of a schedule on the table, in nl, en, de and pl. */
describe('termQuestion', () => {
  it.each([
    ['wat is het maximale aantal termijnen?', undefined, false],
    ['kan het over 12 maanden?', 12, false],
    ['mag ik het in 24 termijnen?', 24, false],
    ['kan het toch langer?', undefined, false],
    ['can I get more months?', undefined, false],
    ['how many months is the maximum?', undefined, false],
    ['can I do it in fewer months?', undefined, true],
    ['Geht das auch in 12 Raten?', 12, false],
    ['Kann ich mehr als 18 Monate bekommen?', 18, false],
    ['czy mogę dostać więcej miesięcy?', undefined, false],
    ['hoe lang kan ik het spreiden?', undefined, false],
    ['ik wil het liever in 3 maanden afbetalen', 3, false],
    ['I would rather pay it off in 3 months', 3, false],
    ['can I pay it off in 6 months?', 6, false],
    ['liever in drie maanden', 3, false],
    ['geht es auch in sechs Monaten?', 6, false],
    ['ik wil het liever in 3 keer betalen, dan ben ik er sneller vanaf', 3, true],
    ['can I pay it in 3 goes so I am done faster?', 3, true],
    ['lieber in 3 Raten, dann bin ich schneller fertig', 3, true],
    ['wolę w 3 ratach, szybciej spłacić', 3, true],
  ])('%s', (question, months, fewer) => {
    expect(termQuestion(question)).toEqual({ ...(months ? { months } : {}), fewer });
  });

  it.each([
    'ik kan maar 12 euro per maand',
    'I can pay 50 a month',
    'nur 30 Euro im Monat',
    'mogę płacić 40 zł miesięcznie',
    'ja graag',
    'welke boetes zitten erin?',
    'what if I can pay more in 2 months?',
    'wat als ik over 2 maanden meer kan betalen?',
    'can I pay it off early?',
  ])('not about months: %s', (answer) => {
    expect(termQuestion(answer)).toBeUndefined();
  });
});

describe('paymentQuestion', () => {
  it.each([
    ['kan ik ook meer betalen per maand?', 'payMore'],
    ['can I pay it off early?', 'payMore'],
    ['czy mogę zapłacić wcześniej?', 'payMore'],
    ['kan de datum de 25e worden? dan krijg ik salaris', 'otherDate'],
    ['ik krijg pas op de 25e salaris', 'otherDate'],
    ['I get paid on the 28th, can it be then?', 'otherDate'],
    ['kan de eerste termijn later?', 'otherDate'],
    ['czy mogę zmienić dzień płatności na 10?', 'otherDate'],
    ['Kann ich auch am 15. zahlen?', 'otherDate'],
    ['Wie hoch ist die letzte Rate?', 'lastDue'],
    ['why is the last one different?', 'lastDiffers'],
    ['is it sent now?', 'notSentYet'],
    ['moet ik zelf overmaken of wordt het afgeschreven?', 'paymentMethod'],
    ['Wird das abgebucht?', 'paymentMethod'],
    ['czy rata może być przelewem stałym?', 'paymentMethod'],
    ['krijg ik een brief?', 'letter'],
    ['do I get a letter?', 'letter'],
    ['mijn vriend betaalt het, kan dat?', 'someoneElse'],
    ['Kann meine Frau das bezahlen?', 'someoneElse'],
    ['komen er nog kosten bij voor de regeling?', 'extraCosts'],
    ['komen er kosten bij?', 'extraCosts'],
    ['kost een betalingsregeling extra?', 'extraCosts'],
    ['wat kost een regeling?', 'extraCosts'],
    ['does it cost anything?', 'extraCosts'],
    ['fallen Zusatzkosten an?', 'extraCosts'],
    ['entstehen dabei Kosten?', 'extraCosts'],
    ['czy to coś kosztuje?', 'extraCosts'],
    ['czy są jakieś opłaty?', 'extraCosts'],
    ['is there a fee for a payment plan?', 'extraCosts'],
    ['kostet die Ratenzahlung Gebühren?', 'extraCosts'],
    ['czy za raty trzeba coś dopłacić?', 'extraCosts'],
    ['komt er rente bij?', 'interest'],
    ['hoeveel rente betaal ik?', 'interest'],
    ['do I pay interest on this?', 'interest'],
    ['muss ich Zinsen zahlen?', 'interest'],
    ['czy płacę odsetki?', 'interest'],
    ['kan ik de eerste termijn pas in maart betalen', 'laterStart'],
    ['kan ik in maart beginnen met betalen?', 'laterStart'],
    ['can I start paying in March?', 'laterStart'],
    ['kann ich erst im März anfangen?', 'laterStart'],
    ['czy mogę zacząć płacić dopiero w marcu?', 'laterStart'],
    ['kan ik uitstel krijgen voor de eerste termijn?', 'laterStart'],
    ['wat als ik ziek word en niet kan betalen', 'laterTrouble'],
    ['co jeśli spóźnię się z ratą?', 'laterTrouble'],
    ['a jak stracę pracę?', 'laterTrouble'],
    ['wanneer is de laatste termijn?', 'lastDue'],
    ['Wann bin ich fertig?', 'lastDue'],
    ['kiedy ostatnia rata?', 'lastDue'],
    ['is dit definitief?', 'binding'],
    ['is this binding?', 'binding'],
    ['kan ik het na het versturen nog annuleren?', 'withdraw'],
    ['czy mogę to później anulować?', 'withdraw'],
    ['moet ik iets opsturen?', 'documents'],
    ['Muss ich Unterlagen schicken?', 'documents'],
    ['is the monthly amount fixed?', 'sameEachMonth'],
    ['is het maandbedrag elke maand hetzelfde?', 'sameEachMonth'],
    ['bleibt die Rate immer gleich?', 'sameEachMonth'],
    ['czy rata jest stała?', 'sameEachMonth'],
  ])('%s → %s', (question, kind) => {
    expect(paymentQuestion(question)).toBe(kind);
  });

  // (Paying at once, "gleich", or another amount asked for is no question whether it stays the same.)
  it.each(['kann ich den Betrag gleich bezahlen?', 'can I change the monthly amount?'])('not the same: %s', (q) =>
    expect(paymentQuestion(q)).not.toBe('sameEachMonth'),
  );

  it.each(['ja', 'nee, nu niet', 'het maandbedrag is te hoog', 'welke boetes zitten erin?', 'yes please'])(
    'none: %s',
    (answer) => {
      expect(paymentQuestion(answer)).toBeUndefined();
    },
  );
});

describe('saysUnsure, saysWorried, saysHasNeitherContact, agrees', () => {
  it.each([
    'ik weet het niet',
    'ik weet het nog niet',
    'not sure',
    'Ich weiß nicht',
    'nie wiem',
    'nie jestem pewna',
  ])('unsure: %s', (answer) => expect(saysUnsure(answer)).toBe(true));
  it.each(['ik twijfel, mag ik er even over nadenken?', 'ja', 'nee, nu niet'])('not unsure: %s', (answer) =>
    expect(saysUnsure(answer)).toBe(false),
  );
  it.each(['ik heb hier echt stress van', "I'm so worried", 'ich habe Angst', 'boję się'])(
    'worried: %s',
    (answer) => expect(saysWorried(answer)).toBe(true),
  );
  it.each(['ik heb geen email en geen telefoon', 'neither', 'nie mam ani maila, ani telefonu'])(
    'neither contact: %s',
    (answer) => expect(saysHasNeitherContact(answer)).toBe(true),
  );
  it.each(['ik heb geen e-mail', 'nie mam maila', 'jan@example.nl'])(
    'one contact or a contact: %s',
    (answer) => expect(saysHasNeitherContact(answer)).toBe(false),
  );
  it.each(['fine, yes', 'ok dan ja', 'na gut, ja'])('agrees: %s', (answer) =>
    expect(agrees(answer)).toBe(true),
  );
  it.each(['not fine', 'the fine'])('does not agree: %s', (answer) => expect(agrees(answer)).toBe(false));
});

describe('saysIsBack', () => {
  it.each(["ok I'm back", 'ik ben er weer', 'da bin ich wieder', 'już jestem', 'zo, daar ben ik weer', 'sorry, I am back now'])('back: %s', (answer) =>
    expect(saysIsBack(answer)).toBe(true),
  );
  it.each([
    'ja',
    'back to the start',
    'terugbellen',
    'ik ben er weer, ja ik wil de regeling',
    "ok I'm back, yes request it",
    'so, da bin ich wieder, ja ich möchte die Ratenzahlung',
  ])('not only back: %s', (answer) =>
    expect(saysIsBack(answer)).toBe(false),
  );
});
