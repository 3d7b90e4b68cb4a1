/**
 * "I got a letter from CJIB, can I pay monthly?": the letter told first does not hide the ask, which
 * is paying in instalments; "my fine please" is the lookup. Neither is "not sure what you mean".
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { oneLine } from '../support/replyText';

const NOT_SURE = /not sure what you mean/;

describe('a letter told, then the ask', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    'I got a letter from CJIB, can I pay monthly?',
    "I've got a letter from the CJIB, can I pay it monthly?",
  ])('"%s" is about paying in instalments', async (message) => {
    const c = await assistant.open({ locale: 'en-GB' });
    const reply = oneLine(await c.say(message));
    expect(reply).not.toMatch(NOT_SURE);
    expect(reply).toMatch(/payment arrangement/);
  });

  it.each(['my fine please', 'my fine, please?'])('"%s" looks the fine up', async (message) => {
    const c = await assistant.open({ locale: 'en-GB' });
    const reply = oneLine(await c.say(message));
    expect(reply).not.toMatch(NOT_SURE);
    expect(reply).toMatch(/CJIB number/);
  });
});
