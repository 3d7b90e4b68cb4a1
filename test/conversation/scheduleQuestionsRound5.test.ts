/**
 * Questions at the proposed schedule from the blind sweep: a fine already received that is not in
 * the schedule (it cannot be added here), and paying more later on (not the term table).
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

describe('questions at the proposed schedule', () => {
  const assistant = useTestApp(FAST_TYPIST);

  const atSchedule = async (locale: string, ask: string) => {
    const c = await assistant.open({ locale });
    await c.say(ask);
    await c.say('9698948614580658');
    await c.say('8911 AB');
    return c;
  };

  it.each([
    [
      'nl-NL',
      'ik wil een betalingsregeling',
      'ik heb er ook nog een boete bij van vorige week, kan die erbij?',
      /niet toevoegen/,
      /Krijgt u later/,
    ],
    [
      'en-GB',
      'I want a payment plan',
      'I got another fine last week, can it be added?',
      /cannot add it here/,
      /another fine later/,
    ],
    [
      'de-DE',
      'Ich möchte eine Ratenzahlung',
      'ich habe noch ein Bußgeld bekommen, kann das dazu?',
      /nicht hinzufügen/,
      /später/,
    ],
  ])('%s: "%s" … "%s"', async (locale, ask, question, received, later) => {
    const c = await atSchedule(locale, ask);
    const reply = textOf(await c.say(question));
    expect(reply).toMatch(received);
    expect(reply).not.toMatch(later);
  });

  it.each([
    [
      'nl-NL',
      'ik wil een betalingsregeling',
      'wat als ik over 2 maanden meer kan betalen?',
      /extra of eerder/,
      /vaste tabel/,
    ],
    ['en-GB', 'I want a payment plan', 'what if I can pay more in 2 months?', /extra|early/, /fixed table/],
  ])('%s: "%s" … "%s": paying more, not the term table', async (locale, ask, question, payMore, table) => {
    const c = await atSchedule(locale, ask);
    const reply = textOf(await c.say(question));
    expect(reply).toMatch(payMore);
    expect(reply).not.toMatch(table);
  });
});
