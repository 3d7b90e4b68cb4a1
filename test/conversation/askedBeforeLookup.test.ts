/**
 * What the citizen asked before (or while) their fines were looked up is answered from the fines
 * found: "I already paid, why a reminder?" (not seen yet, do not pay again, proof to the CJIB),
 * "I paid twice, a refund?" (what was received, how money comes back), "will it go up if I pay next
 * week?" asked at the postcode (per fine). After the lookup the record answers what it alone knows:
 * the full CJIB number of one's own fine, the appeal's decision time, a punitive order's increases.
 */
import { DEMO_CLOCK } from '../support/demoDebtors';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

const D02 = { cjib: '3338082450532785', postcode: '3512 KL' }; // a first reminder and an open fine
const D08 = { cjib: '2166002043392129', postcode: '2511CV' }; // paid in full

describe('a question asked before the lookup, answered from the fines found', () => {
  const assistant = useTestApp(FAST_TYPIST, { clock: DEMO_CLOCK });

  it('en: paid from abroad but a reminder came: not seen yet, do not pay again, proof to the CJIB, a person', async () => {
    const c = await assistant.open({ locale: 'en-US' });
    await c.say(
      'I already paid this fine 3 weeks ago from my german bank account but now I got a reminder with a higher amount, why??',
    );
    await c.say('the number is 3338 0824 5053 2785');
    const reply = textOf(await c.say(D02.postcode));
    expect(reply).toMatch(/I do not see that payment yet for: Speeding/);
    expect(reply).not.toMatch(/payment yet for: [^.]*Running a red light/);
    expect(reply).toMatch(/from a bank abroad/);
    expect(reply).toMatch(/do not pay again/);
    expect(reply).toMatch(/proof of your payment/);
    expect(reply).toMatch(/Talk to a person/);
  });

  it('nl: al betaald, toch een aanmaning', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('ik heb al betaald maar kreeg toch een aanmaning met een hoger bedrag');
    await c.say(D02.cjib);
    const reply = textOf(await c.say(D02.postcode));
    expect(reply).toMatch(/Ik zie die betaling nog niet/);
    expect(reply).toMatch(/Betaal niet nog een keer/);
  });

  it('de: transferred two weeks ago, now a reminder: not seen yet, do not pay again', async () => {
    const c = await assistant.open({ locale: 'de-DE' });
    await c.say('Ich habe die Strafe schon vor zwei Wochen überwiesen, jetzt kommt eine Mahnung. Warum?');
    await c.say(D02.cjib);
    const reply = textOf(await c.say(D02.postcode));
    expect(reply).toMatch(/Ich sehe diese Zahlung noch nicht/);
    expect(reply).toMatch(/nicht noch einmal/);
  });

  it('en-GB: paid twice, a refund: what was received, then how money comes back', async () => {
    const c = await assistant.open({ locale: 'en-GB' });
    await c.say(
      'Good afternoon. I believe I have paid my fine twice by mistake, could I get a refund please?',
    );
    await c.say('It was 2166002043392129');
    const found = textOf(await c.say(D08.postcode));
    expect(found).toMatch(/received €179\.00/);
    expect(found).not.toMatch(/You do not need to do anything/);
    const refund = textOf(await c.say('so how do i get my money back'));
    expect(refund).toMatch(/proof of both payments/);
    expect(refund).toMatch(/member of staff/);
  });

  it('sms en: "will it go up if I pay next week?" at the postcode: answered per fine after the lookup', async () => {
    const c = await assistant.open({ channelId: 'sms', locale: 'en-US' });
    await c.say('check my fine');
    await c.say(D02.cjib);
    const kept = textOf(await c.say('wait will it go up more if i pay next week?'));
    expect(kept).toMatch(/I will answer that as soon as I see your fines/);
    expect(kept).toMatch(/postcode/);
    const reply = textOf(await c.say('3512KL'));
    expect(reply).toMatch(/Speeding[^\n]*a reminder has already been sent[^\n]*Pay as soon as possible/);
    expect(reply).toMatch(/Running a red light: pay by 9 December 2026 and nothing is added/);
  });

  it('en: "where do I find that number again?" at the postcode: the number top right, the postcode in the address', async () => {
    const c = await assistant.open({ locale: 'en-US' });
    await c.say('i want payment plan pls');
    await c.say('9698948614580658');
    const reply = textOf(await c.say('wait where do i find that number again?'));
    expect(reply).toMatch(/top right/);
    expect(reply).toMatch(/in the address on the letter/);
    expect(reply).not.toMatch(/DigiD/);
  });
});

describe('after the lookup, what only the record knows', () => {
  const assistant = useTestApp(FAST_TYPIST, { clock: DEMO_CLOCK });

  it('en: the full CJIB number of the red light fine, with how to pay without the letter', async () => {
    const c = await assistant.open({ locale: 'en-US' });
    await c.say('check fine');
    await c.say('2342145524857394');
    await c.say('1071 DJ');
    const reply = textOf(
      await c.say(
        'what is the full cjib number of the red light fine? I need it as reference to pay it and I dont have that letter',
      ),
    );
    expect(reply).toMatch(/Running a red light: \d{4} \d{4} \d{4} 3254/);
    expect(reply).not.toMatch(/Speeding[^\n]*: \d{4} \d{4}/);
    expect(reply).toMatch(/Digitaal Loket/);
  });

  it('nl: the whole number of "de snelheidsboete" only', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('boete opzoeken');
    await c.say('2342145524857394');
    await c.say('1071 DJ');
    const reply = textOf(await c.say('wat is het hele cjib nummer van de snelheidsboete?'));
    expect(reply).toMatch(/Snelheidsovertreding[^\n]*: 2342 1455 2485 7394/);
    expect(reply).not.toMatch(/3254/);
  });

  it('en: when the appeal is decided, under appeal: up to 16 weeks, nothing to pay meanwhile', async () => {
    const c = await assistant.open({ locale: 'en-US' });
    await c.say('payment plan');
    await c.say('4516092382100863');
    await c.say('5611EZ');
    const reply = textOf(await c.say('so when will I know the outcome of the appeal?'));
    expect(reply).toMatch(/up to 16 weeks/);
    expect(reply).toMatch(/do not have to pay/);
    expect(reply).not.toMatch(/8 weeks to pay/);
  });

  it.each([
    [
      'en-US',
      'check my fine',
      'why 15 euro extra',
      /is at the 1st reminder[^]*1st reminder adds EUR 15/,
      /1\.5 times/,
    ],
    ['nl-NL', 'boete opzoeken', 'waarom 15 euro extra?', /1e aanmaning EUR 15/, /1,5 keer/],
  ])('%s: a punitive order alone hears its own increases', async (locale, start, ask, own, traffic) => {
    const c = await assistant.open({ channelId: 'sms', locale });
    await c.say(start);
    await c.say('1852906095141302');
    await c.say('7511JE');
    const reply = textOf(await c.say(ask));
    expect(reply).toMatch(own);
    expect(reply).not.toMatch(traffic);
  });
});
