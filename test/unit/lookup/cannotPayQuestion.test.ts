import { asksIfCannotPay } from '../../../domain/language/cannotPayIf';
import { ownClaimQuestion } from '../../../domain/language/ownClaimQuestion';
import { nextIfUnpaid, sanctionKind } from '../../../domain/claims/unpaidNextStep';

describe('own fines: when to pay, and what if the citizen cannot', () => {
  it.each([
    'wanneer moet ik dat betalen',
    'wanneer moet ik het uiterlijk betalen?',
    'wanneer moeten we dat nou overmaken',
    'wanneer moet dat betaald',
    'when do I need to pay that?',
    'when does it need to be paid',
    'when is the payment due',
    'wann muss ich das denn bezahlen?',
    'wann muss das bezahlt sein',
    'kiedy muszę to zapłacić?',
  ])('"%s" asks for the due date', (text) => expect(ownClaimQuestion(text)).toBe('dueDate'));

  it.each([
    'en als ik dat niet kan',
    'en als ik het niet kan betalen?',
    'wat als ik het niet betaal',
    'en als dat niet lukt?',
    "and if I can't?",
    'what if I cannot pay it',
    'what happens if I dont pay',
    'und wenn ich das nicht kann?',
    'was passiert, wenn ich nicht zahle?',
    'a jeśli nie mogę?',
    'co jeśli nie zapłacę',
  ])('"%s" asks what if they cannot pay', (text) => {
    expect(asksIfCannotPay(text)).toBe(true);
    expect(ownClaimQuestion(text)).toBe('cannotPay');
  });

  it.each(['ik kan niet betalen', 'kan ik in termijnen betalen?', 'wanneer moet ik betalen', 'I cannot pay'])(
    'not "%s"',
    (text) => expect(asksIfCannotPay(text)).toBe(false),
  );

  it('the next step follows the stage, the increase the kind of sanction', () => {
    expect(nextIfUnpaid({ stage: 'open' })).toBe('first_reminder');
    expect(nextIfUnpaid({ stage: 'first_reminder' })).toBe('second_reminder');
    expect(nextIfUnpaid({ stage: 'second_reminder' })).toBe('after_reminders');
    expect(nextIfUnpaid({ stage: 'bailiff' })).toBe('bailiff');
    expect(nextIfUnpaid({ stage: 'appeal_pending' })).toBe('none');
    expect(nextIfUnpaid({ stage: 'paid' })).toBe('none');
    expect(sanctionKind({ type: 'strafbeschikking' })).toBe('criminal');
    expect(sanctionKind({ type: 'europese_boete' })).toBe('criminal');
    expect(sanctionKind({ type: 'wahv' })).toBe('wahv');
    expect(sanctionKind({ type: 'schadevergoedingsmaatregel' })).toBe('compensation');
  });
});
