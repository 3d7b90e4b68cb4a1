/**
 * Back after a moment with the answer in the same message ("ik ben er weer, ja ik wil de regeling",
 * "ok I'm back, yes request it"): the answer counts (the contact question follows), not only the
 * schedule's question again. "Ik denk er even over na", "ich überlege es mir" at the schedule is
 * time to think: nothing requested, and the request can be taken up again.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { oneLine } from '../support/replyText';

const D01 = DEMO_DEBTORS.D01;

describe('back with the answer, or time to think', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'betalingsregeling', 'momentje', 'ik ben er weer, ja ik wil de regeling', /Op welk e-mailadres of telefoonnummer/],
    ['en-GB', 'payment plan', 'one moment please', "ok I'm back, yes request it", /At which e-mail address or phone number/],
    ['de-DE', 'Ratenzahlung', 'Moment bitte', 'so, da bin ich wieder, ja ich möchte die Ratenzahlung', /Unter welcher E-Mail-Adresse oder Telefonnummer/],
  ])('%s: "%s", then "%s"', async (locale, start, moment, back, contact) => {
    const c = await assistant.open({ locale });
    for (const line of [start, D01.number, D01.postcode]) await c.say(line);
    await c.say(moment);
    expect(oneLine(await c.say(back))).toMatch(contact);
  });

  it.each([
    ['nl-NL', 'betalingsregeling', 'ik denk er even over na', /niets aangevraagd/, 'ik ben er weer, ja ik wil de regeling', /€ 129,00 in 6 maanden/],
    ['de-DE', 'Ratenzahlung', 'ich überlege es mir kurz', /nichts beantragt/, 'so, da bin ich wieder, ja ich möchte die Ratenzahlung', /129,00 € in 6 Monaten/],
  ])('%s: "%s" requests nothing; coming back takes it up again', async (locale, start, think, nothing, back, schedule) => {
    const c = await assistant.open({ locale });
    for (const line of [start, D01.number, D01.postcode]) await c.say(line);
    expect(oneLine(await c.say(think))).toMatch(nothing);
    expect(oneLine(await c.say(back))).toMatch(schedule);
  });
});
