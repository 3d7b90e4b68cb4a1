/**
 * A citizen whose running arrangement the lookup just showed, or who just filed one, says "deze maand
 * lukt het niet" or "en als ik een keer niet kan betalen?" without naming the arrangement: that is an
 * instalment that will be missed (pay it soon, contact the CJIB), not the noodstop for debts and
 * not the filed request again.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

/** Demo debtor D07: one fine in a running arrangement. */
const RUNNING = { cjib: '1859501187398067', postcode: '6511 PP' };
const MISSED = {
  nl: /termijn van uw betalingsregeling gemist/,
  en: /miss(ed)? an instalment/,
  de: /Rate.*verpasst|verpasst.*Rate/s,
  pl: /rat[ęy]/,
};
const NOODSTOP = /noodstop|emergency stop|Notstopp|wstrzymanie awaryjne/;

describe('an instalment missed by a citizen known to have an arrangement', () => {
  const assistant = useTestApp(FAST_TYPIST, {}, 'test');

  it.each([
    ['nl-NL', 'ik wil een regeling', 'hoeveel moet ik nog', 'deze maand lukt het niet', MISSED.nl],
    ['en-GB', 'look up my fine', 'how much is left?', 'what if I miss a payment?', MISSED.en],
    ['de-DE', 'Bußgeld nachsehen', 'wie viel noch?', 'wenn ich eine Rate verpasse?', MISSED.de],
    ['pl-PL', 'sprawdź mój mandat', 'ile jeszcze?', 'co jeśli opuszczę ratę?', MISSED.pl],
  ])(
    '%s: after the lookup shows the arrangement, "%s" … "%s"',
    async (locale, start, between, missed, answer) => {
      const c = await assistant.open({ locale });
      await c.say(start);
      await c.say(RUNNING.cjib);
      await c.say(RUNNING.postcode);
      await c.say(between);
      const reply = textOf(await c.say(missed));
      expect(reply).toMatch(answer);
      expect(reply).not.toMatch(NOODSTOP);
    },
  );

  it('nl: right after filing, "en als ik een keer niet kan betalen?" is not the filed request again', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    for (const line of ['regeling aanvragen', '9698948614580658', '8911 AB', 'ja', 'burger@example.nl'])
      await c.say(line);
    expect(textOf(await c.say('ja'))).toMatch(/BR-2026-\d{8}/);
    const reply = textOf(await c.say('en als ik een keer niet kan betalen?'));
    expect(reply).toMatch(MISSED.nl);
    expect(reply).not.toMatch(/al aangevraagd/);
  });
});
