/**
 * Another amount said alone after an answer about an amount, without "euro" again and often in words
 * on the phone: "en bij tweeduizend vijfhonderd?", "and for two thousand five hundred?", "und bei
 * zweitausendfünfhundert?", "a przy 2500?". The answer for that amount, not "I am not sure what you mean".
 */
import { useStaffedApp } from '../support/appForTests';
import { heardSentences, messagesOf } from '../support/replyText';
import { textOf } from '../support/testApp';

describe('another amount after the months for an amount', () => {
  const assistant = useStaffedApp();

  it.each([
    [
      'telephony',
      'nl-NL',
      'ik heb vijftienhonderd euro aan boetes, hoeveel maanden krijg ik dan?',
      'en bij tweeduizend vijfhonderd?',
      /^Bij 2500 euro zijn dat 24 maanden/,
    ],
    [
      'telephony',
      'en-GB',
      'I owe 1500 euros, how many months do I get?',
      'and for two thousand five hundred?',
      /^For 2500 euros that is 24 months/,
    ],
    [
      'telephony',
      'de-DE',
      'Ich schulde 1500 Euro, wie viele Monate bekomme ich?',
      'und bei zweitausendfünfhundert?',
      /^Bei 2500 Euro sind das 24 Monate/,
    ],
  ])('%s %s: "%s", then "%s"', async (channelId, locale, first, again, expected) => {
    const c = await assistant.open({ channelId, locale });
    await c.say(first);
    expect(heardSentences(await c.say(again))).toMatch(expected);
  });

  it.each([
    [
      'whatsapp',
      'nl-NL',
      'hoeveel maanden krijg ik bij 1500 euro?',
      'en bij 2500?',
      /Bij € 2\.500,00 zijn dat 24 maanden/,
    ],
    ['sms', 'pl-PL', 'ile miesięcy dostanę przy 1500 euro?', 'a przy 2500?', /2 500,00 € to 24 mies/],
  ])('%s %s: "%s", then "%s"', async (channelId, locale, first, again, expected) => {
    const c = await assistant.open({ channelId, locale });
    await c.say(first);
    const reply = textOf(messagesOf(await c.say(again)));
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(/niet zeker|Nie jestem pewien/);
  });
});
