/**
 * After a lookup, "wanneer moet ik dat betalen?" and "en als ik dat niet kan?" are about the claim just
 * shown: its own due date (passed: pay as soon as possible) and, for a strafbeschikking in its first
 * reminder, the next increase of that sanction (20%, at least € 30) and the ways out, not the traffic
 * fine's 8 weeks or "1,5 keer … 3 keer de boete".
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

const clock = { now: () => new Date('2026-11-22T10:00:00+01:00') };
const TRAFFIC_RULES = /8 weken|8 weeks|8 Wochen|8 tygodni|1,5 keer|1\.5 times|1,5-Fache|1,5-krotno/;

describe('follow-up questions about the claim just looked up', () => {
  const assistant = useTestApp(FAST_TYPIST, { clock });

  it('phone nl: the spoken lookup, then the due date and what if not', async () => {
    const c = await assistant.open({ channelId: 'telephony' });
    const found = textOf(
      await c.say(
        'ja hallo ik bel over mijn boete het nummer is een acht vijf twee negen nul zes nul negen vijf een vier een drie nul twee en mijn postcode is zeven vijf een een J E',
      ),
    );
    expect(found).toMatch(/Strafbeschikking/);
    const due = textOf(await c.say('wanneer moet ik dat betalen'));
    expect(due).toMatch(/12 augustus 2026/);
    expect(due).toMatch(/voorbij/);
    expect(due).toMatch(/zo snel mogelijk/);
    expect(due).not.toMatch(TRAFFIC_RULES);
    const ifNot = textOf(await c.say('en als ik dat niet kan'));
    expect(ifNot).toMatch(/2e aanmaning/);
    expect(ifNot).toMatch(/20%.*minstens 30 euro/s);
    expect(ifNot).toMatch(/betalingsregeling/);
    expect(ifNot).toMatch(/noodstop/);
    expect(ifNot).not.toMatch(TRAFFIC_RULES);
  });

  it.each([
    [
      'en-GB',
      'look up my fine',
      'when do I need to pay that?',
      "and if I can't?",
      /12 August 2026/,
      /20% is added \(at least €30\)/,
    ],
    [
      'de-DE',
      'Bußgeld nachschlagen',
      'wann muss ich das bezahlen?',
      'und wenn ich das nicht kann?',
      /12\. August 2026/,
      /20 % hinzu \(mindestens 30 €\)/,
    ],
    [
      'pl-PL',
      'sprawdź mandat',
      'kiedy muszę to zapłacić?',
      'a jeśli nie mogę?',
      /12 sierpnia 2026/,
      /20% \(co najmniej 30 €\)/,
    ],
  ])('%s: %s … "%s", "%s"', async (locale, start, when, ifNot, date, increase) => {
    const c = await assistant.open({ locale });
    await c.say(start);
    await c.say('1852906095141302');
    await c.say('7511 JE');
    const due = textOf(await c.say(when));
    expect(due).toMatch(date);
    expect(due).not.toMatch(TRAFFIC_RULES);
    const next = textOf(await c.say(ifNot));
    expect(next).toMatch(increase);
    expect(next).not.toMatch(TRAFFIC_RULES);
  });

  it('a traffic fine still open hears its own rule: 1,5 times the fine at the reminder', async () => {
    const c = await assistant.open();
    await c.say('boete opzoeken');
    await c.say('9698948614580658');
    await c.say('8911 AB');
    const next = textOf(await c.say('wat als ik het niet betaal?'));
    expect(next).toMatch(/aanmaning.*1,5 keer de boete/s);
    expect(next).toMatch(/betalingsregeling/);
  });
});
