import { asksAboutMissingInstalment } from '../../../domain/arrangement/missedQuestion';
import { asksAboutPayingInFull, wantsToPayInFull } from '../../../domain/arrangement/payInFull';
import { paymentQuestion } from '../../../domain/arrangement/paymentQuestion';
import { saysYesToRequest } from '../../../domain/arrangement/yesToRequest';
import { wantsStoppedFlowBack } from '../../../domain/language/afterAll';

describe('a question about paying the total while the schedule is on the table', () => {
  it.each([
    'a czy mogę spłacić wcześniej całość?',
    'kan ik het ook in één keer betalen?',
    'mag ik alles ineens betalen?',
    'can I pay it all at once instead?',
    'is it possible to pay the whole amount in one go?',
    'kann ich auch alles auf einmal zahlen?',
    'darf ich den ganzen Betrag auf einmal überweisen?',
    'czy mogę zapłacić całą kwotę jednorazowo?',
    'mogę zapłacić całość?',
  ])('"%s" is a question, not the schedule turned down', (question) => {
    expect(asksAboutPayingInFull(question)).toBe(true);
    expect(wantsToPayInFull(question)).toBe(false);
    expect(paymentQuestion(question)).toMatch(/^(payAll|payMore)$/);
  });

  it.each([
    'I want to pay it all at once',
    'ik betaal alles in één keer',
    'ich zahle alles auf einmal',
    'nie, wolę zapłacić wszystko od razu',
    'mogę zapłacić całość',
    'I can pay it all at once',
  ])('"%s" still pays in full', (answer) => {
    expect(asksAboutPayingInFull(answer)).toBe(false);
    expect(wantsToPayInFull(answer)).toBe(true);
  });

  it('"can I pay it off early?" stays the question about paying early', () =>
    expect(paymentQuestion('a czy mogę spłacić wcześniej całość?')).toBe('payMore'));
});

describe('what if an instalment is missed, asked at the offer', () => {
  it.each([
    'Was passiert, wenn ich eine Rate mal vergesse?',
    'was ist wenn ich eine Rate verpasse',
    'wat gebeurt er als ik een termijn vergeet?',
    'wat als ik een keer niet betaal?',
    'what happens if I forget to pay an instalment?',
    'what if I skip a month',
    'co się stanie, jeśli zapomnę zapłacić raty?',
    'a co jeśli przegapię ratę',
  ])('"%s"', (question) => expect(asksAboutMissingInstalment(question)).toBe(true));

  it.each(['wanneer is de laatste termijn?', 'I missed the call', 'kann ich die Rate auch später zahlen?'])(
    '"%s" is not',
    (question) => expect(asksAboutMissingInstalment(question)).toBe(false),
  );
});

describe("the schedule's own yes, typed after it was turned down", () => {
  it.each([
    'tak, złóż wniosek',
    'Ja, aanvragen',
    'ja graag, vraag maar aan',
    'yes, request it',
    'Ja, beantragen',
  ])('"%s" wants the arrangement back', (message) => {
    expect(saysYesToRequest(message)).toBe(true);
    expect(wantsStoppedFlowBack(message, 'payment_arrangement')).toBe(true);
  });

  it.each(['ja', 'yes please', 'ja, maar niet aanvragen', 'tak, nie składaj wniosku'])('"%s" does not', (message) =>
    expect(saysYesToRequest(message)).toBe(false),
  );

  it('"doch beantragen" and "ja, toch aanvragen" are second thoughts that name it', () => {
    expect(wantsStoppedFlowBack('doch beantragen', 'payment_arrangement')).toBe(true);
    expect(wantsStoppedFlowBack('ja, toch aanvragen', 'payment_arrangement')).toBe(true);
  });
});
