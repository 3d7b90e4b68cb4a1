/**
 * "Wat is mijn referentienummer?" before the request is sent (at the schedule, the contact question
 * or the confirmation): the reference comes with the sending, once confirmed; not what the contact
 * detail is used for. The open question comes again and the request goes on to its reference.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { oneLine } from '../support/replyText';

const D01 = DEMO_DEBTORS.D01;
const NOT_YET = /zodra de aanvraag verstuurd is|as soon as the request is sent|sobald der Antrag abgeschickt ist|gdy wniosek zostanie wysłany/;
const CONTACT_USE = /alleen om u over deze aanvraag te bereiken|only to reach you|nur, um Sie|wyłącznie/;

describe('the reference asked before the request is sent', () => {
  const assistant = useTestApp(FAST_TYPIST, {}, 'test');

  it.each([
    ['nl-NL', ['betalingsregeling', D01.number, D01.postcode, 'ja'], 'wat is mijn referentienummer?', /Op welk e-mailadres/, ['jan@example.nl', 'ja'], /BR-2026-\d{8}/],
    ['en-GB', ['payment plan', D01.number, D01.postcode], "what's my reference number?", /Would you like to request this payment arrangement\?/, ['yes', 'jan@example.com', 'yes'], /BR-2026-\d{8}/],
    ['de-DE', ['Ratenzahlung', D01.number, D01.postcode, 'ja', 'jan@example.de'], 'wie ist mein Aktenzeichen?', /Soll ich den Antrag jetzt absenden\?/, ['ja'], /BR-2026-\d{8}/],
    ['pl-PL', ['chcę raty', D01.number, D01.postcode, 'tak'], 'jaki jest mój numer referencyjny?', /Pod jakim adresem e-mail/, ['ja@example.pl', 'tak'], /BR-2026-\d{8}/],
  ])('%s', async (locale, before, asked, question, after, reference) => {
    const c = await assistant.open({ locale });
    for (const line of before) await c.say(line);
    const reply = oneLine(await c.say(asked));
    expect(reply).toMatch(NOT_YET);
    expect(reply).toMatch(question);
    expect(reply).not.toMatch(CONTACT_USE);
    let last = '';
    for (const line of after) last = oneLine(await c.say(line));
    expect(last).toMatch(reference);
  });
});
