/**
 * A person asked for in the middle of a flow, then "stop waiting": the citizen goes on where they
 * were (DESIGN: the flow resumes after an interruption). They hear so, the step's question comes
 * again, and what they type next is taken by that step (the e-mail address, the choice on the phone).
 */
import { useStaffedApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

describe('leaving the queue resumes the interrupted flow', () => {
  const assistant = useStaffedApp();

  it('webchat nl: the contact question again, and the e-mail typed next goes into the request', async () => {
    const c = await assistant.open();
    await c.say('betalingsregeling');
    await c.say('5111395563629976');
    await c.say('3512 KL');
    expect(textOf(await c.say('Ja, aanvragen'))).toMatch(/e-mailadres of telefoonnummer/);
    expect(textOf(await c.say('medewerker'))).toMatch(/wachtrij/);
    const back = textOf(await c.say('Stop met wachten'));
    expect(back).toMatch(/niet meer in de wachtrij/);
    expect(back).toMatch(/We gaan verder waar we waren/);
    expect(back).toMatch(/e-mailadres of telefoonnummer/);
    expect(back).not.toMatch(/Waarmee kan ik u verder helpen/);
    const confirm = textOf(await c.say('fatima@web.nl'));
    expect(confirm).toMatch(/fatima@web\.nl/);
    expect(confirm).toMatch(/versturen/);
  });

  it('webchat en: the same in English', async () => {
    const c = await assistant.open({ locale: 'en-GB' });
    await c.say('payment plan');
    await c.say('5111395563629976');
    await c.say('3512 KL');
    await c.say('Yes, apply');
    await c.say('I want to talk to a person');
    const back = textOf(await c.say('stop waiting'));
    expect(back).toMatch(/no longer in the queue/);
    expect(back).toMatch(/go on where we were/);
    expect(textOf(await c.say('fatima@web.nl'))).toMatch(/fatima@web\.nl/);
  });

  it('phone nl: the arrangement question again, and "1" takes it', async () => {
    const c = await assistant.open({ channelId: 'telephony' });
    await c.say('2');
    await c.say('1624689630323359');
    expect(textOf(await c.say('61-001'))).toMatch(/betalingsregeling aanvragen/);
    expect(textOf(await c.say('ik wil toch liever een medewerker'))).toMatch(/wachtrij/);
    const back = textOf(await c.say('stoppen met wachten'));
    expect(back).toMatch(/We gaan verder waar we waren/);
    expect(back).toMatch(/Wilt u deze betalingsregeling aanvragen/);
    expect(textOf(await c.say('1'))).toMatch(/e-mailadres of telefoonnummer/);
  });

  it('without a flow under way, leaving the queue asks what else (nothing to resume)', async () => {
    const c = await assistant.open();
    await c.say('ik wil een medewerker');
    const back = textOf(await c.say('Stop met wachten'));
    expect(back).toMatch(/Waarmee kan ik u verder helpen/);
    expect(back).not.toMatch(/We gaan verder/);
  });
});
