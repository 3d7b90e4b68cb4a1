/**
 * "Can we continue in English please?" at the arrangement's confirmation (or contact question): the
 * flow goes on at that question in the new language, the schedule, the fines and the contact kept,
 * not at the schedule's question again.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

jest.setTimeout(120_000);

const D13 = { cjib: '2342145524857394', postcode: '1071DJ' };
const SCHEDULE_ASKED =
  /Wilt u deze betalingsregeling aanvragen|Would you like to request this payment arrangement|Möchten Sie diese Ratenzahlung beantragen|Czy chce Pan\/Pani złożyć wniosek/;

describe('a change of language at the arrangement confirmation', () => {
  const assistant = useTestApp(FAST_TYPIST, {}, 'test');

  it.each([
    ['pl-PL', 'raty', 'tak', 'anna@example.pl', /Czy mam teraz wysłać wniosek\?/, 'Can we continue in English please?', /continue in English.*17 instalments of €78\.88.*anna@example\.pl\. Shall I send the request now\?/s, 'yes', /reference number is \*\*BR-/],
    ['nl-NL', 'regeling', 'ja', 'jan@example.nl', /Zal ik de aanvraag nu versturen\?/, 'can we continue in English please?', /continue in English.*17 instalments of €78\.88.*jan@example\.nl\. Shall I send the request now\?/s, 'yes', /reference number is \*\*BR-/],
    ['de-DE', 'Ratenzahlung', 'ja', 'lena@example.de', /Soll ich den Antrag jetzt absenden\?/, 'Can we continue in English please?', /continue in English.*17 instalments of €78\.88.*lena@example\.de\. Shall I send the request now\?/s, 'yes', /reference number is \*\*BR-/],
    ['en-GB', 'payment arrangement', 'yes', 'jan@example.com', /Shall I send the request now\?/, 'możemy kontynuować po polsku?', /po polsku.*17 rat po 78,88 €.*jan@example\.com\. Czy mam teraz wysłać wniosek\?/s, 'tak', /numer referencyjny to \*\*BR-/],
  ])('%s → at the confirmation "%s"…: on at the confirmation in the new language', async (locale, ask, yes, contact, confirm, change, confirmNew, send, filed) => {
    const c = await assistant.open({ locale });
    await c.say(ask);
    await c.say(D13.cjib);
    await c.say(D13.postcode);
    await c.say(yes);
    expect(textOf(await c.say(contact))).toMatch(confirm);
    const moved = textOf(await c.say(change));
    expect(moved).toMatch(confirmNew);
    expect(moved).not.toMatch(SCHEDULE_ASKED);
    expect(textOf(await c.say(send))).toMatch(filed);
  });

  it('nl → en at the contact question: the contact question in English, then the confirmation', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('regeling');
    await c.say(D13.cjib);
    await c.say(D13.postcode);
    await c.say('ja');
    const moved = textOf(await c.say('kunnen we in het Engels verder?'));
    expect(moved).toMatch(/continue in English.*At which e-mail address or phone number/s);
    expect(moved).not.toMatch(SCHEDULE_ASKED);
    expect(textOf(await c.say('jan@example.nl'))).toMatch(/17 instalments of €78\.88.*Shall I send the request now\?/s);
  });
});
