/**
 * The back office down at the arrangement's (or the lookup's) identification: after the apology and
 * its offer of a person, "en nu?" hears the options again (a person now, or trying later with the
 * details kept) and the offer once more, not the fallback with unrelated topics.
 */
import { FAST_TYPIST, STAFF_ALWAYS_IN, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

describe('"what now?" after the back office was down', () => {
  const assistant = useTestApp({
    ...FAST_TYPIST,
    ...STAFF_ALWAYS_IN,
    COLLECTION_SYSTEM_URL: 'http://127.0.0.1:9',
    COLLECTION_RETRIES: '0',
  });

  it.each([
    ['webchat', 'nl-NL', 'ik wil een betalingsregeling', 'en nu?', /twee mogelijkheden/, 'ja'],
    ['telephony', 'nl-NL', 'ik wil een regeling treffen', 'wat nu?', /twee mogelijkheden/, 'ja'],
    ['webchat', 'en-GB', 'what do I still owe?', 'what are my options?', /two options/, 'yes'],
    ['webchat', 'de-DE', 'Ich möchte eine Ratenzahlung', 'und jetzt?', /zwei Möglichkeiten/, 'ja'],
    ['webchat', 'pl-PL', 'chcę rozłożyć na raty', 'i co teraz?', /dwie możliwości/, 'tak'],
  ])(
    '%s %s: "%s", the outage, "%s": the options and the offer; yes is a person',
    async (channelId, locale, ask, now, options, yes) => {
      const c = await assistant.open({ channelId, locale });
      await c.say(ask);
      await c.say('3338082450532785');
      await c.say('3512KL');
      const reply = textOf(await c.say(now));
      expect(reply).toMatch(options);
      expect(reply).not.toMatch(/Ik weet niet zeker wat u bedoelt|not sure what you mean/);
      const handed = await c.say(yes);
      expect(handed.some((a) => a.name === 'handoff.initiate')).toBe(true);
    },
  );
});
