import { soundsAngry } from '../../domain/handoff/angryRequest';
import type { HandoffCase } from '../../domain/handoff/handoffCase';
import { asksWhenOpen } from '../../domain/handoff/openingQuestion';
import { namesATime } from '../../domain/handoff/partOfDay';
import { asksForPerson } from '../../domain/handoff/personRequest';
import { wantsToStopWaiting } from '../../domain/handoff/stopWaiting';
import { impatientWithQueue } from '../../domain/handoff/waitingQuestion';
import { typicalWaitMinutes } from '../../domain/handoff/waitEstimate';

describe('asking for a person with a topic or by phoning', () => {
  it.each([
    'kan ik iemand bellen over de deurwaarder die bij mij langs kwam',
    'ik wil met een medewerker praten over mijn betalingsregeling, ik heb een termijn gemist',
    'can I call someone about my fine',
    'kann ich jemanden anrufen wegen meiner Mahnung',
    'czy mogę zadzwonić do kogoś w sprawie mandatu',
  ])('%s', (said) => expect(asksForPerson(said)).toBe(true));

  it.each(['iemand heeft mijn auto geleend', 'someone called me about a fine'])('not: %s', (said) =>
    expect(asksForPerson(said)).toBe(false),
  );
});

describe('soundsAngry', () => {
  it.each([
    'Das ist doch Abzocke!!! 1450 Euro Strafe und jetzt 4359?? Ich will sofort einen Menschen sprechen',
    'WAAROM KRIJG IK WEER EEN AANMANING ik heb al betaald!!! ik wil een medewerker',
    'this is a rip-off, I want a human',
    'to jest oszustwo, chcę rozmawiać z konsultantem',
    'schandalig, ik wil een medewerker',
  ])('%s', (said) => expect(soundsAngry(said)).toBe(true));

  it.each([
    'ik wil een medewerker spreken over mijn CJIB boete',
    'I would like to talk to an agent please',
    'Mitarbeiter bitte!',
  ])('not: %s', (said) => expect(soundsAngry(said)).toBe(false));
});

describe('waiting in the queue', () => {
  it.each([
    'schiet eens op ik wacht al een half uur',
    'hurry up please',
    'beeilen Sie sich, ich warte schon ewig',
    'pospieszcie się, czekam już pół godziny',
    'dit duurt veel te lang',
  ])('impatient: %s', (said) => expect(impatientWithQueue(said)).toBe(true));

  it.each([
    'laat maar, ik wil toch geen medewerker meer',
    'ik hoef niet meer',
    'never mind',
    "I don't want to wait any more",
    'vergiss es, ich will nicht mehr warten',
    'nieważne, nie chcę już czekać',
  ])('stops waiting: %s', (said) => expect(wantsToStopWaiting(said)).toBe(true));

  it.each([
    'hoe lang duurt het nog?',
    'schiet eens op',
    'ik wil een betalingsregeling',
    'mijn boete is al betaald',
  ])('keeps waiting: %s', (said) => expect(wantsToStopWaiting(said)).toBe(false));

  const claimed = (queuedMinutesAgo: number, waitedMinutes: number, now: Date): HandoffCase =>
    ({
      status: 'with_agent',
      queuedAt: new Date(now.getTime() - queuedMinutesAgo * 60000),
      claimedAt: new Date(now.getTime() - (queuedMinutesAgo - waitedMinutes) * 60000),
    }) as HandoffCase;

  it('estimates from recent waits until staff took over, and only with enough of them', () => {
    const now = new Date('2026-11-24T10:00:00Z');
    expect(typicalWaitMinutes([claimed(30, 4, now), claimed(20, 6, now), claimed(15, 8, now)], now)).toBe(6);
    expect(typicalWaitMinutes([claimed(30, 4, now), claimed(20, 6, now)], now)).toBeUndefined();
    // Waits that ended more than two hours ago say nothing about now.
    expect(
      typicalWaitMinutes([claimed(300, 4, now), claimed(290, 6, now), claimed(280, 8, now)], now),
    ).toBeUndefined();
    // Still queued (never claimed) do not count.
    expect(typicalWaitMinutes([{ status: 'queued', queuedAt: now } as HandoffCase], now)).toBeUndefined();
  });
});

describe('office hours and call-back times in own words', () => {
  it.each([
    'wanneer zijn jullie wel open?',
    'wat zijn jullie openingstijden',
    'when are you open?',
    'wann sind Sie wieder erreichbar?',
    'kiedy jesteście otwarci?',
  ])('asks when open: %s', (said) => expect(asksWhenOpen(said)).toBe(true));

  it.each(['is mijn boete al open?', 'wanneer moet ik betalen'])('not: %s', (said) =>
    expect(asksWhenOpen(said)).toBe(false),
  );

  it.each(['morgen', 'evening', 'am Abend bitte', 'w sobotę', 'zo snel mogelijk'])(
    'names a time: %s',
    (said) => expect(namesATime(said)).toBe(true),
  );
});

describe('a question while waiting is no wish to stop', () => {
  it.each([
    'laat maar zien wat ik moet betalen',
    'dus ik hoef niet meer te betalen?',
    'ik hoef niet meer te wachten',
    'laat maar',
  ])('%s', (said) =>
    expect(wantsToStopWaiting(said)).toBe(said === 'ik hoef niet meer te wachten' || said === 'laat maar'),
  );
});
