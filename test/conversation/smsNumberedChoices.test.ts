/**
 * Numbered choices on SMS and WhatsApp as texters answer them: "nummer 1 alstublieft", "optie 2",
 * "number two please", "Nummer 3 bitte", "numer 1 proszę" pick that choice; a number that is not
 * offered ("5" of three) gets the numbers there are and the choices again, in the texter's language.
 */
import type { Activity } from 'botbuilder';
import { useStaffedApp } from '../support/appForTests';
import { messagesOf as messages } from '../support/replyText';
import { textOf, type TestConversation } from '../support/testApp';

/** The text without the one-off warning about fake messages that a messaging channel appends. */
function read(replies: Partial<Activity>[]): string {
  return textOf(messages(replies)).replace(/\n\n(Let op|Note|Achtung|Uwaga|Warning|Please note)[:,].*$/s, '');
}

describe('numbered choices on messaging channels', () => {
  const assistant = useStaffedApp();

  async function started(channelId: string, locale: string): Promise<TestConversation> {
    return assistant.open({ channelId, locale });
  }

  /** The reply to `answer` at the welcome, and the reply to the choice's own words. */
  async function sameAsWords(channelId: string, locale: string, answer: string, title: string) {
    const viaNumber = read(await (await started(channelId, locale)).say(answer));
    const viaWords = read(await (await started(channelId, locale)).say(title));
    return { viaNumber, viaWords };
  }

  it.each([
    ['sms', 'nl-NL', 'nummer 1 alstublieft', 'Mijn boete opzoeken', /CJIB-nummer/],
    ['whatsapp', 'nl-NL', 'optie 2', 'Betalingsregeling', /CJIB-nummer/],
    ['sms', 'en-GB', 'number two please', 'Payment arrangement', /CJIB number/],
    ['sms', 'pl-PL', 'numer 1 proszę', 'Sprawdź mój mandat', /numeru CJIB/],
    ['sms', 'nl-NL', 'een', 'Mijn boete opzoeken', /CJIB-nummer/],
    ['sms', 'en-GB', 'one', 'Look up my fine', /CJIB number/],
    ['whatsapp', 'de-DE', 'zwo', 'Ratenzahlung', /CJIB-Nummer/],
    ['sms', 'pl-PL', 'jedna', 'Sprawdź mój mandat', /numeru CJIB/],
  ])('%s %s: "%s" at the welcome picks that choice', async (channelId, locale, answer, title, expected) => {
    const { viaNumber, viaWords } = await sameAsWords(channelId, locale, answer, title);
    expect(viaNumber).toMatch(expected);
    expect(viaNumber).toBe(viaWords);
  });

  it('de: "Nummer 3 bitte" at the welcome asks for a member of staff', async () => {
    const c = await started('sms', 'de-DE');
    const reply = read(await c.say('Nummer 3 bitte'));
    expect(reply).toMatch(/Mitarbeiter/);
    expect(reply).not.toMatch(/kann ich Ihnen nicht helfen|nicht sicher/);
  });

  it.each([
    [
      'nl-NL',
      '5',
      /^Sorry, er is geen keuze 5\. Antwoord alstublieft met 1, 2 of 3\./,
      /1\. Mijn boete opzoeken\n2\. Betalingsregeling\n3\. Medewerker spreken/,
    ],
    [
      'en-GB',
      'number 5 please',
      /^Sorry, there is no choice 5\. Please answer 1, 2 or 3\./,
      /1\. Look up my fine\n2\. Payment arrangement/,
    ],
    [
      'de-DE',
      'Nummer 7 bitte',
      /^Entschuldigung, eine Auswahl 7 gibt es nicht\. Bitte antworten Sie mit 1, 2 oder 3\./,
      /1\. .+\n2\. .+\n3\. /,
    ],
    [
      'pl-PL',
      'piątka',
      /^Przepraszam, nie ma opcji 5\. Proszę wybrać 1, 2 lub 3\./,
      /1\. Sprawdź mój mandat\n2\. /,
    ],
  ])(
    '%s: "%s" when three choices are offered asks again, kindly, with the choices',
    async (locale, answer, kind, listed) => {
      const c = await started('sms', locale);
      const reply = read(await c.say(answer));
      expect(reply).toMatch(kind);
      expect(reply).toMatch(listed);
      expect(reply).not.toMatch(/niet mee helpen|cannot help|nicht helfen|nie mogę pomóc/i);
      // The choices still stand: "2" now picks the second.
      const second = read(await c.say('2'));
      expect(second).not.toMatch(kind);
      expect(second).toMatch(/CJIB/);
    },
  );

  it('on the phone a key that is not offered is answered in speech, with the choices read out again', async () => {
    const c = await started('telephony', 'nl-NL');
    const replies = messages(await c.post({ type: 'event', name: 'dtmf', value: '5' }));
    const spoken = replies.map((a) => a.speak ?? '').join(' ');
    expect(spoken).toMatch(/<s>Sorry, er is geen keuze 5\.<\/s>/);
    expect(spoken).toContain('<s>1: Mijn boete opzoeken.</s>');
    expect(replies[replies.length - 1].inputHint).toBe('expectingInput');
    expect(textOf(await c.say('1'))).toMatch(/CJIB-nummer/);
  });

  it('a large number or an amount is not taken as a choice', async () => {
    const c = await started('sms', 'nl-NL');
    expect(read(await c.say('9698948614580658'))).not.toMatch(/geen keuze/);
  });

  it.each([
    ['sms', 'nl-NL', 'stop', 'optie één', /CJIB-nummer/],
    ['whatsapp', 'en-GB', 'stop', 'option 2', /CJIB number/],
    ['sms', 'de-DE', 'abbrechen', 'eins', /CJIB-Nummer/],
  ])(
    '%s %s: "%s" mid-lookup gives the choices, and "%s" picks one',
    async (channelId, locale, stop, pick, expected) => {
      const c = await started(channelId, locale);
      await c.say(
        locale === 'nl-NL'
          ? 'ik wil mijn boete opzoeken'
          : locale === 'de-DE'
            ? 'ich möchte mein Bußgeld nachsehen'
            : 'look up my fine',
      );
      const stopped = read(await c.say(stop));
      expect(stopped).toMatch(/1\./);
      const picked = read(await c.say(pick));
      expect(picked).toMatch(expected);
      expect(picked).not.toMatch(/niet zeker wat u bedoelt|not sure what you mean|nicht sicher/);
    },
  );
});
