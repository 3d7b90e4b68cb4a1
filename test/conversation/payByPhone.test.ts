/**
 * "Kan ik ook telefonisch betalen?", "can I pay over the phone?", "kann ich telefonisch bezahlen?",
 * "czy mogę zapłacić przez telefon?": paying over the phone is not among the ways the assistant knows,
 * and the ways that work follow (iDEAL also on the phone, a transfer, the Digitaal Loket), not the
 * CJIB's phone numbers. "Kan ik met mijn telefoon betalen?" (the bank's app on it) is how to pay.
 */
import { useStaffedApp } from '../support/appForTests';
import { heardSentences, messagesOf } from '../support/replyText';
import { textOf } from '../support/testApp';

describe('paying over the phone asked', () => {
  const assistant = useStaffedApp();

  it.each([
    [
      'nl-NL',
      'kan ik ook telefonisch betalen?',
      /^Telefonisch betalen, .* staat niet bij de manieren van betalen die ik ken\./,
    ],
    [
      'en-GB',
      'can I pay over the phone?',
      /^Paying over the phone, .* is not among the ways to pay that I know of\./,
    ],
  ])('phone %s: "%s"', async (locale, asked, answer) => {
    const c = await assistant.open({ channelId: 'telephony', locale });
    const heard = heardSentences(await c.say(asked));
    expect(heard).toMatch(answer);
    expect(heard).toMatch(/iDEAL/);
    expect(heard).not.toMatch(/telefoonnummer|phone number/i);
  });

  it.each([
    ['sms', 'de-DE', 'kann ich telefonisch bezahlen?', /gehört nicht zu den Zahlungswegen, die ich kenne/],
    ['whatsapp', 'pl-PL', 'czy mogę zapłacić przez telefon?', /nie należy do znanych mi sposobów płatności/],
  ])('%s %s: "%s"', async (channelId, locale, asked, answer) => {
    const c = await assistant.open({ channelId, locale });
    const reply = textOf(messagesOf(await c.say(asked)));
    expect(reply).toMatch(answer);
    expect(reply).toMatch(/Digitaal Loket/);
  });

  it.each([
    ['telephony', 'nl-NL', 'kan ik met mijn telefoon betalen?', /iDEAL/],
    ['sms', 'pl-PL', 'czy mogę zapłacić telefonem?', /iDEAL/],
  ])(
    '%s %s: "%s" (with the phone: the bank app) is how to pay, not the phone numbers',
    async (channelId, locale, asked, answer) => {
      const c = await assistant.open({ channelId, locale });
      const replies = await c.say(asked);
      const said = channelId === 'telephony' ? heardSentences(replies) : textOf(messagesOf(replies));
      expect(said).toMatch(answer);
      expect(said).not.toMatch(/telefoonnummer|numer telefonu/i);
    },
  );

  it.each([
    [
      'telephony',
      'nl-NL',
      'kan ik ook telefonisch betalen?',
      'met een creditcard?',
      /^Betalen met een creditcard, .* staat niet bij de manieren/,
    ],
    ['whatsapp', 'en-GB', 'how do I pay?', 'and with PayPal?', /^Paying by credit card, PayPal/],
  ])(
    '%s %s: "%s", then "%s": that way of paying answered, not the answer again',
    async (channelId, locale, first, card, answer) => {
      const c = await assistant.open({ channelId, locale });
      await c.say(first);
      const replies = await c.say(card);
      const said = channelId === 'telephony' ? heardSentences(replies) : textOf(messagesOf(replies));
      expect(said).toMatch(answer);
      expect(said).not.toMatch(/Dat staat in mijn antwoord|That is in my answer/);
    },
  );
});
