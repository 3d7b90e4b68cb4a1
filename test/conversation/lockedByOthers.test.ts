/**
 * Five wrong postcodes for a number in one conversation lock the number (DESIGN: per conversation and
 * per number, 15 minutes). The owner who then gives the right details in a new conversation hears it
 * neutrally: blocked for a while for safety, not necessarily by them, when it can be tried again,
 * and a person offered at once (yes/no), in every language.
 */
import { FAST_TYPIST, STAFF_ALWAYS_IN, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

const NUMBER = '9698948614580658';
let now = new Date('2026-11-22T10:00:00+01:00');
const clock = { now: () => now };

describe("a number locked by someone else's failed tries", () => {
  const assistant = useTestApp({ ...FAST_TYPIST, ...STAFF_ALWAYS_IN }, { clock });

  async function lockNumber(): Promise<void> {
    const stranger = await assistant.open();
    await stranger.say('boete opzoeken');
    await stranger.say(NUMBER);
    for (const postcode of ['1111 AA', '1111 AB', '1111 AC', '1111 AD', '1111 AE']) {
      await stranger.say(postcode);
      await stranger.say(NUMBER);
    }
  }

  it.each([
    ['nl-NL', 'boete opzoeken', /tijdelijk geblokkeerd/, /hoeft niet door u te komen/, 'Vanaf', /Ja/],
    [
      'en-GB',
      'look up my fine',
      /blocked here for a while/,
      /need not have been you/,
      'try again from',
      /Yes/,
    ],
    ['de-DE', 'Bußgeld nachschlagen', /vorübergehend gesperrt/, /nicht an Ihnen liegen/, 'Ab', /Ja/],
    ['pl-PL', 'sprawdź mój mandat', /tymczasowo zablokowane/, /Nie musiał\(a\) tego zrobić/, 'Od', /Tak/],
  ])(
    '%s: the owner hears a neutral notice with the time and a person offered',
    async (locale, start, blocked, noBlame, when, yes) => {
      now = new Date(now.getTime() + 20 * 60 * 1000);
      await lockNumber();
      const owner = await assistant.open({ locale });
      await owner.say(start);
      await owner.say(NUMBER);
      const replies = await owner.say('8911 AB');
      const reply = textOf(replies);
      expect(reply).toMatch(blocked);
      expect(reply).toMatch(noBlame);
      expect(reply).not.toMatch(/te veel pogingen|too many attempts|zu viele Versuche|zbyt wiele prób/);
      expect(reply).not.toMatch(/129[,.]00/);
      const titles = replies.flatMap((a) => a.suggestedActions?.actions?.map((x) => x.title) ?? []);
      expect(titles.join(' ')).toMatch(yes);
      // The lock started at the stranger's fifth try and lasts 15 minutes (the clock stands still here).
      const reopens = new Intl.DateTimeFormat('nl-NL', {
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'Europe/Amsterdam',
      }).format(new Date(now.getTime() + 15 * 60 * 1000));
      expect(reply).toContain(`${when} ${reopens}`);
      // Someone writing from abroad is told whose clock that is.
      if (locale !== 'nl-NL') expect(reply).toMatch(/Dutch time|niederländischer Zeit|czasu holenderskiego/);
      // "ja" takes the person offered.
      expect(textOf(await owner.say(locale === 'pl-PL' ? 'tak' : locale === 'en-GB' ? 'yes' : 'ja'))).toMatch(
        /wachtrij|queue|Warteschlange|kolejk/i,
      );
    },
  );
});
