/**
 * An arrangement requested in one conversation, the fines looked up in a later one: the lookup says
 * a request is on file (its reference, the decision comes by letter, do not request again), also
 * after the due date asked, and instalments are not offered again.
 */
import { DEMO_CLOCK } from '../support/demoDebtors';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

const D = { cjib: '1624689630323359', postcode: '61-001' };

describe('an arrangement request on file, seen at a later lookup', () => {
  const assistant = useTestApp(FAST_TYPIST, { clock: DEMO_CLOCK });

  it('pl after an en request: the request and its reference, no instalments offered', async () => {
    const first = await assistant.open({ channelId: 'sms', locale: 'en-US' });
    for (const m of ['2', D.cjib, D.postcode, '1', '+48 601 234 567']) await first.say(m);
    const filed = textOf(await first.say('1'));
    const reference = /BR-\d{4}-\d+/.exec(filed)?.[0];
    expect(reference).toBeDefined();

    const later = await assistant.open({ channelId: 'sms', locale: 'pl-PL' });
    await later.say('sprawdź mój mandat');
    await later.say(D.cjib);
    const overview = textOf(await later.say(D.postcode));
    expect(overview).toContain(reference!);
    expect(overview).toMatch(/decyzję otrzyma Pan\/Pani listownie/);
    expect(overview).not.toMatch(/w ratach\s*$|\d\. Płatność w ratach/m);
    const due = textOf(await later.say('ile mam czasu na zaplacenie?'));
    expect(due).toContain(reference!);
  });
});
