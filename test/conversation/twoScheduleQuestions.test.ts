/**
 * Two questions about the schedule in one message ("wanneer moet ik de eerste keer betalen en kan ik
 * ook eerder aflossen?", "when is the first payment and can I pay it off early?"): both are answered,
 * the first due date and what is known about paying off early, then the schedule's question again.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { oneLine } from '../support/replyText';

const D02 = DEMO_DEBTORS.D02; // € 551,50 → 12 months of € 45,95, first 1 January 2027

describe('two questions about the schedule at once', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'betalingsregeling', 'wanneer moet ik de eerste keer betalen en kan ik ook eerder aflossen?', /1 januari 2027/, /eerder kunt aflossen/, /Wilt u deze betalingsregeling aanvragen\?/],
    ['en-GB', 'payment plan', 'when is the first payment due and can I pay it off early?', /1 January 2027/, /pay off early/, /Would you like to request this payment arrangement\?/],
    ['de-DE', 'Ratenzahlung', 'wann ist die erste Rate fällig und kann ich früher zurückzahlen?', /1\. Januar 2027/, /früher|vorzeitig|zusätzlich/, /Möchten Sie diese Ratenzahlung beantragen\?/],
    ['pl-PL', 'chcę raty', 'kiedy jest pierwsza rata i czy mogę spłacić wcześniej?', /1 stycznia 2027/, /wcześniej/, /Czy chce Pan\/Pani złożyć wniosek/],
  ])('%s: "%s"', async (locale, start, asked, firstDue, early, question) => {
    const c = await assistant.open({ locale });
    for (const line of [start, D02.number, D02.postcode]) await c.say(line);
    const reply = oneLine(await c.say(asked));
    expect(reply).toMatch(firstDue);
    expect(reply).toMatch(early);
    expect(reply).toMatch(question);
  });
});
