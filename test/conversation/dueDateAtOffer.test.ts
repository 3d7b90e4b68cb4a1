/**
 * A due-date question while the arrangement offer is on the table ("wanneer moet de boete uiterlijk
 * betaald zijn?", "when is the fine due?", "bis wann muss ich das Bußgeld bezahlen?") gets this
 * citizen's own dates from the record and the schedule's first instalment, not the general 8-week
 * term; then the offer is asked again.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { spokenSentences, textOf } from '../support/testApp';

const D02 = { number: '3338082450532785', postcode: '3512 KL' }; // due 26 Aug 2026 (passed) and 9 Dec 2026
const D13 = { number: '2342145524857394', postcode: '1071 DJ' }; // due 1 and 10 December 2026

describe('a due date asked at the arrangement offer', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it('webchat nl: the own dates, the first instalment, then the offer again', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('betalingsregeling');
    await c.say(D02.number);
    expect(textOf(await c.say(D02.postcode))).toMatch(/Wilt u deze betalingsregeling aanvragen/);
    const answer = textOf(await c.say('wanneer moet de boete uiterlijk betaald zijn?'));
    expect(answer).toMatch(/26 augustus 2026\. Die is voorbij/);
    expect(answer).toMatch(/Door rood licht rijden: betaal uiterlijk 9 december 2026/);
    expect(answer).toMatch(/De eerste termijn betaalt u uiterlijk 1 januari 2027/);
    expect(answer).not.toMatch(/8 weken/);
    expect(answer).toMatch(/Wilt u deze betalingsregeling aanvragen/);
    // The first instalment asked for itself: the schedule's date alone (as before).
    const first = textOf(await c.say('tot wanneer moet ik die eerste betalen?'));
    expect(first).toMatch(/De eerste termijn betaalt u uiterlijk 1 januari 2027/);
    expect(first).not.toMatch(/augustus/);
  });

  it('phone en and webchat de: the own dates', async () => {
    const en = await assistant.open({ locale: 'en-GB', channelId: 'telephony' });
    await en.say('payment arrangement');
    await en.say(D13.number);
    await en.say(D13.postcode);
    const heard = spokenSentences(await en.say('when is the fine due?')).join(' ');
    expect(heard).toMatch(/please pay by Tuesday, 1 December 2026/);
    expect(heard).toMatch(/first instalment is due by 1 January 2027/);
    expect(heard).toMatch(/Would you like to request this payment arrangement/);
    const de = await assistant.open({ locale: 'de-DE' });
    await de.say('Ratenzahlung');
    await de.say(D13.number);
    await de.say(D13.postcode);
    const answer = textOf(await de.say('bis wann muss ich das Bußgeld bezahlen?'));
    expect(answer).toMatch(/bis spätestens 10\. Dezember 2026/);
    expect(answer).toMatch(/Möchten Sie diese Ratenzahlung beantragen/);
  });
});
