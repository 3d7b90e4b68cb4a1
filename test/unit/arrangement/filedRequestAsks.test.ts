import {
  asksIfMessageFollows,
  asksToAddOtherFine,
  asksToWithdrawFiled,
} from '../../../domain/arrangement/filedRequestAsks';

describe('questions about a request once filed', () => {
  it.each([
    'kan ik de regeling nog annuleren?',
    'can I cancel it?',
    'kann ich den Antrag zurückziehen?',
    'czy mogę wycofać wniosek?',
  ])('withdrawing: "%s"', (q) => expect(asksToWithdrawFiled(q)).toBe(true));

  it.each([
    'krijg ik een mail?',
    'will I get an email?',
    'bekomme ich eine Bestätigung?',
    'czy dostanę maila?',
  ])('a message to come: "%s"', (q) => expect(asksIfMessageFollows(q)).toBe(true));

  it.each([
    'ik heb nog een boete, kan die er ook bij?',
    'can I add another fine?',
    'ich habe noch ein Bußgeld, kann das dazu?',
    'mam jeszcze jeden mandat, czy można go dodać?',
  ])('another fine: "%s"', (q) => expect(asksToAddOtherFine(q)).toBe(true));

  it.each(['bedankt!', 'wat was mijn referentienummer?', 'hoe lang duurt het?'])(
    'none of these: "%s"',
    (q) => {
      expect(asksToWithdrawFiled(q)).toBe(false);
      expect(asksIfMessageFollows(q)).toBe(false);
      expect(asksToAddOtherFine(q)).toBe(false);
    },
  );
});
