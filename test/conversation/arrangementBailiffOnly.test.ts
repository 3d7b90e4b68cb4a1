import { useArrangementRound } from '../support/arrangementRound';
import { oneLine } from '../support/replyText';

/**
 * Whole conversations through POST /api/messages: D04's fine is with the bailiff, so no arrangement
 * is requested here; paying and an arrangement go through the bailiff (DOMAIN.md §1.9), and the
 * "Hoe betaal ik" offered next points to the bailiff, not to the CJIB's iDEAL and bank transfer.
 */
describe('arrangement: everything with the bailiff', () => {
  const round = useArrangementRound();

  it.each([
    ['nl', 'hoe betaal ik', /met de deurwaarder zelf, niet met het CJIB/, /deurwaarder/],
    ['en', 'how do I pay', /with the bailiff, not with the CJIB/, /bailiff/],
  ] as const)(
    '%s: the bailiff for paying and an arrangement, and for "%s" next',
    async (lang, how, refusal, bailiff) => {
      const c = round.talk(lang);
      expect(oneLine(await round.schedule(c, 'D04', lang))).toMatch(refusal);
      const pay = oneLine(await c.say(how));
      expect(pay).toMatch(bailiff);
      expect(pay).not.toMatch(/iDEAL/);
    },
  );
});
