/**
 * Refused below the € 75 minimum, the citizen asks why or says it is only € 54: the rule explained
 * kindly (a fixed rule, no exception), what can be done (pay at once by the letter's date; if the
 * money is really not there, what is possible and a person), the same choices again; not the
 * refusal repeated word for word.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

const KIND = /Ik begrijp het|I understand|Ich verstehe|Rozumiem/;
const FIXED_RULE = /vaste regel|fixed rule|feste Regel|stała zasada/;

describe('why no arrangement below the minimum', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['webchat', 'pl-PL', 'Płatność w ratach', 'dlaczego nie? to tylko 54 euro'],
    ['sms', 'nl-NL', 'regeling', 'maar het is maar 54 euro'],
    ['webchat', 'en-GB', 'instalments', 'why not?'],
    ['webchat', 'de-DE', 'Ratenzahlung', 'das sind doch nur 54 Euro'],
  ])('%s %s: "%s"', async (channelId, locale, ask, why) => {
    const c = await assistant.open({ channelId, locale });
    await c.say(ask);
    await c.say('5320466536506279');
    const refusal = textOf(await c.say('1017CX'));
    const reply = await c.say(why);
    const said = textOf(reply);
    expect(said).not.toBe(refusal);
    expect(said).toMatch(KIND);
    expect(said).toMatch(FIXED_RULE);
    expect(said).toMatch(/54,00|54\.00/);
    // The ways offered again: "2" then takes "I cannot pay".
    expect(textOf(await c.say('2'))).toMatch(/noodstop/);
  });
});
