/**
 * "I live in Spain now, can I still do instalments?" while the schedule or the contact question is on
 * the table: a short yes for this request, then the flow's own question again, not the whole
 * instalments topic (which ends "I can also request it here" while the request is already under way).
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

/** Demo debtor D04: € 1.420,00 in 18 months. */
const D04 = { cjib: '2342145524857394', postcode: '1071 DJ' };

describe('living abroad asked mid-request', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    [
      'en-GB',
      'payment plan',
      [],
      'I live in Spain now, can I still do installments?',
      /Yes, you can also request this arrangement while living abroad/,
      /Would you like to request this payment arrangement/,
    ],
    [
      'nl-NL',
      'betalingsregeling',
      [],
      'ik woon nu in belgie, kan de regeling dan nog wel?',
      /Ja, ook als u in het buitenland woont/,
      /Wilt u deze betalingsregeling aanvragen/,
    ],
    [
      'de-DE',
      'Ratenzahlung',
      ['Ja'],
      'ich wohne jetzt in Österreich, geht die Ratenzahlung trotzdem?',
      /Ja, auch wenn Sie im Ausland wohnen/,
      /E-Mail-Adresse oder Telefonnummer/,
    ],
    [
      'pl-PL',
      'raty',
      ['tak'],
      'mieszkam teraz w Polsce, czy mogę nadal płacić w ratach?',
      /Tak, także mieszkając za granicą/,
      /adresem e-mail lub numerem telefonu/,
    ],
  ])('%s: a short yes and the question again', async (locale, start, before, question, yes, again) => {
    const citizen = await assistant.open({ locale });
    await citizen.say(start);
    await citizen.say(D04.cjib);
    await citizen.say(D04.postcode);
    for (const message of before) await citizen.say(message);
    const reply = textOf(await citizen.say(question));
    expect(reply).toMatch(yes);
    expect(reply).toMatch(again);
    // Not the whole instalments topic: no conditions list, no "I can also request it here".
    expect(reply).not.toMatch(/EUR 75|€ 75|75 EUR/);
    expect(reply.length).toBeLessThan(400);
  });
});
