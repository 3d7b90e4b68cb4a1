import { wantsStoppedFlowBack } from '../../domain/language/afterAll';
import { returnsToFlow, wantsBackToFlow } from '../../domain/language/backToFlow';

describe('wantsBackToFlow: the flow that was left, wanted again', () => {
  it.each([
    'ok terug naar de regeling',
    'nee, ga maar verder',
    'gewoon verder met de aanvraag',
    'back to the payment plan please',
    "let's continue",
    'zurück zur Ratenzahlung',
    'weiter bitte',
    'wróćmy do raty',
    'kontynuujmy',
  ])('"%s"', (text) => expect(wantsBackToFlow(text)).toBe(true));

  it.each(['ja graag', 'verder met een medewerker', 'ik wil terug naar een mens', 'wat is een noodstop?'])(
    '"%s" is not',
    (text) => expect(wantsBackToFlow(text)).toBe(false),
  );

  it('only "terug naar …", "back to …" return in so many words (a "ga verder" may be a yes)', () => {
    expect(returnsToFlow('ok terug naar de regeling')).toBe(true);
    expect(returnsToFlow('back to the plan')).toBe(true);
    expect(returnsToFlow('ja ga verder')).toBe(false);
  });

  it('after a stop, the flow named or none named comes back; the other flow named does not', () => {
    expect(wantsStoppedFlowBack('ok terug naar de regeling', 'payment_arrangement')).toBe(true);
    expect(wantsStoppedFlowBack('ga maar verder', 'fine_status')).toBe(true);
    expect(wantsStoppedFlowBack('terug naar de regeling', 'fine_status')).toBe(false);
  });
});
