/**
 * A second letter looked up in one conversation, of another person or address: the overview says it
 * shows only that letter's fines (an arrangement applies per person), an arrangement says which
 * letter it is about (the other fines neither join nor silently replace), and the first letter's
 * number given again takes the arrangement back to that person's fines without asking the postcode.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { textOf, type TestConversation } from '../support/testApp';

const clock = { now: () => new Date('2026-11-22T10:00:00+01:00') };

describe('a second letter of another person in the same conversation', () => {
  const assistant = useTestApp(FAST_TYPIST, { clock });

  async function twoLetters(c: TestConversation, start: string, another: string): Promise<string> {
    await c.say(start);
    await c.say('5111395563629976');
    expect(textOf(await c.say('3512 KL'))).toMatch(/551[,.]50/);
    await c.say(another);
    return textOf(await c.say('1017 CX'));
  }

  it('nl: said apart, the arrangement names its letter, and the first number switches back', async () => {
    const c = await assistant.open();
    const second = await twoLetters(c, 'boete opzoeken', 'ik heb ook nog een andere boete 5320466536506279');
    expect(second).toMatch(/andere persoon of een ander adres.*eindigend op 9976/s);
    expect(second).toMatch(/alleen de boetes bij deze brief/);
    expect(second).toMatch(/€ 54,00/);
    const arrangement = textOf(await c.say('Betalen in termijnen'));
    expect(arrangement).toMatch(/gaat over de boetes bij de brief eindigend op 6279/);
    expect(arrangement).toMatch(/eindigend op 9976 .*tellen niet mee/s);
    const back = textOf(await c.say('regeling voor 5111395563629976'));
    expect(back).toMatch(/gaat over de boetes bij de brief eindigend op 9976/);
    expect(back).toMatch(/€ 551,50 in 12 maanden/);
    expect(back).not.toMatch(/postcode van het adres/);
  });

  it('en: the same in English', async () => {
    const c = await assistant.open({ locale: 'en-GB' });
    const second = await twoLetters(c, 'look up my fine', 'I have another fine too 5320466536506279');
    expect(second).toMatch(/another person or address.*ending in 9976/s);
    const arrangement = textOf(await c.say('I want to pay in instalments'));
    expect(arrangement).toMatch(/letter ending in 6279/);
    expect(arrangement).toMatch(/ending in 9976 belong to another person/);
  });

  it('a second letter of the same person says nothing of the kind', async () => {
    const c = await assistant.open();
    await c.say('boete opzoeken');
    await c.say('5111395563629976');
    await c.say('3512 KL');
    const again = textOf(await c.say('en wat is de stand van 5111395563629976'));
    expect(again).not.toMatch(/andere persoon/);
  });
});
