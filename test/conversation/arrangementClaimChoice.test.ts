import { useArrangementRound } from '../support/arrangementRound';
import { oneLine } from '../support/replyText';

/**
 * Whole conversations through POST /api/messages: an arrangement may cover one fine or a
 * combination (DOMAIN.md §1.1). At the schedule of D13's two fines (€ 1.420,00 → 18 months), the
 * citizen chooses which go in; the schedule is made again by the same rules (€ 309,00 → 9 months of
 * € 34,33, the last € 34,36) and filed once after its own confirmation.
 */
describe('arrangement: choosing which fines go in', () => {
  const round = useArrangementRound();

  it('en: "only for the red light fine, I\'ll pay the speeding one at once": € 309,00 over 9 months, filed once', async () => {
    const c = round.talk('en');
    expect(oneLine(await round.schedule(c, 'D13', 'en'))).toMatch(/€1,420\.00 over 18 months/);
    const chosen = oneLine(
      await c.say("can I do the arrangement only for the red light fine? I'll pay the speeding one at once"),
    );
    expect(chosen).toMatch(/only for: Running a red light \(€309\.00\)/);
    expect(chosen).toMatch(/€309\.00 over 9 months: €34\.33 a month.*last instalment is €34\.36/);
    expect(chosen).not.toMatch(/I will not request a payment arrangement/);
    await c.say('yes');
    expect(oneLine(await c.say('sam@example.com'))).toMatch(
      /8 instalments of €34\.33 and a last instalment of €34\.36 \(total €309\.00\)/,
    );
    const filed = oneLine(await c.say('yes'));
    expect(filed).toMatch(/BR-2026-\d{8}/);
    // The same confirmation twice files nothing more.
    expect(oneLine(await c.say('yes'))).not.toMatch(/Shall I send the request now\?/);
    // Later, all of D13's fines asked for: the red light fine is in the request on file, so no
    // second request covering it is proposed or filed.
    const again = round.talk('en');
    const reference = /BR-2026-\d{8}/.exec(filed)![0];
    const later = oneLine(await round.schedule(again, 'D13', 'en'));
    expect(later).toMatch(/already requested/);
    expect(later).toContain(reference);
    expect(later).not.toMatch(/€1,420\.00 over 18 months/);
  });

  it('nl: "kan ik de snelheidsboete eruit laten? die betaal ik zelf in 1 keer": only the red light', async () => {
    const c = round.talk('nl');
    await round.schedule(c, 'D13', 'nl');
    const chosen = oneLine(await c.say('kan ik de snelheidsboete eruit laten? die betaal ik zelf in 1 keer'));
    expect(chosen).toMatch(/alleen voor: Door rood licht rijden/);
    expect(chosen).toMatch(/€ 309,00 in 9 maanden betalen: € 34,33 per maand/);
    expect(chosen).not.toMatch(/vraag ik geen betalingsregeling aan/);
  });

  it('nl: "ik wil maar voor 1 boete een regeling" asks which, "die van het rode licht" chooses it', async () => {
    const c = round.talk('nl');
    await round.schedule(c, 'D13', 'nl');
    const which = oneLine(await c.say('ik wil maar voor 1 boete een regeling'));
    expect(which).toMatch(
      /Welke boete wilt u in de regeling\?.*Door rood licht rijden.*Snelheidsovertreding/,
    );
    expect(oneLine(await c.say('die van het rode licht'))).toMatch(/€ 309,00 in 9 maanden/);
  });

  it('en: "I want to leave out the red light one": the speeding fine alone, € 1.111,00 over 12 months', async () => {
    const c = round.talk('en');
    await round.schedule(c, 'D13', 'en');
    expect(oneLine(await c.say('I want to leave out the red light one'))).toMatch(
      /€1,111\.00 over 12 months/,
    );
  });

  it('de and pl: "nur für die rote Ampel", "tylko za czerwone światło"', async () => {
    const de = round.talk('de');
    await round.schedule(de, 'D13', 'de');
    expect(oneLine(await de.say('nur für die rote Ampel bitte'))).toMatch(/309,00 € in 9 Monaten/);
    const pl = round.talk('pl');
    await round.schedule(pl, 'D13', 'pl');
    expect(oneLine(await pl.say('tylko za czerwone światło'))).toMatch(/309,00 €/);
  });
});
