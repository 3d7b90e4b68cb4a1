/**
 * The menu after a lookup offers only what applies: a fine under appeal is not "still to pay" and gets
 * no "how to pay" or "object"; a fine below the EUR 75 minimum gets no instalments; a citizen already
 * in the queue is not offered a person again.
 */
import { FAST_TYPIST, STAFF_ALWAYS_IN, useTestApp } from '../support/appForTests';
import { textOf, type TestConversation } from '../support/testApp';
import type { Activity } from 'botbuilder';

const clock = { now: () => new Date('2026-11-22T10:00:00+01:00') };
const titles = (replies: Partial<Activity>[]): string =>
  replies.flatMap((a) => a.suggestedActions?.actions?.map((x) => String(x.title)) ?? []).join(' | ');

describe('menus after a lookup offer only what applies', () => {
  const assistant = useTestApp({ ...FAST_TYPIST, ...STAFF_ALWAYS_IN }, { clock });

  async function lookup(c: TestConversation, number: string, postcode: string): Promise<Partial<Activity>[]> {
    await c.say('boete opzoeken');
    await c.say(number);
    return c.say(postcode);
  }

  it('a fine under appeal: on hold, not "still to pay", and no how-to-pay or objection', async () => {
    const replies = await lookup(await assistant.open(), '4516092382100863', '5611 EZ');
    const text = textOf(replies);
    expect(text).toMatch(/Nu niets te betalen: € 214,00 staat stil zolang het beroep loopt/);
    expect(text).not.toMatch(/Totaal nog te betalen/);
    expect(titles(replies)).not.toMatch(/Hoe betaal ik|Bezwaar maken|Betalen in termijnen/);
  });

  it('the phone: no "1: Hoe betaal ik" or "Bezwaar maken" read out for a fine under appeal', async () => {
    const c = await assistant.open({ channelId: 'telephony' });
    await c.say('1');
    await c.say('4516092382100863');
    const heard = textOf(await c.say('5611 EZ'));
    expect(heard).toMatch(/staat dus stil/);
    expect(heard).not.toMatch(/Hoe betaal ik|Bezwaar maken/);
  });

  it('a fine of € 54 (€ 45 without costs): no instalments below the € 75 minimum', async () => {
    const replies = await lookup(await assistant.open(), '5320466536506279', '1017CX');
    expect(textOf(replies)).toMatch(/€ 54,00/);
    expect(titles(replies)).toMatch(/Hoe betaal ik/);
    expect(titles(replies)).not.toMatch(/Betalen in termijnen/);
  });

  it('in English too: no "Pay in instalments" for € 54', async () => {
    const c = await assistant.open({ locale: 'en-GB' });
    await c.say('look up my fine');
    await c.say('5320466536506279');
    expect(titles(await c.say('1017CX'))).not.toMatch(/instalments/i);
  });

  it('already in the queue: the lookup menu does not offer a person again', async () => {
    const c = await assistant.open();
    expect(textOf(await c.say('ik wil een medewerker'))).toMatch(/wachtrij/);
    const replies = await lookup(c, '9698948614580658', '8911 AB');
    expect(textOf(replies)).toMatch(/€ 129,00/);
    expect(titles(replies)).toMatch(/Betalen in termijnen/);
    expect(titles(replies)).not.toMatch(/Medewerker spreken/);
  });
});
