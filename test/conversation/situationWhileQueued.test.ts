/**
 * Circumstances told while waiting for a person ("ich verdiene nur 1200 Euro im Monat") are noted for
 * the person who takes over, with the place in line; not the same general answer again with a person
 * offered to someone already waiting for one.
 */
import { textOf } from '../support/testApp';
import { useStaffedApp } from '../support/appForTests';

describe("the citizen's situation told in the queue", () => {
  const assistant = useStaffedApp();

  it.each([
    [
      'nl-NL',
      'mag ik een medewerker',
      'ik verdien maar 1100 euro per maand',
      /hoeft het niet opnieuw uit te leggen.*nummer \d/s,
    ],
    [
      'de-DE',
      'ich will mit jemandem sprechen',
      'ich verdiene nur 1200 euro im monat',
      /nicht noch einmal erklären.*Nummer \d/s,
    ],
    [
      'en-GB',
      'can I talk to a human',
      'I lost my job last month',
      /do not need to explain it again.*number \d/s,
    ],
  ])('%s: "%s", then "%s"', async (locale, ask, situation, noted) => {
    const c = await assistant.open({ locale });
    expect(textOf(await c.say(ask))).toMatch(/wachtrij|Warteschlange|queue/);
    const reply = textOf(await c.say(situation));
    expect(reply).toMatch(noted);
    expect(reply).not.toMatch(/geholpen|geholfen|did this help/i);
  });
});
