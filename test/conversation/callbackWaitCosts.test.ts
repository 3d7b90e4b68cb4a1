/**
 * After a call back is booked, "wat gebeurt er met mijn boete als jullie pas morgen bellen, komt er dan
 * een verhoging bij?" gets that waiting for the call adds nothing and an increase only comes after the
 * letter's due date (DOMAIN.md §2.3), not the whole increase answer.
 */
import { textOf } from '../support/testApp';
import { STAFF_NEVER_IN, FAST_TYPIST, useTestApp } from '../support/appForTests';

describe('waiting for a call back costs nothing', () => {
  const assistant = useTestApp({ ...FAST_TYPIST, ...STAFF_NEVER_IN });

  it.each([
    [
      'nl-NL',
      'ik wil een medewerker',
      'ja',
      '0612345678',
      'ochtend',
      'wat gebeurt er met mijn boete als jullie pas morgen bellen, komt er dan een verhoging bij?',
      /maakt uw boete niet hoger/,
      /1,5 keer/,
    ],
    [
      'en-US',
      'I want to talk to a person',
      'yes',
      '0612345678',
      'morning',
      'will an increase be added if you only call tomorrow?',
      /does not make your fine higher/,
      /1\.5 times/,
    ],
  ])('%s', async (locale, ask, yes, phone, part, question, answer, wholeFaq) => {
    const c = await assistant.open({ locale, channelId: 'whatsapp' });
    await c.say(ask);
    await c.say(yes);
    await c.say(phone);
    const booked = textOf(await c.say(part));
    expect(booked).toMatch(/06|5678/);
    const reply = textOf(await c.say(question));
    expect(reply).toMatch(answer);
    expect(reply).not.toMatch(wholeFaq);
  });
});
