import { useArrangementRound } from '../support/arrangementRound';
import { oneLine } from '../support/replyText';

/**
 * Whole conversations through POST /api/messages: a citizen who filed a request and comes back in
 * a new conversation hears what was requested (the instalments, the last one, the total, the first
 * date), not only its reference; "ik wil mijn aanvraag intrekken" is about that request (a person
 * can, by the reference), not a question for the reference the assistant already knows.
 */
describe('arrangement: coming back after filing', () => {
  const round = useArrangementRound();

  it('nl, D02: the summary of the request on file, and "ik wil mijn aanvraag intrekken"', async () => {
    const first = round.talk('nl');
    await round.schedule(first, 'D02', 'nl');
    await first.say('ja');
    await first.say('0612345678');
    const reference = /BR-2026-\d{8}/.exec(oneLine(await first.say('ja')))?.[0];
    expect(reference).toBeDefined();
    const again = round.talk('nl');
    const back = oneLine(await round.schedule(again, 'D02', 'nl'));
    expect(back).toContain(reference!);
    expect(back).toMatch(
      /U vroeg: 11 termijnen van € 45,95 en een laatste termijn van € 46,05 \(totaal € 551,50\), de eerste uiterlijk 1 januari 2027/,
    );
    const withdraw = oneLine(await again.say('ik wil mijn aanvraag intrekken'));
    expect(withdraw).toContain(reference!);
    expect(withdraw).toMatch(/medewerker/);
  });
});
