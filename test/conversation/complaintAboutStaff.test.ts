import { spokenSentences, textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

/**
 * A complaint about a member of staff names a person, but asks how to complain, not to be put
 * through: the citizen hears how a complaint works, not "shall a member of staff call you back?".
 */
const COMPLAINTS: [string, 'nl-NL' | 'en-GB' | 'de-DE' | 'pl-PL', string, RegExp][] = [
  ['nl', 'nl-NL', 'waar kan ik klagen over een medewerker van het cjib', /klacht/],
  ['nl', 'nl-NL', 'ik wil een klacht indienen over een medewerker', /klacht/],
  ['en', 'en-GB', 'I want to complain about one of your staff', /complaint/],
  ['de', 'de-DE', 'Ich möchte mich über einen Mitarbeiter beschweren', /Beschwerde/],
  ['pl', 'pl-PL', 'chcę złożyć skargę na pracownika', /CJIB/],
];
const PERSON_OFFERED =
  /terugbelt|call you back|zurückruft|oddzwonił|verbind|put you through|verbinde|połącz/i;

describe('a complaint about a member of staff', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each(COMPLAINTS)('%s: "%s" hears how to complain', async (_lng, locale, says, fact) => {
    const conversation = assistant.app.conversation({ locale });
    await conversation.start();
    const reply = textOf(await conversation.say(says));
    expect(reply).toMatch(fact);
    expect(reply).not.toMatch(PERSON_OFFERED);
  });

  it('on the phone too', async () => {
    const call = assistant.app.conversation({ locale: 'nl-NL', channelId: 'telephony' });
    await call.start();
    const heard = spokenSentences(await call.say('ik wil klagen over een medewerker')).join(' ');
    expect(heard).toMatch(/klacht/);
    expect(heard).not.toMatch(PERSON_OFFERED);
  });
});
