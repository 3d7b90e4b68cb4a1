import { correctsContact, correctsReadBack } from '../../../domain/arrangement/contactCorrection';
import { asksIfFiledTwice } from '../../../domain/arrangement/filedTwice';
import { agreesToMonths } from '../../../domain/arrangement/monthsAgreement';
import { standardAgainFrom } from '../../../domain/arrangement/assessArrangement';
import { asksWhenAgain } from '../../../domain/arrangement/whenAgain';
import { saysSendAfterAll } from '../../../domain/arrangement/sendAfterAll';
import { scheduleObjection } from '../../../domain/arrangement/scheduleObjection';

describe('agreesToMonths: going along with the proposed months', () => {
  it.each([
    'ok doe maar 6 dan',
    'fine, the 6 months then',
    'na gut, dann 6',
    'dobrze, niech będzie 6',
    'oke, 6 maanden dan',
    'no wait, make that 6 months',
    'nee wacht, toch 6 maanden',
    'nein warte, doch lieber 6 Monate',
    'nie, czekaj, jednak 6 miesięcy',
  ])('"%s" with 6 proposed agrees', (answer) => expect(agreesToMonths(answer, 6)).toBe(true));
  it.each([
    ['ok doe maar 12 dan', 6],
    ['kan het in 6 maanden?', 6],
    ['ik kan maar 6 euro per maand', 6],
    ['nee, 6 is te veel', 6],
    ['not 6 months', 6],
    ['no wait, make that 12 months', 6],
    ['nee wacht, niet in 6 maanden', 6],
    ['no wait, 6 months of 20 euros', 6],
    ['6', 6],
  ])('"%s" with %i proposed does not', (answer, months) =>
    expect(agreesToMonths(answer, months)).toBe(false),
  );

  it('"doe maar 6" is no amount of one\'s own; "maar 20 per maand" still is', () => {
    expect(scheduleObjection('ok doe maar 6 dan')).toBeUndefined();
    expect(scheduleObjection('ik kan maar 20 per maand')).toBe('tooHigh');
  });
});

describe('asksIfFiledTwice', () => {
  it.each([
    'heb ik nou 2 keer aangevraagd?',
    'is het nu dubbel verstuurd?',
    'did I apply twice?',
    'habe ich das doppelt beantragt?',
    'czy złożyłem dwa razy wniosek?',
  ])('"%s"', (q) => expect(asksIfFiledTwice(q)).toBe(true));
  it.each(['ik wil 2 keer per maand betalen', 'kan het in 12 termijnen?', 'hoe lang duurt het?'])(
    'not "%s"',
    (q) => expect(asksIfFiledTwice(q)).toBe(false),
  );
});

describe('correctsContact: a contact detail that replaces the one read back', () => {
  it.each([
    'nee wacht, mijn mailadres is Piet@Gmail.com',
    'no, use 07700 900123 instead',
    'lieber 0151 1234567',
    'zamiast tego 600 123 456',
  ])('"%s" replaces', (m) => expect(correctsContact(m)).toBe(true));
  it.each(['+44 7700 900123', 'en mijn nummer is 0612345678', 'also 0151 1234567'])('"%s" is added', (m) =>
    expect(correctsContact(m)).toBe(false),
  );
});

describe('correctsReadBack: a no to the read-back that says what it should be', () => {
  it.each([
    'nee het is tom streepje hendriks',
    'nee, ik bedoel jan punt de vries',
    "no, it's sam dot smith",
    'nein, es ist max punkt müller',
    'nie, to jest jan kropka kowalski',
  ])('"%s" corrects', (m) => expect(correctsReadBack(m)).toBe(true));
  it.each(['nee', 'nee, niet versturen', 'nee stop maar, het is goed zo', 'no thanks'])(
    '"%s" does not',
    (m) => expect(correctsReadBack(m)).toBe(false),
  );
});

describe('saysSendAfterAll', () => {
  it.each(['ja toch wel versturen', 'yes, send it after all', 'doch, abschicken', 'tak, jednak wyślij'])(
    '"%s"',
    (m) => expect(saysSendAfterAll(m)).toBe(true),
  );
  it.each(['ja', 'tak', 'yes please'])('not "%s"', (m) => expect(saysSendAfterAll(m)).toBe(false));
});

describe('after a broken arrangement', () => {
  it('a standard arrangement is possible again the day after the 6 months look-back', () => {
    expect(standardAgainFrom('2026-08-15')).toBe('2027-02-16');
  });
  it.each([
    'wanneer kan ik dan wel weer een regeling',
    'when can I get one again?',
    'ab wann kann ich wieder eine Ratenzahlung?',
    'kiedy mogę znowu?',
  ])('"%s" asks when again', (q) => expect(asksWhenAgain(q)).toBe(true));
  it('"wanneer moet ik betalen?" does not', () =>
    expect(asksWhenAgain('wanneer moet ik betalen?')).toBe(false));
});
