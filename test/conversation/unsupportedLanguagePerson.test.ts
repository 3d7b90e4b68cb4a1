/**
 * A citizen writing a language the assistant does not speak: told once which languages it speaks
 * (naming theirs, in the language they wrote before), offered a person from the second such
 * message, and a person reached with their own word for one ("موظف", "людина", "yetkili"). A
 * language asked for that is not spoken here ("Türkçe", "vous parlez français ?") is said to be
 * unavailable, with the four languages and a person. On SMS, one numbered menu per turn.
 */
import { FAST_TYPIST, STAFF_ALWAYS_IN, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

const QUEUED = /in the queue for a member of CJIB staff/;
const OFFER = /Would you like to talk to a member of staff\?/;

describe('a language the assistant does not speak', () => {
  const assistant = useTestApp({ ...FAST_TYPIST, ...STAFF_ALWAYS_IN });

  it('webchat Arabic: the second message offers a person, "موظف" reaches one', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    expect(textOf(await c.say('مرحبا'))).toMatch(/do not speak Arabic/);
    const second = textOf(await c.say('مخالفة'));
    expect(second).toMatch(OFFER);
    expect(second).toMatch(/Ik kan alleen helpen in het Nederlands/);
    expect(second).not.toMatch(/ask it again/);
    expect(textOf(await c.say('موظف'))).toMatch(QUEUED);
  });

  it('sms Ukrainian: "людина будь ласка" reaches a person', async () => {
    const c = await assistant.open({ locale: 'nl-NL', channelId: 'sms' });
    expect(textOf(await c.say('Добрий день, я отримав штраф, що робити?'))).toMatch(/do not speak Ukrainian/);
    expect(textOf(await c.say('я не розумію англійську'))).toMatch(OFFER);
    expect(textOf(await c.say('людина будь ласка'))).toMatch(QUEUED);
  });

  it('sms Turkish: a flow started from the gloss, "anlamadım" at its question offers a person, "1" takes it', async () => {
    const c = await assistant.open({ locale: 'nl-NL', channelId: 'sms' });
    expect(textOf(await c.say('Salam, cezam var yardım'))).toMatch(/do not speak Turkish/);
    const again = textOf(await c.say('anlamadım'));
    expect(again).toMatch(OFFER);
    expect(again).not.toMatch(/does not look like a CJIB number/);
    expect(textOf(await c.say('1'))).toMatch(QUEUED);
  });

  it.each(['yetkili lütfen', 'une personne svp', 'una persona por favor'])(
    '"%s" asks for a person',
    async (said) => {
      const c = await assistant.open({ locale: 'nl-NL' });
      expect(textOf(await c.say(said))).toMatch(/in de wachtrij|in the queue/);
    },
  );

  it('at the language picker "Türkçe", "Turkish please": not available, the four languages and a person', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('kunnen we een andere taal spreken?');
    for (const said of ['Türkçe', 'Turkish please']) {
      const replies = await c.say(said);
      expect(textOf(replies)).toMatch(/Turks is hier niet mogelijk/);
      const choices = replies.flatMap((a) => a.suggestedActions?.actions ?? []).map((a) => a.title);
      expect(choices).toEqual(['Nederlands', 'English', 'Deutsch', 'Polski', 'Medewerker spreken']);
    }
  });

  it('nl-NL after Dutch: "yardım edin lütfen, türkçe var mı?" is answered in Dutch, naming Turkish', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('ik wil betalingsregeling');
    const reply = textOf(await c.say('yardım edin lütfen, türkçe var mı?'));
    expect(reply).toMatch(/Turks is hier niet mogelijk/);
    expect(reply).not.toMatch(/I will continue in English/);
  });

  it.each([
    ['tr-TR', 'merhaba, ceza geldi ne kadar ödemem lazım', /do not speak Turkish/],
    ['nl-NL', 'Dobrý den, dostal jsem pokutu, jak zaplatit?', /do not speak Czech.*cjib\.nl\/cs\//s],
    ['nl-NL', 'vous parlez français?', /French is not available/],
    ['nl-NL', 'Merhaba, Türkçe biliyor musunuz? Cezam var', /Turkish is not available/],
  ])('%s "%s": the language is named', async (locale, said, notice) => {
    const c = await assistant.open({ locale });
    expect(textOf(await c.say(said))).toMatch(notice);
  });

  it('"Bonjour j\'ai une amende": the fine is taken up, not "how can I help?"', async () => {
    const c = await assistant.open({ locale: 'fr-FR' });
    const reply = textOf(await c.say("Bonjour j'ai une amende"));
    expect(reply).toMatch(/do not speak French/);
    expect(reply).toMatch(/CJIB number/);
  });

  it('telephony: only the menu of languages is spoken in the turn, and "1" picks Nederlands', async () => {
    const c = await assistant.open({ locale: 'nl-NL', channelId: 'telephony' });
    const first = await c.say('merhaba ceza ödemek istiyorum');
    const spoken = first.map((a) => a.speak ?? '').join(' ');
    expect(spoken).toMatch(/1: Nederlands/);
    expect(spoken).not.toMatch(/1: Yes/);
    expect(textOf(await c.say('1'))).toMatch(/Nederlands/);
  });

  it('sms tr-TR: only the menu of languages in the turn, and "1" picks Nederlands', async () => {
    const c = await assistant.open({ locale: 'tr-TR', channelId: 'sms' });
    const first = textOf(await c.say('merhaba ceza ödemek istiyorum nasıl öderim'));
    expect(first).toMatch(/1\. Nederlands/);
    expect(first).not.toMatch(/1\. Yes/);
    expect(first.match(/number of your choice/g)).toHaveLength(1);
    expect(textOf(await c.say('1'))).toMatch(/Nederlands/);
  });
});
