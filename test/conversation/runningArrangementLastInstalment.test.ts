import { useArrangementRound } from '../support/arrangementRound';
import { oneLine } from '../support/replyText';

/**
 * Whole conversations through POST /api/messages: D07's running arrangement is 9 × € 39,90 for a
 * debt of € 359,00, so its last instalment is € 39,80; the card says so, with its date.
 */
describe('running arrangement: the last instalment', () => {
  const round = useArrangementRound();

  it.each([
    ['nl', /Laatste termijn.*€ 39,80, uiterlijk 1 februari 2027/],
    ['en', /Last instalment.*€39\.80/],
  ] as const)('%s, D07: the last instalment shown', async (lang, expected) => {
    const c = round.talk(lang);
    expect(oneLine(await round.schedule(c, 'D07', lang))).toMatch(expected);
  });
});
