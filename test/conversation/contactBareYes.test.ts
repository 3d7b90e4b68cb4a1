/**
 * "Ja" to "Op welk e-mailadres of telefoonnummer kunnen we u bereiken?": the citizen agrees to give
 * one. Told to go ahead and how (say or key in the number on the phone, type it in a chat), not
 * "Dat lijkt geen e-mailadres of telefoonnummer"; the contact given next is read back as usual.
 */
import { useStaffedApp } from '../support/appForTests';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { heardSentences, messagesOf } from '../support/replyText';
import { textOf } from '../support/testApp';

const { D01 } = DEMO_DEBTORS;

describe('a bare yes to the contact question', () => {
  const assistant = useStaffedApp();

  it.each([
    [
      'telephony',
      'nl-NL',
      'betalingsregeling',
      'ja',
      /^Graag\. Zeg of toets uw telefoonnummer/,
      '06 12345678',
      /0 6, 1 2 3 4, 5 6 7 8/,
    ],
    [
      'telephony',
      'en-GB',
      'payment arrangement',
      'sure',
      /^Good\. Say or key in your phone number/,
      '0612345678',
      /0 6, 1 2 3 4, 5 6 7 8/,
    ],
    [
      'sms',
      'de-DE',
      'Ratenzahlung',
      'ja',
      /^Gut\. Geben Sie bitte Ihre E-Mail-Adresse/,
      'max@web.de',
      /max@web\.de/,
    ],
    [
      'telephony',
      'de-DE',
      'Ratenzahlung',
      'ja gerne',
      /^Gut\. Sagen Sie Ihre Telefonnummer/,
      '+49 151 12345678',
      /plus 4 9, 1 5 1/,
    ],
    [
      'telephony',
      'pl-PL',
      'chcę rozłożyć na raty',
      'tak poproszę',
      /^Dobrze\. Proszę powiedzieć numer telefonu/,
      'jan@wp.pl',
      /małpa/,
    ],
    [
      'whatsapp',
      'pl-PL',
      'chcę rozłożyć na raty',
      'tak',
      /^Dobrze\. Proszę wpisać adres e-mail/,
      'jan@wp.pl',
      /jan@wp\.pl/,
    ],
  ])(
    '%s %s: "%s", then "%s" at the contact question',
    async (channelId, locale, start, yes, goAhead, contact, readBack) => {
      const c = await assistant.open({ channelId, locale });
      const say = async (line: string): Promise<string> => {
        const replies = await c.say(line);
        return channelId === 'telephony' ? heardSentences(replies) : textOf(messagesOf(replies));
      };
      await say(start);
      await say(D01.number);
      await say(D01.postcode);
      await say('1');
      const answer = await say(yes);
      expect(answer).toMatch(goAhead);
      expect(answer).not.toMatch(/Dat lijkt geen|does not look like|sieht nicht wie|nie wygląda/);
      expect(await say(contact)).toMatch(readBack);
    },
  );
});
