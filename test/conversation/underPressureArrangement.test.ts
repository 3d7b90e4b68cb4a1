/**
 * Dutch citizens under pressure in the arrangement flow (WhatsApp, staff in): a question about the
 * noodstop mid-flow is answered and the flow's question comes again, "terug naar de regeling" never
 * queues anyone; "te hoog" with a lost job is a personal arrangement (the reason a concern for staff,
 * not the noodstop); a situation told at the offer of a person is thanked and passed on.
 */
import { loggedInStaff } from '../support/consoleClient';
import { FAST_TYPIST, STAFF_ALWAYS_IN, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

jest.setTimeout(60_000);

const ASK = /Wilt u deze betalingsregeling aanvragen\?/;
const QUEUED = /wachtrij/;

describe('arrangement under pressure on WhatsApp', () => {
  const assistant = useTestApp({ ...FAST_TYPIST, ...STAFF_ALWAYS_IN }, {}, 'test');

  const atSchedule = async () => {
    const c = await assistant.open({ locale: 'nl-NL', channelId: 'whatsapp' });
    const say = async (t: string): Promise<string> => textOf(await c.say(t));
    await say('2');
    await say('3338082450532785');
    expect(await say('3512 KL')).toMatch(ASK);
    return say;
  };

  it('"wacht wat is een noodstop eigenlijk" is answered and the request goes on; "ok terug naar de regeling" asks it again', async () => {
    const say = await atSchedule();
    const answer = await say('wacht wat is een noodstop eigenlijk');
    expect(answer).toMatch(/noodstop/);
    expect(answer).toMatch(ASK);
    expect(answer).not.toMatch(/Wilt u met een medewerker spreken/);
    const back = await say('ok terug naar de regeling');
    expect(back).toMatch(ASK);
    expect(back).not.toMatch(QUEUED);
    expect(await say('ja aanvragen')).toMatch(/Op welk e-mailadres of telefoonnummer/);
  });

  it('after debts mid-flow and a person offered, "nee, terug naar de regeling" shows the schedule again (no queue)', async () => {
    const say = await atSchedule();
    expect(await say('ik heb schulden en kan eigenlijk niets betalen')).toMatch(/Wilt u met een medewerker spreken/);
    const back = await say('nee terug naar de regeling');
    expect(back).toMatch(ASK);
    expect(back).not.toMatch(QUEUED);
  });

  it('debts said at the contact question, then "ok terug naar de regeling": the schedule again, never the queue', async () => {
    const say = await atSchedule();
    expect(await say('1')).toMatch(/Op welk e-mailadres of telefoonnummer/);
    expect(await say('ik heb veel schulden, ik kan het eigenlijk niet betalen')).toMatch(/noodstop/);
    const back = await say('ok terug naar de regeling');
    expect(back).not.toMatch(QUEUED);
    expect(back).toMatch(ASK);
  });

  it('"te hoog, ik ben net mijn baan kwijt" is a personal arrangement; the situation told is thanked, and staff see the concern', async () => {
    const say = await atSchedule();
    const offer = await say('te hoog, ik ben net mijn baan kwijt');
    expect(offer).toMatch(/persoonlijke betalingsregeling/);
    expect(offer).not.toMatch(/noodstop/);
    expect(offer).toMatch(/Wilt u met een medewerker spreken/);
    const told = await say('ik heb een uitkering van 1100 euro en 3 kinderen');
    expect(told).toMatch(/Dank u wel dat u dit vertelt/);
    expect(told).toMatch(/Wilt u met een medewerker spreken/);
    expect(await say('ja')).toMatch(QUEUED);
    const staff = await loggedInStaff(assistant.app, 'kim');
    const rows = (await staff.get<{ cases: { reason: string; concern: string | null }[] }>('/console/api/queue'))
      .body.cases;
    expect(rows).toHaveLength(1);
    expect(rows[0].reason).toBe('personal_arrangement');
    expect(rows[0].concern).toBe('cannot_pay');
  });

  it.each(['dat is te veel per maand', 'kan niet zoveel per maand'])(
    '"%s" is a personal arrangement',
    async (message) => {
      const say = await atSchedule();
      const offer = await say(message);
      expect(offer).toMatch(/persoonlijke betalingsregeling/);
      expect(offer).toMatch(/Wilt u met een medewerker spreken/);
    },
  );

  it('"ik heb een regeling maar ik ben ontslagen en kan de termijn van deze maand niet betalen": one answer, and the lookup next keeps it', async () => {
    const c = await assistant.open({ locale: 'nl-NL', channelId: 'whatsapp' });
    const say = async (t: string): Promise<string> => textOf(await c.say(t));
    const first = await say('ik heb een regeling maar ik ben ontslagen en kan de termijn van deze maand niet betalen');
    expect(first).toMatch(/baan kwijt/);
    expect(first).toMatch(/voordat u een aanmaning krijgt/);
    expect(first).toMatch(/persoonlijke betalingsregeling/);
    expect(first).toMatch(/noodstop/);
    expect(first).toMatch(/Wilt u met een medewerker spreken/);
    await say('1859501187398067');
    const looked = await say('6511 PP');
    expect(looked).toMatch(/U schreef dat u de termijn niet kunt betalen/);
    expect(looked).toMatch(/Medewerker spreken/);
  });

  it('de: "Moment, was ist ein Notstopp?" is answered and the request goes on; "ok zurück zur Ratenzahlung" asks it again', async () => {
    const c = await assistant.open({ locale: 'de-DE', channelId: 'whatsapp' });
    const say = async (t: string): Promise<string> => textOf(await c.say(t));
    await say('2');
    await say('3338082450532785');
    expect(await say('3512 KL')).toMatch(/Möchten Sie diese Ratenzahlung beantragen\?/);
    const answer = await say('Moment, was ist ein Notstopp?');
    expect(answer).toMatch(/Notstopp/);
    expect(answer).toMatch(/Möchten Sie diese Ratenzahlung beantragen\?/);
    expect(answer).not.toMatch(/Möchten Sie mit einem Mitarbeiter sprechen/);
    expect(await say('ok zurück zur Ratenzahlung')).toMatch(/Möchten Sie diese Ratenzahlung beantragen\?/);
  });
});
