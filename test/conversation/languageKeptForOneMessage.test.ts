/**
 * One message in another language does not silently move a running conversation (sweep 9b item 8):
 * "ok yes please apply" between Polish messages keeps Polish; two messages in a row in English move
 * it, and that is said; "spreek ook een beetje Nederlands" is no request for Dutch.
 */
import { textOf } from '../support/testApp';
import { useStaffedApp } from '../support/appForTests';

describe('the conversation language kept for a single message in another', () => {
  const assistant = useStaffedApp();

  it('pl-PL: "ok yes please apply" in the arrangement is answered, the next Polish message goes on in Polish', async () => {
    const c = await assistant.open({ locale: 'pl-PL' });
    await c.say('raty');
    await c.say('2342145524857394');
    await c.say('1071 DJ');
    const contact = textOf(await c.say('ok yes please apply'));
    expect(contact).not.toMatch(/I will continue/);
    expect(textOf(await c.say('moj email to jan.kowalski@gmail.com'))).toMatch(/Złożę w Pana\/Pani imieniu wniosek/);
  });

  it('pl-PL: two English messages in a row move it to English, and it is said', async () => {
    const c = await assistant.open({ locale: 'pl-PL' });
    await c.say('dzień dobry, mam pytanie');
    const one = textOf(await c.say('what is the deadline for paying my fine?'));
    expect(one).not.toMatch(/I will continue in English/);
    const two = textOf(await c.say('and what happens if I pay too late?'));
    expect(two).toMatch(/I will continue in English/);
  });

  it('en-US: "dank je wel, spreek ook een beetje nederlands" keeps English', async () => {
    const c = await assistant.open({ locale: 'en-US' });
    await c.say('hi, I got a fine, how long do I have to pay it?');
    const thanks = textOf(await c.say('dank je wel, spreek ook een beetje nederlands'));
    expect(thanks).not.toMatch(/Ik ga verder in het Nederlands/);
    expect(textOf(await c.say('how can I pay it?'))).toMatch(/iDEAL/);
    expect(textOf(await c.say('how can I pay it?'))).not.toMatch(/U kunt/);
  });
});
