import { useArrangementRound } from '../support/arrangementRound';
import { oneLine } from '../support/replyText';

/**
 * Whole conversations through POST /api/messages: a new e-mail address or phone number after the
 * request was filed ("oh no I made a typo in my email, it should be …") hears that the request on
 * file cannot be changed here and no second one is sent; a member of staff can add it by the
 * reference, and a person is offered. Never the phone-numbers answer, never a second request.
 */
describe('arrangement: correcting the contact after filing', () => {
  const round = useArrangementRound();
  const REFERENCE = /BR-2026-\d{8}/;

  it.each([
    [
      'en',
      'D11',
      'yes',
      'lukas@exmaple.de',
      'oh no I made a typo in my email, it should be lukas@example.de',
      /cannot change the e-mail address or phone number.*lukas@example\.de.*Would you like a member of staff/,
    ],
    [
      'nl',
      'D01',
      'ja',
      'jan@exampel.nl',
      'oeps, verkeerd mailadres, het moet jan@example.nl zijn',
      /kan ik zelf niet meer aanpassen.*jan@example\.nl.*Wilt u dat een medewerker/,
    ],
    [
      'de',
      'D09',
      'ja',
      'lena@exmaple.de',
      'Tippfehler, richtig ist lena@example.de',
      /kann ich selbst nicht mehr ändern.*lena@example\.de/,
    ],
    [
      'pl',
      'D12',
      'tak',
      '+48601234567',
      'przepraszam, zły numer, poprawny to +48 601 234 568',
      /nie mogę już zmienić.*Czy chce Pan\/Pani, żeby pracownik/,
    ],
  ] as const)(
    '%s: the reference, no second request, a person offered',
    async (lang, debtor, yes, first, correction, expected) => {
      const c = round.talk(lang);
      await round.schedule(c, debtor, lang);
      await c.say(yes);
      await c.say(first);
      const reference = REFERENCE.exec(oneLine(await c.say(yes)))?.[0];
      expect(reference).toBeDefined();
      const reply = oneLine(await c.say(correction));
      expect(reply).toContain(reference!);
      expect(reply).toMatch(expected);
      expect(reply).not.toMatch(/telefoonnummers|Which phone number you need/);
      expect(reply.match(REFERENCE)?.[0]).toBe(reference);
    },
  );
});
