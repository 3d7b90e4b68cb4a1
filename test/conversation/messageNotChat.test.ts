/**
 * "Is dit bericht echt van het CJIB? Ik kreeg een sms met een link": a message that came elsewhere is
 * doubted, so the warning about fake messages (DOMAIN.md §5: the CJIB never sends fines by SMS, e-mail or
 * WhatsApp), not the answer that this chat is the CJIB's assistant. In every language.
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

const FAKE = /nooit .*sms|never sends fines .*SMS|nie per E-Mail, SMS|nigdy nie wysyła/;
const ASSISTANT =
  /digitale assistent van het CJIB, een computerprogramma|digital assistant of the CJIB, a computer program|digitalen Assistenten des CJIB|cyfrowym asystentem CJIB/;

describe('a message doubted, not this chat', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'is dit bericht echt van het cjib? ik kreeg een sms met een link'],
    ['en-GB', 'is this message really from the CJIB? I got a text with a link'],
    ['de-DE', 'Ist diese Nachricht wirklich vom CJIB? Ich habe eine SMS mit einem Link bekommen'],
    ['pl-PL', 'czy ta wiadomość jest naprawdę z CJIB? dostałem SMS z linkiem'],
  ])('%s: "%s"', async (locale, message) => {
    const [answer] = await answersTo(assistant, locale, message);
    expect(answer).toMatch(FAKE);
    expect(answer).not.toMatch(ASSISTANT);
  });
});
