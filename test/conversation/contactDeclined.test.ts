/**
 * At the contact question of the arrangement, a citizen who would rather not give an e-mail address
 * or phone number, or still has none after hearing why, is told what can be done instead (a
 * person, the decision by letter) rather than the same explanation again.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

const WHY = /alleen om u over deze aanvraag|only to contact you|nur, um Sie|wyłącznie|tylko/;
const NONE = /medewerker|member of staff|Mitarbeiter|pracownik/;

describe('a contact the citizen would rather not give', () => {
  const assistant = useTestApp(FAST_TYPIST);

  const toContactQuestion = async (channelId: string, locale: string, ask: string, yes: string) => {
    const c = await assistant.open({ channelId, locale });
    await c.say(ask);
    await c.say('3338082450532785');
    await c.say('3512 KL');
    await c.say(yes);
    return c;
  };

  it.each([
    ['webchat', 'nl-NL', 'ik wil in termijnen betalen', 'ja', 'mag ik dat niet geven?'],
    ['telephony', 'nl-NL', 'ik wil in termijnen betalen', 'ja', 'liever niet'],
    ['webchat', 'en-GB', 'I want to pay in instalments', 'yes', 'do I have to?'],
    ['webchat', 'de-DE', 'Ich möchte in Raten zahlen', 'ja', 'muss ich das angeben?'],
    ['webchat', 'pl-PL', 'chcę zapłacić w ratach', 'tak', 'czy muszę to podawać?'],
  ])('%s %s: "%s" is answered with what else can be done', async (channelId, locale, ask, yes, decline) => {
    const c = await toContactQuestion(channelId, locale, ask, yes);
    const reply = await c.say(decline);
    expect(textOf(reply) + JSON.stringify(reply.map((a) => a.speak ?? ''))).toMatch(NONE);
  });

  it('nl: "weet ik niet" hears why; a second non-answer hears what else can be done, not why again', async () => {
    const c = await toContactQuestion('webchat', 'nl-NL', 'ik wil in termijnen betalen', 'ja');
    const why = textOf(await c.say('weet ik niet'));
    expect(why).toMatch(WHY);
    const next = textOf(await c.say('weet ik niet'));
    expect(next).toMatch(NONE);
    expect(next).not.toBe(why);
    // An address given after all still goes on to the confirmation.
    expect(textOf(await c.say('burger@example.nl'))).toMatch(/versturen/);
  });
});
