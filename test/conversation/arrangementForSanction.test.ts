/**
 * An arrangement asked for a compensation order or a penal order (strafbeschikking) starts the
 * arrangement flow as "ik wil een betalingsregeling" does: one short note on that sanction (DOMAIN.md
 * §5), then the number, the postcode and the schedule; not the long knowledge answer, the fines'
 * overview and "Welke van deze bedoelt u?".
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

const COMPENSATION = { cjib: '5111941022799767', postcode: '4811 XJ' };
const PENAL_ORDER = { cjib: '1852906095141302', postcode: '7511 JE' };

describe('an arrangement for another sanction than a traffic fine', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    [
      'nl-NL',
      'ik wil een regeling voor de schadevergoeding die ik moet betalen',
      /slachtoffer/,
      /CJIB-nummer/,
      /24 maanden/,
      'ja, aanvragen',
      /e-mailadres of telefoonnummer/,
    ],
    [
      'en-GB',
      'I want a payment plan for the compensation order I have to pay',
      /victim/,
      /CJIB number/,
      /24 months/,
      'yes, apply',
      /e-mail address or phone number/,
    ],
  ])(
    '%s: "%s": the note, the number asked, the schedule, and the request goes on',
    async (locale, ask, note, number, schedule, yes, contact) => {
      const c = await assistant.open({ locale });
      const first = textOf(await c.say(ask));
      expect(first).toMatch(note);
      expect(first).toMatch(number);
      expect(first).not.toMatch(/Heeft dit antwoord u geholpen|Did this answer help/);
      await c.say(COMPENSATION.cjib);
      const shown = textOf(await c.say(COMPENSATION.postcode));
      expect(shown).toMatch(schedule);
      // The interest on a compensation order, said before agreeing (DOMAIN.md §1.7).
      expect(shown).toMatch(/rente|interest/);
      expect(textOf(await c.say(yes))).toMatch(contact);
    },
  );

  it.each([
    ['nl-NL', 'regeling voor mijn strafbeschikking', /accepteert u de strafbeschikking/, /12 maanden/],
    [
      'de-DE',
      'Ich möchte eine Ratenzahlung für meinen Strafbefehl',
      /akzeptieren Sie den Strafbefehl/,
      /12 Monate/,
    ],
    ['pl-PL', 'chcę rozłożyć nakaz karny na raty', /przyjęcie nakazu karnego/, /12 mies/],
  ])('%s: "%s": paying is accepting it, then the schedule', async (locale, ask, note, schedule) => {
    const c = await assistant.open({ locale });
    expect(textOf(await c.say(ask))).toMatch(note);
    await c.say(PENAL_ORDER.cjib);
    const shown = textOf(await c.say(PENAL_ORDER.postcode));
    // The schedule itself (not the fines' overview with its menu).
    expect(shown).toMatch(schedule);
  });
});
