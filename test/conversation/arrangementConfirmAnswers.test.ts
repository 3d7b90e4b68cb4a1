import { useArrangementRound } from '../support/arrangementRound';
import { oneLine } from '../support/replyText';

/**
 * Whole conversations through POST /api/messages: answers at "Zal ik de aanvraag nu versturen?"
 * other than yes or no keep the request read back. A monthly amount of one's own that covers the
 * schedule's ("ok dan 50 euro per maand" at € 47,83) is said to fit, and the same confirmation is
 * asked again with the contact kept; a lower one still leads to a personal arrangement.
 */
describe('arrangement confirmation: an own monthly amount that fits', () => {
  const round = useArrangementRound();

  it.each([
    [
      'nl',
      'ja',
      'ok dan 50 euro per maand',
      /met € 50,00 per maand kunt u het maandbedrag betalen/,
      /0612345678\. Zal ik de aanvraag nu versturen\?/,
    ],
    [
      'en',
      'yes',
      'fine, I can do 60 a month',
      /with €60\.00 a month you can pay the monthly amount/,
      /0612345678\. Shall I send the request now\?/,
    ],
    [
      'de',
      'ja',
      'ich kann 50 Euro im Monat zahlen',
      /50,00 €/,
      /0612345678\. Soll ich den Antrag jetzt absenden\?/,
    ],
    [
      'pl',
      'tak',
      'mogę płacić 50 euro miesięcznie',
      /50,00 €/,
      /0612345678\. Czy mam teraz wysłać wniosek\?/,
    ],
  ] as const)(
    '%s: the amount fits, the confirmation again, then filed once',
    async (lang, yes, own, fits, confirm) => {
      const c = round.talk(lang);
      await round.schedule(c, 'D09', lang);
      await c.say(yes);
      await c.say('0612345678');
      const reply = oneLine(await c.say(own));
      expect(reply).toMatch(fits);
      expect(reply).toMatch(confirm);
      expect(reply).not.toMatch(/medewerker|member of staff|Mitarbeiter|pracownik/);
      expect(oneLine(await c.say(yes))).toMatch(/BR-2026-\d{8}/);
    },
  );

  it('nl: a lower amount at the confirmation still leads to a personal arrangement and a person', async () => {
    const c = round.talk('nl');
    await round.schedule(c, 'D09', 'nl');
    await c.say('ja');
    await c.say('0612345678');
    expect(oneLine(await c.say('ik kan maar 20 euro per maand'))).toMatch(
      /persoonlijke betalingsregeling.*medewerker/,
    );
  });
});
