/**
 * "Help" in the middle of a flow says what the assistant can do and asks the flow's question again,
 * without a menu: on SMS and the phone a numbered menu would take the next answer ("3") away from
 * the question that waits for it.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

describe('help in the middle of a flow', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each(['sms', 'telephony', 'webchat'])(
    '%s: no menu, the postcode asked again, and it is taken',
    async (channelId) => {
      const c = await assistant.open({ channelId, locale: 'nl-NL' });
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
