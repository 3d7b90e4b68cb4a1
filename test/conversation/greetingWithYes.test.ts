/**
 * "Ja goedemiddag", "ja hallo, met Piet", "yeah hi": how many people open a conversation, on the phone
 * above all. The chat welcome asks "Wilt u liever een medewerker spreken?", so a bare "ja" takes that
 * offer; a greeting with a "ja" in front does not. The spoken welcome asks "Waarmee kan ik helpen?":
 * there a "ja" is no answer to an offer of a person at all.
 */
import { textOf } from '../support/testApp';
import { useStaffedApp } from '../support/appForTests';

const QUEUED = /wachtrij|queue/;

describe('a greeting with a yes in front, as the first message', () => {
  const assistant = useStaffedApp();

  it.each([
    ['telephony', 'nl-NL', 'ja goedemiddag', /Waarmee kan ik u helpen/],
    ['telephony', 'nl-NL', 'ja hallo met Piet', /Waarmee kan ik u helpen/],
    ['telephony', 'nl-NL', 'ja', /Waarmee kan ik u helpen/],
    ['telephony', 'en-US', 'yeah hi', /How can I help/i],
    ['webchat', 'nl-NL', 'ja goedemiddag', /Waarmee kan ik u helpen/],
    ['sms', 'nl-NL', 'Ja goedemorgen, met mevrouw Jansen', /Waarmee kan ik u helpen/],
  ])(
    '%s %s: "%s" is asked what it is about, not queued for a person',
    async (channelId, locale, line, asked) => {
      const c = await assistant.open({ channelId, locale });
      const reply = textOf(await c.say(line));
      expect(reply).not.toMatch(QUEUED);
      expect(reply).toMatch(asked);
    },
  );

  it.each([
    ['webchat', 'ja'],
    ['webchat', 'ja graag'],
    ['sms', 'ja, graag een medewerker'],
  ])('%s: "%s" to the chat welcome takes its offer of a person', async (channelId, line) => {
    const c = await assistant.open({ channelId, locale: 'nl-NL' });
    expect(textOf(await c.say(line))).toMatch(QUEUED);
  });
});
