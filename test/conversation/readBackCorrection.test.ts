/**
 * A misheard e-mail address read back on the phone, corrected with a no ("nee het is tom streepje
 * hendriks"): the contact is asked again and the request is still filed, not thrown away.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

describe('correcting the contact read back before sending', () => {
  const assistant = useTestApp(FAST_TYPIST, {}, 'test');

  it('phone nl: "nee het is …" asks the address again; the corrected one is read back and filed', async () => {
    const c = await assistant.open({ channelId: 'telephony', locale: 'nl-NL' });
    await c.say('betalingsregeling');
    await c.say('5111941022799767');
    await c.say('4811XJ');
    await c.say('1');
    expect(textOf(await c.say('tom punt hendriks at hotmail punt com'))).toMatch(/versturen/);
    const corrected = textOf(await c.say('nee het is tom streepje hendriks'));
    expect(corrected).not.toMatch(/niets aangevraagd/);
    expect(corrected).toMatch(/e-mailadres of telefoonnummer/);
    expect(textOf(await c.say('tom streepje hendriks at hotmail punt com'))).toMatch(/t o m, streepje, h e n d, r i k s/);
    expect(textOf(await c.say('1'))).toMatch(/referentienummer is BR/);
  });

  it('webchat en: "no, it\'s sam dot smith" asks the address again', async () => {
    const c = await assistant.open({ locale: 'en-GB' });
    await c.say('payment arrangement');
    await c.say('5111941022799767');
    await c.say('4811XJ');
    await c.say('yes');
    expect(textOf(await c.say('sam@example.com'))).toMatch(/send/i);
    const corrected = textOf(await c.say("no, it's sam dot smith at example dot com"));
    expect(corrected).not.toMatch(/not requested anything|nothing has been requested/i);
    expect(corrected).toMatch(/sam\.smith@example\.com|e-mail address or phone number/i);
  });

  it('phone nl: "2" (not sending) says nothing was requested and asks what else, so the line is not silent', async () => {
    const c = await assistant.open({ channelId: 'telephony', locale: 'nl-NL' });
    await c.say('betalingsregeling');
    await c.say('5111941022799767');
    await c.say('4811XJ');
    await c.say('1');
    await c.say('tom punt hendriks at hotmail punt com');
    expect(textOf(await c.say('2'))).toMatch(/niets aangevraagd.*Waarmee kan ik u nog helpen\?/s);
  });

  it('webchat en: "thanks bye" before sending says the request was not sent, then goodbye', async () => {
    const c = await assistant.open({ locale: 'en-US' });
    await c.say('I want to pay my fines in instalments pls');
    await c.say('2342145524857394');
    await c.say('1071DJ');
    await c.say('yes');
    await c.say('sarah.t@gmail.com');
    expect(textOf(await c.say('thanks bye'))).toMatch(/has not been sent.*Goodbye/s);
  });

  it('phone nl: "waarom moet ik dat geven" at the contact question hears why, then the question stands', async () => {
    const c = await assistant.open({ channelId: 'telephony', locale: 'nl-NL' });
    await c.say('2');
    await c.say('9698948614580658');
    await c.say('8911AB');
    await c.say('1');
    const why = textOf(await c.say('waarom moet ik dat geven'));
    expect(why).toMatch(/alleen om u over deze aanvraag te bereiken|om u te bereiken/);
    expect(why).not.toMatch(/aanmaning/);
    expect(textOf(await c.say('jan punt jansen at gmail punt com'))).toMatch(/versturen/);
  });
});
