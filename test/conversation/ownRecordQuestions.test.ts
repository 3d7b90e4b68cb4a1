/**
 * Follow-ups right after the lookup are about the citizen's own record: "hoe lang heb ik nog?" hears
 * their due dates (one already passed), not the general 8 weeks; "maar ik heb nog een brief
 * gekregen" when all is paid hears that payment and letter may have crossed.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

describe('the time left, asked after the lookup', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    [
      'nl-NL',
      'boete opzoeken',
      'hoe lang heb ik nog?',
      /26 augustus 2026.*voorbij.*9 december 2026/s,
      /8 weken/,
    ],
    [
      'en-GB',
      'look up my fine',
      'how long do I have left?',
      /26 August 2026.*passed.*9 December 2026/s,
      /8 weeks/,
    ],
    [
      'de-DE',
      'Bußgeld nachsehen',
      'wie lange habe ich noch?',
      /26\. August 2026.*9\. Dezember 2026/s,
      /8 Wochen/,
    ],
  ])('%s: "%s", then "%s"', async (locale, start, question, dueDates, generalTerm) => {
    const c = await assistant.open({ locale });
    await c.say(start);
    await c.say('3338082450532785');
    await c.say('3512 KL');
    const reply = textOf(await c.say(question));
    expect(reply).toMatch(dueDates);
    expect(reply).not.toMatch(generalTerm);
  });
});

describe('a letter after all, once everything is shown paid', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it('nl: D08 has paid; "maar ik heb nog een brief gekregen" hears it is paid and why a letter may cross', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('ik wil een regeling');
    await c.say('2166002043392129');
    await c.say('2511 CV');
    const reply = textOf(await c.say('maar ik heb nog een brief gekregen'));
    expect(reply).toMatch(/betaald/);
    expect(reply).toMatch(/kruisten/);
  });
});

describe('a question after the lookup that shares words with a menu choice', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['was passiert, wenn ich nicht zahle?', /iDEAL/],
    ['ich kann nicht zahlen, ich habe Schulden', /iDEAL/],
  ])('de: "%s" is not the "Wie zahle ich" choice', async (question, howToPay) => {
    const c = await assistant.open({ locale: 'de-DE' });
    await c.say('Bußgeld nachsehen');
    await c.say('0543793058155523');
    await c.say('47533');
    expect(textOf(await c.say(question))).not.toMatch(howToPay);
  });

  it('de: "wie zahle ich" still picks it', async () => {
    const c = await assistant.open({ locale: 'de-DE' });
    await c.say('Bußgeld nachsehen');
    await c.say('0543793058155523');
    await c.say('47533');
    expect(textOf(await c.say('wie zahle ich denn'))).toMatch(/iDEAL|Überweisung/);
  });
});

describe('"do I have to pay now?" with a fine under appeal', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    [
      'nl-NL',
      'mijn boete opzoeken',
      'hoef ik nu niet te betalen?',
      /Zolang het beroep loopt, hoeft u deze boete niet te betalen/,
    ],
    ['en-GB', 'look up my fine', 'do I have to pay now?', /you do not have to pay this fine/],
  ])('%s: "%s" … "%s" hears the appeal holds it, not how to pay', async (locale, start, question, onHold) => {
    const c = await assistant.open({ locale });
    await c.say(start);
    await c.say('4516092382100863');
    await c.say('5611 EZ');
    const reply = textOf(await c.say(question));
    expect(reply).toMatch(onHold);
    expect(reply).not.toMatch(/iDEAL/);
  });
});
