/**
 * Outside office hours the assistant offers a call back. A message that is no answer to that offer
 * (the letter's CJIB number, a question) is handled as what it is, in the same turn: never silence
 * and never "please put it differently".
 */
import { startTestApp, textOf, type TestApp } from '../support/testApp';

describe('a message that does not answer the callback offer', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ OFFICE_HOURS: 'sun 03:00-03:01', RATE_LIMIT_CONVERSATION_BURST: '100' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('nl: the CJIB number instead of yes or no starts the lookup with it', async () => {
    const c = app.conversation({ locale: 'nl-NL' });
    await c.start();
    expect(textOf(await c.say('ik wil een medewerker'))).toMatch(/terugbelt/);
    const reply = textOf(await c.say('9698948614580658'));
    expect(reply).toMatch(/Wat is de postcode/);
    expect(reply).not.toMatch(/anders zeggen/);
    expect(textOf(await c.say('8911 AB'))).toMatch(/129/);
  });

  it('en: a question instead of yes or no gets its answer', async () => {
    const c = app.conversation({ locale: 'en-GB' });
    await c.start();
    expect(textOf(await c.say('can I talk to a person'))).toMatch(/call you back/);
    const reply = textOf(await c.say('how can I pay my fine?'));
    expect(reply).toMatch(/iDEAL/);
    expect(reply).not.toMatch(/put it differently/);
  });
});
