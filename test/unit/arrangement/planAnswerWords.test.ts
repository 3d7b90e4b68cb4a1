import { asksDecisionTime } from '../../../domain/arrangement/decisionQuestion';
import { agrees, notYet } from '../../../domain/arrangement/agreement';
import { asksScheduleTotal } from '../../../domain/arrangement/totalQuestion';
import { asksForArrangement, asksToPayInInstalments } from '../../../domain/arrangement/arrangementWish';
import { wantsToThinkItOver } from '../../../domain/arrangement/thinkItOver';
import { asksFirstDueDate } from '../../../domain/arrangement/firstDueQuestion';
import { ownMonthlyAmountCents } from '../../../domain/arrangement/ownMonthlyAmount';
import { wantsToPayInFull } from '../../../domain/arrangement/payInFull';
import { scheduleObjection } from '../../../domain/arrangement/scheduleObjection';
import { asksHowLongToSpread } from '../../../domain/arrangement/spreadQuestion';
import { postcodeInAddress } from '../../../domain/claims/postcodeMatch';

describe('answers to a proposed schedule, in nl, en, de and pl', () => {
  it.each(['less', 'can it be less?', 'weniger bitte', 'mniej', 'minder graag', 'a lower amount please'])(
    '"%s" asks for a lower monthly amount',
    (answer) => expect(scheduleObjection(answer)).toBe('tooHigh'),
  );

  it.each([
    'less months please',
    'weniger Monate',
    'not less',
    'that is more or less fine',
    'mniej więcej w marcu',
  ])('"%s" does not', (answer) => expect(scheduleObjection(answer)).toBeUndefined());

  it.each([
    'I want to pay it all at once',
    'no, I will pay the whole amount',
    'ich möchte alles auf einmal bezahlen',
    'nie, wolę zapłacić wszystko od razu',
    'ik betaal alles in één keer',
    // A changed mind ("nee toch niet, …") negates the schedule, not paying in full.
    'nee toch niet, ik betaal alles in 1 keer',
    'no actually not, I will pay it all at once',
    'nein doch nicht, ich zahle alles auf einmal',
    'jednak nie, zapłacę wszystko od razu',
  ])('"%s" pays in full', (answer) => expect(wantsToPayInFull(answer)).toBe(true));

  it.each([
    "I can't pay it all at once",
    'ich kann nicht alles auf einmal zahlen',
    'nie mogę zapłacić od razu',
  ])('"%s" is a reason for an arrangement, not paying in full', (answer) =>
    expect(wantsToPayInFull(answer)).toBe(false),
  );

  it("reads an amount of one's own per month, in digits or as the recogniser found it in words", () => {
    expect(ownMonthlyAmountCents('can I pay 50 a month?', undefined)).toBe(5000);
    expect(ownMonthlyAmountCents('€ 37,50 per maand', undefined)).toBe(3750);
    expect(ownMonthlyAmountCents('fünfzig Euro im Monat', 5000)).toBe(5000);
    expect(ownMonthlyAmountCents('I owe 50 euros', 5000)).toBeUndefined();
  });

  it.each([
    'how long can I spread it?',
    'Wie lange kann ich die Zahlung strecken?',
    'na jak długo mogę rozłożyć płatność?',
    'hoe lang mag ik erover doen met afbetalen?',
  ])('"%s" asks how many months', (question) => expect(asksHowLongToSpread(question)).toBe(true));

  it('"how long do I have to pay?" is about the deadline', () =>
    expect(asksHowLongToSpread('how long do I have to pay?')).toBe(false));
});

describe('the postcode in an address line', () => {
  it.each([
    ['Klever Str. 9, 47533 Kleve', '47533'],
    ['ul. Polna 14, 61-001 Poznań', '61-001'],
    ['Rue de la Loi 16, 1000 Brussel', '1000'],
    ['Kerkstraat 12, 8911ab Leeuwarden', '8911 AB'],
  ])('"%s" → %s', (line, postcode) => expect(postcodeInAddress(line)).toBe(postcode));

  it('none in words only', () => expect(postcodeInAddress('I do not know')).toBeUndefined());
});

describe('an amount per month in words without a currency', () => {
  it.each([
    ['thirty a month?', 3000],
    ['ich kann dreißig im Monat', 3000],
    ['trzydzieści miesięcznie', 3000],
    ['ik kan dertig per maand', 3000],
  ])('"%s" → %i cents', (answer, cents) => expect(ownMonthlyAmountCents(answer, undefined)).toBe(cents));

  it.each([
    ['ich kann nur fünfzig Euro im Monat zahlen', 5000],
    ['ik kan maar vijftig euro per maand betalen', 5000],
    ['I can only pay fifty euros a month', 5000],
    ['mogę płacić tylko pięćdziesiąt euro miesięcznie', 5000],
  ])('with the currency named: "%s" → %i cents', (answer, cents) =>
    expect(ownMonthlyAmountCents(answer, undefined)).toBe(cents),
  );
});

describe('asking for the first due date of the schedule', () => {
  it.each([
    'wait, when is the first payment due?',
    'when do I start paying?',
    'Ab wann muss ich zahlen?',
    'Wann ist die erste Rate fällig?',
    'Kiedy jest pierwsza rata?',
    'od kiedy mam płacić?',
    'Wanneer moet ik de eerste termijn betalen?',
  ])('"%s"', (question) => expect(asksFirstDueDate(question)).toBe(true));

  it('"when do I have to pay the fine?" is the deadline', () =>
    expect(asksFirstDueDate('when do I have to pay the fine?')).toBe(false));
});

describe('thinking it over', () => {
  it.each([
    'I need to think about it',
    'Ich muss mir das überlegen',
    'muszę się zastanowić',
    'ik wil er even over nadenken',
  ])('"%s"', (answer) => expect(wantsToThinkItOver(answer)).toBe(true));
});

describe('an arrangement asked for in a message that gives the number', () => {
  it.each([
    'I want a payment plan, my number is 9698 9486 1458 0658 and I live at 8911 AB',
    'Ich möchte Raten zahlen. Meine Nummer ist 0543 7930 5815 5523, PLZ 47533',
    'Chcę rozłożyć mandat na raty, numer 1624689630323359',
    'ik wil een betalingsregeling, nummer 1852.9060.9514.1302',
  ])('"%s"', (message) => expect(asksForArrangement(message)).toBe(true));

  it.each([
    'what do I owe? 9698948614580658',
    'Wie viel muss ich zahlen, und geht das in Raten? 0543793058155523',
  ])('"%s" asks what is owed first', (message) => expect(asksForArrangement(message)).toBe(false));
});

describe('asking the total of the schedule', () => {
  it.each([
    'how much is it in total?',
    'Wie viel ist das insgesamt?',
    'ile to razem?',
    'hoeveel is het in totaal?',
  ])('"%s"', (question) => expect(asksScheduleTotal(question)).toBe(true));
  it('"how much a month?" is not the total', () =>
    expect(asksScheduleTotal('how much a month?')).toBe(false));
});

describe('agreeing, or not yet', () => {
  it.each([
    'einverstanden',
    'passt',
    'zgoda',
    'w porządku',
    'brzmi dobrze',
    'akkoord',
    'sounds good',
    'agreed',
  ])('"%s" agrees', (answer) => expect(agrees(answer)).toBe(true));
  it.each(['nicht einverstanden', 'nie zgadzam się', 'not fine', 'niet akkoord'])('"%s" does not', (answer) =>
    expect(agrees(answer)).toBe(false),
  );
  it.each(['jeszcze nie', 'noch nicht', 'not yet', 'nog niet'])('"%s" is not yet', (answer) =>
    expect(notYet(answer)).toBe(true),
  );
});

describe('asking how long the decision takes', () => {
  it.each([
    'how long will the decision take?',
    'how long until I hear back?',
    'Wie lange dauert die Entscheidung?',
    'Kiedy dostanę decyzję?',
    'hoe lang duurt het voordat ik een besluit krijg?',
  ])('"%s"', (question) => expect(asksDecisionTime(question)).toBe(true));
  it('"how long do I have to pay?" is not', () =>
    expect(asksDecisionTime('how long do I have to pay?')).toBe(false));
});

describe('agreement is brief', () => {
  it.each([
    'czy dobrze rozumiem, że mogę płacić później?',
    'is that fine if I pay a bit later than the first date you gave me',
  ])('"%s" is not agreement', (answer) => expect(agrees(answer)).toBe(false));
});

describe('"od razu" alone is "right away"', () => {
  it('"czy mogę zacząć płacić od razu?" is not paying in full', () =>
    expect(wantsToPayInFull('czy mogę zacząć płacić od razu?')).toBe(false));
});

describe('asking to pay in instalments, as a question', () => {
  it.each([
    'actually, can I pay in instalments?',
    'Kann ich das auch in Raten zahlen?',
    'czy mogę to rozłożyć na raty?',
    'kan ik dit in termijnen betalen?',
    // Paying in parts, in other words.
    'kan ik ook in delen betalen?',
    'kann ich das in Teilen zahlen?',
    'czy mogę zapłacić w częściach?',
    'can i pay it in parts?',
  ])('"%s"', (question) => expect(asksToPayInInstalments(question)).toBe(true));
  it.each(['what if I miss an instalment?', 'Was passiert, wenn ich eine Rate verpasse?'])(
    '"%s" is not',
    (question) => expect(asksToPayInInstalments(question)).toBe(false),
  );
});
