/**
 * A bare "nee" to "on which e-mail address or phone number can we reach you?" means no contact is
 * given, not that the request is off: the citizen hears why it is needed and how to stop, and the
 * request goes on when a contact follows. Only a second bare no (or "stop") ends it, explicitly.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

const NEEDED =
  /kan ik de aanvraag niet versturen|cannot send the request|kann ich den Antrag nicht absenden|nie mogę wysłać wniosku/;
const DECLINED =
  /niets aangevraagd|not requested anything|nothing has been requested|nichts beantragt|niczego nie złożyłem/i;
const CONFIRM = /versturen\?|send the request now\?|jetzt absenden\?|wysłać wniosek\?/;

describe('a bare "no" at the contact question of the arrangement', () => {
  const assistant = useTestApp(FAST_TYPIST);

  const toContactQuestion = async (channelId: string, locale: string, ask: string, yes: string) => {
    const c = await assistant.open({ channelId, locale });
    await c.say(ask);
    await c.say('1852906095141302');
    await c.say('7511JE');
    await c.say(yes);
    return c;
  };

  it.each([
    ['sms', 'nl-NL', 'regeling', '1.', 'nee', '0612345678'],
    ['sms', 'nl-NL', 'regeling', '1', 'nee joh', 'jan@example.nl'],
    ['webchat', 'en-GB', 'I want to pay in instalments', 'yes', 'no', 'jan@example.com'],
    ['webchat', 'de-DE', 'Ich möchte in Raten zahlen', 'ja', 'nein danke', '+49 151 23456789'],
    ['webchat', 'pl-PL', 'chcę zapłacić w ratach', 'tak', 'nie', 'jan@example.pl'],
  ])(
    '%s %s: "%s" hears why a contact is needed; a contact then goes on to the confirmation',
    async (channelId, locale, ask, yes, no, contact) => {
      const c = await toContactQuestion(channelId, locale, ask, yes);
      const reply = textOf(await c.say(no));
      expect(reply).toMatch(NEEDED);
      expect(reply).not.toMatch(DECLINED);
      expect(textOf(await c.say(contact))).toMatch(CONFIRM);
    },
  );

  it('sms nl: "op dit nummer", "nee joh", then "nee" again: the request is stopped and says so', async () => {
    const c = await toContactQuestion('sms', 'nl-NL', 'regeling', '1');
    await c.say('op dit nummer');
    expect(textOf(await c.say('nee joh'))).toMatch(NEEDED);
    expect(textOf(await c.say('nee'))).toMatch(DECLINED);
  });

  it('nl: "nee, toch niet" is still a change of mind: nothing requested', async () => {
    const c = await toContactQuestion('webchat', 'nl-NL', 'regeling', 'ja');
    expect(textOf(await c.say('nee, toch niet'))).toMatch(DECLINED);
  });
});
