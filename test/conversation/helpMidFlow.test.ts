/**
 * "Help" in the middle of a flow says what the assistant can do and asks the flow's question again,
 * without a menu: on SMS and the phone a numbered menu would take the next answer ("3") away from
 * the question that waits for it.
 */
import { startTestApp, textOf, type TestApp } from '../support/testApp';

describe('help in the middle of a flow', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_CONVERSATION_BURST: '100' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each(['sms', 'telephony', 'webchat'])(
    '%s: no menu, the postcode asked again, and it is taken',
    async (channelId) => {
      const c = app.conversation({ channelId, locale: 'nl-NL' });
      await c.start();
      await c.say('betalingsregeling');
      await c.say('3338082450532785');
      const help = await c.say('help');
      const all = textOf(help) + JSON.stringify(help.map((a) => a.speak ?? ''));
      expect(all).toMatch(/Ik kan/);
      expect(all).toMatch(/postcode/);
      expect(all).not.toMatch(/\b1[:.)]\s*Mijn boete opzoeken/);
      expect(help.every((a) => !a.suggestedActions?.actions?.length)).toBe(true);
      const next = textOf(await c.say('3512 KL'));
      expect(next).toMatch(/€|euro/);
    },
  );
});
