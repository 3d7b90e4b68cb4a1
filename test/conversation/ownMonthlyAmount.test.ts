/**
 * "Het maandbedrag is te hoog", then "ik kan maar 20 euro per maand": the amount is acknowledged, said
 * to be below what the standard arrangement allows (only a personal arrangement, DOMAIN.md §1.4), a
 * person is offered, and staff see the amount in the handoff summary; not the personal-arrangement
 * text verbatim again.
 */
import type { Activity } from 'botbuilder';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { useHandoffDesk } from '../support/handoffDesk';
import { textOf, type TestConversation } from '../support/testApp';

jest.setTimeout(120_000);

interface QueueBody {
  cases: { id: string; status: string; reason: string }[];
}
interface CaseBody {
  case: { reason: string; summary: { ownMonthlyCents?: number } };
}

const { number, postcode } = DEMO_DEBTORS.D01; // € 129,00 → 6 months of € 21,50

describe('a monthly amount of the citizen own, below the standard one', () => {
  const desk = useHandoffDesk('sam');

  async function citizen(locale: string): Promise<TestConversation> {
    const c = desk.app.conversation({
      locale,
      extra: { serviceUrl: desk.channel.serviceUrl } as Partial<Activity>,
    });
    await c.start();
    return c;
  }

  async function caseOf(reason: string): Promise<CaseBody['case']> {
    const queue = (await desk.agent.get<QueueBody>('/console/api/queue')).body.cases;
    const row = queue.find((x) => x.status === 'queued' && x.reason === reason);
    expect(row).toBeDefined();
    const detail = (await desk.agent.get<CaseBody>(`/console/api/cases/${row!.id}`)).body.case;
    await desk.agent.post(`/console/api/cases/${row!.id}/claim`);
    await desk.agent.post(`/console/api/cases/${row!.id}/close`);
    return detail;
  }

  it('nl, in the arrangement flow: too high, then 20 euro a month; staff see the 20 euro', async () => {
    const c = await citizen('nl-NL');
    await c.say('Betalingsregeling');
    await c.say(number);
    await c.say(postcode);
    const tooHigh = textOf(await c.say('Het maandbedrag is te hoog'));
    const own = textOf(await c.say('ik kan maar 20 euro per maand'));
    expect(own).toMatch(/€ 20,00 per maand/);
    expect(own).toMatch(/minder dan de € 21,50 per maand/);
    expect(own).toMatch(/persoonlijke betalingsregeling/);
    expect(own).toMatch(/Wilt u met een medewerker spreken\?/);
    // Not the personal-arrangement text said once more, word for word.
    expect(own).not.toEqual(tooHigh);
    await c.say('ja');
    const handoff = await caseOf('personal_arrangement');
    expect(handoff.summary.ownMonthlyCents).toBe(2000);
  });

  it.each([
    [
      'en-GB',
      'Payment arrangement',
      'I can only pay 20 euros a month',
      /€20\.00 a month.*less than the €21\.50/s,
    ],
    [
      'de-DE',
      'Ratenzahlung',
      'ich kann nur 20 Euro im Monat zahlen',
      /20,00 € im Monat.*weniger als die 21,50 €/s,
    ],
    [
      'pl-PL',
      'Rozłożenie na raty',
      'mogę płacić tylko 20 euro miesięcznie',
      /20,00 € miesięcznie.*mniej niż 21,50 €/s,
    ],
  ])('%s: the amount named with the objection is acknowledged', async (locale, start, said, acknowledged) => {
    const c = await citizen(locale);
    await c.say(start);
    await c.say(number);
    await c.say(postcode);
    expect(textOf(await c.say(said))).toMatch(acknowledged);
  });

  it('nl, after the personal-arrangement answer: acknowledged, a person offered, the amount passed on', async () => {
    const c = await citizen('nl-NL');
    await c.say('kan ik mijn boete in delen betalen?');
    await c.say('Het maandbedrag is te hoog');
    const own = textOf(await c.say('ik kan maar 20 euro per maand'));
    expect(own).toMatch(/€ 20,00 per maand/);
    expect(own).toMatch(/Wilt u met een medewerker spreken\?/);
    await c.say('ja');
    const handoff = await caseOf('personal_arrangement');
    expect(handoff.summary.ownMonthlyCents).toBe(2000);
  });
});
