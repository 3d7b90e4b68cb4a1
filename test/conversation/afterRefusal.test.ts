/**
 * After the arrangement flow ends with a refusal, citizens ask "why not?"; and some ask whether they
 * applied twice when they never applied here. Both get an answer about their own situation, never a
 * knowledge answer the recogniser guessed from a word or two.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

/** Demo debtor D03: € 45,00 of fine and increases (below the € 75 minimum), € 54,00 in total. */
const BELOW_MINIMUM = { cjib: '5320466536506279', postcode: '1017 CX' };

describe('after a refusal and about requests never filed', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'ik wil een betalingsregeling', 'waarom niet', /75,00/, /aanmaning/],
    ['nl-NL', 'betalingsregeling aanvragen', 'hoezo dat?', /75,00/, /aanmaning/],
    ['en-GB', 'I want a payment plan', 'why not?', /75\.00/, /reminder/],
    ['de-DE', 'Ich möchte eine Ratenzahlung', 'warum nicht?', /75,00/, /Mahnung/],
    ['pl-PL', 'chcę rozłożyć na raty', 'dlaczego nie?', /75,00/, /upomnieni/],
  ])(
    '%s: "%s", refused below the minimum, then "%s": the reason with their amount',
    async (locale, ask, why, minimum, increases) => {
      const c = await assistant.open({ locale });
      await c.say(ask);
      await c.say(BELOW_MINIMUM.cjib);
      const refusal = textOf(await c.say(BELOW_MINIMUM.postcode));
      expect(refusal).toMatch(minimum);
      const answer = textOf(await c.say(why));
      expect(answer).toMatch(minimum);
      expect(answer).toMatch(/45[,.]00/);
      expect(answer).not.toMatch(increases);
    },
  );

  it('the refusal is kept for the next message only: a later question is routed afresh', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('ik wil een betalingsregeling');
    await c.say(BELOW_MINIMUM.cjib);
    await c.say(BELOW_MINIMUM.postcode);
    const pay = textOf(await c.say('hoe kan ik betalen?'));
    expect(pay).toMatch(/iDEAL|overmaken|rekeningnummer/i);
    expect(pay).not.toMatch(/75,00/);
  });

  it.each([
    ['nl-NL', 'heb ik 2 keer aangevraagd?', /geen betalingsregeling aangevraagd/, 'ja', /CJIB-nummer/],
    ['en-GB', 'did I apply twice?', /No payment arrangement has been requested/, 'yes', /CJIB number/],
    ['de-DE', 'habe ich das doppelt beantragt?', /keine Ratenzahlung beantragt/, 'ja', /CJIB-Nummer/],
    ['pl-PL', 'czy złożyłem dwa wnioski?', /nie złożono wniosku/, 'tak', /numer\w* CJIB/],
  ])(
    '%s: "%s" with nothing filed: none was, and the lookup is offered and taken',
    async (locale, question, none, yes, asksNumber) => {
      const c = await assistant.open({ locale });
      expect(textOf(await c.say(question))).toMatch(none);
      expect(textOf(await c.say(yes))).toMatch(asksNumber);
    },
  );
});

describe('nothing to arrange: no dead end', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it('telephony nl: the fine is with the bailiff; the caller hears a question after the refusal, and "2" is a person', async () => {
    const c = await assistant.open({ channelId: 'telephony', locale: 'nl-NL' });
    await c.say('ik wil in termijnen betalen');
    await c.say('1 8 5 9 9 7 7 3 4 5 7 4 0 9 7 8');
    const reply = await c.say('9711 LM');
    const heard = JSON.stringify(reply.map((a) => a.speak ?? ''));
    expect(heard).toMatch(/Waarmee kan ik u nog helpen\?/);
    expect(textOf(await c.say('2'))).toMatch(/medewerker/);
  });

  it('webchat en: all paid; a person is offered, not how to pay', async () => {
    const c = await assistant.open({ locale: 'en-GB' });
    await c.say('I want a payment plan');
    await c.say('2166002043392129');
    const reply = await c.say('2511 CV');
    const titles = reply.flatMap((a) => a.suggestedActions?.actions ?? []).map((a) => a.title);
    expect(textOf(reply)).toMatch(/What else can I help you with\?/);
    expect(titles.join(' ')).toMatch(/person|staff/i);
    expect(titles.join(' ')).not.toMatch(/How to pay/i);
  });

  it('nl: only a fine under appeal, "maar ik wil gewoon betalen in delen": no need to pay now, no "how to pay" offered', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('betalingsregeling');
    await c.say('4516092382100863');
    await c.say('5611 EZ');
    const reply = await c.say('maar ik wil gewoon betalen in delen');
    expect(textOf(reply)).toMatch(/beroep/);
    expect(textOf(reply)).not.toMatch(/iDEAL/);
    const titles = reply.flatMap((a) => a.suggestedActions?.actions ?? []).map((a) => a.title);
    expect(titles.join(' ')).not.toMatch(/Hoe betaal ik/);
  });

  it('nl: below the minimum, the refusal comes with its choices; "2" is "I cannot pay"', async () => {
    const c = await assistant.open({ channelId: 'sms', locale: 'nl-NL' });
    await c.say('ik wil een betalingsregeling');
    await c.say(BELOW_MINIMUM.cjib);
    const refusal = textOf(await c.say(BELOW_MINIMUM.postcode));
    expect(refusal).toMatch(/1\. Hoe betaal ik/);
    expect(textOf(await c.say('2'))).toMatch(/noodstop|schulden/i);
  });
});
