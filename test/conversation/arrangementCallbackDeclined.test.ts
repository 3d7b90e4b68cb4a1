/**
 * Outside office hours a person asked for at the arrangement's contact question or confirmation gets
 * the offer of a call back; "nee laat maar, ga maar verder" to it goes on at the question the citizen
 * left, with everything given kept, not at the schedule's question.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, STAFF_NEVER_IN, useTestApp } from '../support/appForTests';

jest.setTimeout(120_000);

const D13 = { cjib: '2342145524857394', postcode: '1071DJ' };
const D01 = { cjib: '9698948614580658', postcode: '8911 AB' };
/** The schedule's question: not asked again. */
const SCHEDULE_ASKED =
  /Wilt u deze betalingsregeling aanvragen|Would you like to request this payment arrangement|Möchten Sie diese Ratenzahlung beantragen|Czy chce Pan\/Pani złożyć wniosek/;

describe('a call back declined mid-arrangement: on at the question left', () => {
  const assistant = useTestApp({ ...FAST_TYPIST, ...STAFF_NEVER_IN }, {}, 'test');

  it.each([
    ['nl-NL', 'regeling', 'ja', 'ik wil een mens spreken', /terugbelt\?/, 'nee laat maar, ga maar verder', /verder waar we waren.*Op welk e-mailadres of telefoonnummer/s, 'jan@example.nl', /jan@example\.nl\. Zal ik de aanvraag nu versturen\?/],
    ['en-GB', 'payment arrangement', 'yes', 'can I speak to a human please', /call you back\?/, 'no, never mind, carry on', /carry on where we were.*At which e-mail address or phone number/s, 'jan@example.com', /jan@example\.com\. Shall I send the request now\?/],
    ['de-DE', 'Ratenzahlung', 'ja', 'ich möchte mit einem Menschen sprechen', /zurückruft\?/, 'nein, lass mal, mach weiter', /wo wir waren.*Unter welcher E-Mail-Adresse oder Telefonnummer/s, 'lena@example.de', /lena@example\.de\. Soll ich den Antrag jetzt absenden\?/],
    ['pl-PL', 'raty', 'tak', 'chcę rozmawiać z człowiekiem', /oddzwonił\?/, 'nie, nieważne, kontynuuj', /gdzie skończyliśmy.*Pod jakim adresem e-mail lub numerem telefonu/s, 'anna@example.pl', /anna@example\.pl\. Czy mam teraz wysłać wniosek\?/],
  ])('%s: at the contact question, "%s" … "%s"', async (locale, ask, yes, person, offer, goOn, resumed, contact, confirm) => {
    const c = await assistant.open({ locale });
    await c.say(ask);
    await c.say(D13.cjib);
    await c.say(D13.postcode);
    await c.say(yes);
    expect(textOf(await c.say(person))).toMatch(offer);
    const back = textOf(await c.say(goOn));
    expect(back).toMatch(resumed);
    expect(back).not.toMatch(SCHEDULE_ASKED);
    expect(textOf(await c.say(contact))).toMatch(confirm);
  });

  it('en: at the confirmation, the confirmation again with the contact, and yes files it', async () => {
    const c = await assistant.open({ locale: 'en-GB' });
    await c.say('payment arrangement');
    await c.say(D01.cjib);
    await c.say(D01.postcode);
    await c.say('yes');
    expect(textOf(await c.say('jan@example.com'))).toMatch(/Shall I send the request now\?/);
    expect(textOf(await c.say('I want to talk to a real person'))).toMatch(/call you back\?/);
    const back = textOf(await c.say('no thanks, just go on'));
    expect(back).toMatch(/where we were.*6 instalments of €21\.50.*jan@example\.com\. Shall I send the request now\?/s);
    expect(back).not.toMatch(SCHEDULE_ASKED);
    expect(textOf(await c.say('yes'))).toMatch(/reference number is \*\*BR-/);
  });

  it('nl → en at the call-back offer: declined, on at the confirmation in English with the contact', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('regeling');
    await c.say(D13.cjib);
    await c.say(D13.postcode);
    await c.say('ja');
    await c.say('jan@example.nl');
    await c.say('ik wil een mens spreken');
    expect(textOf(await c.say('can we continue in English?'))).toMatch(/call you back\?/);
    const back = textOf(await c.say('no, never mind, carry on'));
    expect(back).toMatch(/where we were.*jan@example\.nl\. Shall I send the request now\?/s);
    expect(back).not.toMatch(SCHEDULE_ASKED);
  });
});
