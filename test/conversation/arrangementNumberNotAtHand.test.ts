/**
 * An arrangement asked for without the letter at hand ("ik heb mijn CJIB-nummer niet bij de hand"),
 * then a licence plate offered instead: the arrangement flow starts, says where the number is and
 * the ways without it (Digitaal Loket with DigiD, a person), says a plate cannot be used, and keeps
 * the number question open: the number given later goes on to the postcode and the schedule.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

describe('an arrangement without the number at hand', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    [
      'nl-NL',
      'ik wil een regeling maar ik heb mijn cjib nummer niet bij de hand',
      'ik heb wel mijn kenteken GZ-123-K',
      /rechtsboven/,
      /kenteken kan ik uw boete niet opzoeken/,
      /postcode/,
      /12 maanden/,
    ],
    [
      'en-GB',
      "I want a payment plan but I don't have my letter to hand",
      'I do have my number plate GZ-123-K',
      /top right/,
      /licence plate/,
      /postcode/,
      /12 months/,
    ],
  ])(
    '%s: "%s", then "%s": where, the ways, not by plate; the number then goes on',
    async (locale, ask, plate, where, notPlate, postcode, schedule) => {
      const c = await assistant.open({ locale });
      const first = textOf(await c.say(ask));
      expect(first).toMatch(where);
      expect(first).toMatch(/Digitaal Loket/);
      expect(first).toMatch(/medewerker|member of staff/);
      // Not the knowledge answer about which number to use for paying.
      expect(first).not.toMatch(/betalingskenmerk|payment reference/);
      const plateReply = textOf(await c.say(plate));
      expect(plateReply).toMatch(notPlate);
      expect(plateReply).toMatch(/Digitaal Loket/);
      expect(plateReply).not.toMatch(/kentekenaansprakelijkheid|owner liability|beroep|appeal/i);
      expect(textOf(await c.say('3338082450532785'))).toMatch(postcode);
      expect(textOf(await c.say('3512 KL'))).toMatch(schedule);
    },
  );

  it('nl: "niet bij de hand" at the number question of the flow keeps the question open', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('ik wil een regeling');
    const reply = textOf(await c.say('ik heb mijn cjib nummer niet bij de hand'));
    expect(reply).toMatch(/Zoek de brief gerust even op/);
    expect(reply).not.toMatch(/betalingskenmerk/);
    expect(textOf(await c.say('3338082450532785'))).toMatch(/postcode/);
  });
});
