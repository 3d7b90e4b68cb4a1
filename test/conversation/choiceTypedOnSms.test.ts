/**
 * On a channel without buttons the citizen types (part of) the choice he read: "aanvragen",
 * "zloz wniosek" without accents, "zu hoch". It picks that choice. An answer that is none of them
 * hears the question again with the numbers to reply, not the buttons' labels in quotes.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

const CONTACT_ASKED =
  /Op welk e-mailadres|which e-mail address|Unter welcher E-Mail-Adresse|Pod jakim adresem e-mail/;
const PERSONAL =
  /persoonlijke betalingsregeling|personal arrangement|persönliche Ratenzahlung|indywidualny plan/;

describe('a choice typed in words at the schedule', () => {
  const assistant = useTestApp(FAST_TYPIST);

  const toSchedule = async (channelId: string, locale: string, ask: string) => {
    const c = await assistant.open({ channelId, locale });
    await c.say(ask);
    await c.say('5111395563629976');
    await c.say('3512kl');
    return c;
  };

  it.each([
    ['sms', 'nl-NL', '2', 'aanvragen', CONTACT_ASKED],
    ['sms', 'nl-NL', 'regeling', 'te hoog', PERSONAL],
    ['webchat', 'pl-PL', 'chce rozlozyc mandat na raty', 'zloz wniosek', CONTACT_ASKED],
    ['sms', 'de-DE', 'Ratenzahlung', 'zu hoch', PERSONAL],
    ['sms', 'en-GB', 'instalments', 'request it', CONTACT_ASKED],
  ])('%s %s: "%s", then "%s"', async (channelId, locale, ask, answer, expected) => {
    const c = await toSchedule(channelId, locale, ask);
    expect(textOf(await c.say(answer))).toMatch(expected);
  });

  it('sms nl: an answer that is no choice hears the numbers to reply, not the labels in quotes', async () => {
    const c = await toSchedule('sms', 'nl-NL', 'regeling');
    const retry = textOf(await c.say('xyz'));
    expect(retry).toMatch(/Antwoord 1, 2 of 3/);
    expect(retry).not.toMatch(/Kies 'Ja, aanvragen'/);
    const unsure = textOf(await c.say('weet ik niet'));
    expect(unsure).toMatch(/Antwoord dan 1/);
    expect(unsure).not.toMatch(/Kies dan 'Ja, aanvragen'/);
  });

  it('webchat nl: the retry still names the buttons', async () => {
    const c = await toSchedule('webchat', 'nl-NL', 'regeling');
    expect(textOf(await c.say('xyz'))).toMatch(/Kies 'Ja, aanvragen'/);
  });
});
