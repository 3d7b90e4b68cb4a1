/**
 * Payment-arrangement defects from blind QA sweep 8: an income or rent amount at the schedule is
 * no amount offered a month; "one more question" at the confirmation keeps its question open; a
 * question about other months at the schedule keeps the proposal.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

describe('payment arrangement, sweep 8', () => {
  const assistant = useTestApp(FAST_TYPIST);

  const atSchedule = async (locale: string, ask: string, cjibNumber: string, postcode: string) => {
    const c = await assistant.open({ locale });
    await c.say(ask);
    await c.say(cjibNumber);
    await c.say(postcode);
    return c;
  };

  it.each([
    [
      'nl-NL',
      'regeling',
      '2342145524857394',
      '1071DJ',
      'te duur, ik verdien maar 1100 euro per maand',
      /persoonlijke betalingsregeling/i,
      /kunt u het maandbedrag betalen/,
    ],
    [
      'nl-NL',
      'regeling',
      '5111941022799767',
      '4811XJ',
      'mijn huur is al 900 per maand, dit lukt niet',
      /persoonlijke betalingsregeling/i,
      /kunt u het maandbedrag betalen/,
    ],
    [
      'de-DE',
      'Ratenzahlung',
      '0543793058155523',
      '47533',
      'zu teuer, ich verdiene nur 1200 im monat',
      /persönliche Ratenzahlung/i,
      /Monatsrate also bezahlen/,
    ],
    [
      'en-GB',
      'payment arrangement',
      '9698948614580658',
      '8911 AB',
      'too expensive, I only earn 1100 a month',
      /personal (payment )?arrangement/i,
      /you can pay the monthly amount/i,
    ],
  ])(
    '%s: an income or rent amount at the schedule is "too high" (%s … "%s")',
    async (locale, ask, cjib, postcode, answer, personal, fits) => {
      const c = await atSchedule(locale, ask, cjib, postcode);
      const reply = textOf(await c.say(answer));
      expect(reply).not.toMatch(fits);
      expect(reply).toMatch(personal);
    },
  );

  it.each([
    [
      'nl-NL',
      'regeling',
      '2342145524857394',
      '1071 DJ',
      'ja',
      '0612345678',
      'nog één vraag',
      /Natuurlijk, wat wilt u vragen\?/,
      'ja verstuur maar',
      /referentienummer/,
    ],
    [
      'pl-PL',
      'raty',
      '1624689630323359',
      '61-001',
      'tak',
      '+48 601 234 567',
      'jeszcze jedno pytanie',
      /o co chce Pan\/Pani zapytać\?/,
      'tak wyslij',
      /numer referencyjny/i,
    ],
    [
      'de-DE',
      'Ratenzahlung',
      '1852906095141302',
      '7511 JE',
      'ja',
      '0612345678',
      'Ich habe noch eine Frage',
      /was möchten Sie fragen\?/,
      'ja, senden',
      /Aktenzeichen/,
    ],
  ])(
    '%s: "%s" at the confirmation keeps it open (the next yes files it)',
    async (locale, ask, cjib, postcode, yes, phone, announce, invited, send, filed) => {
      const c = await atSchedule(locale, ask, cjib, postcode);
      await c.say(yes);
      await c.say(phone);
      const reply = textOf(await c.say(announce));
      expect(reply).toMatch(invited);
      expect(textOf(await c.say(send))).toMatch(filed);
    },
  );

  it.each([
    [
      'nl-NL',
      'regeling',
      'ik wil het liever in 3 maanden afbetalen',
      /3 maanden hoort bij/,
      /betalingsregeling aanvragen\?/,
    ],
    [
      'en-GB',
      'payment arrangement',
      'I would rather pay it off in 3 months',
      /3 months go with/,
      /request this payment arrangement\?/,
    ],
    ['nl-NL', 'regeling', 'liever in drie maanden', /3 maanden hoort bij/, /betalingsregeling aanvragen\?/],
  ])(
    '%s: "%s" … "%s": the term table, then the proposal again',
    async (locale, ask, question, table, proposal) => {
      const c = await atSchedule(locale, ask, '3338082450532785', '3512KL');
      const reply = textOf(await c.say(question));
      expect(reply).toMatch(table);
      expect(reply).toMatch(proposal);
      expect(reply).not.toMatch(/geholpen|helpful/);
    },
  );
});
