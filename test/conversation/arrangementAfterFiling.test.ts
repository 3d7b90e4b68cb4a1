import { useArrangementRound } from '../support/arrangementRound';
import type { Lang } from '../support/languages';
import type { TestConversation } from '../support/testApp';
import { oneLine } from '../support/replyText';

/**
 * Whole conversations through POST /api/messages: questions about the request just filed. "Is hij
 * nu goedgekeurd?", "did it go through?" hear that it is recorded under its reference, with no
 * decision yet (by letter); "moet ik nu al iets betalen?" hears the first instalment's date if
 * granted and that whether increases stop meanwhile is not known (DOMAIN.md §1.10).
 */
describe('arrangement: questions after filing', () => {
  const round = useArrangementRound();
  const YES: Record<Lang, string> = { nl: 'ja', en: 'yes', de: 'ja', pl: 'tak' };

  async function filed(lang: Lang, debtor: 'D09' | 'D01' = 'D09'): Promise<{ c: TestConversation; reference: string }> {
    const c = round.talk(lang);
    await round.schedule(c, debtor, lang);
    await c.say(YES[lang]);
    await c.say('0612345678');
    const reference = /BR-2026-\d{8}/.exec(oneLine(await c.say(YES[lang])))?.[0];
    expect(reference).toBeDefined();
    return { c, reference: reference! };
  }

  it('nl: "is hij nu goedgekeurd?" and "moet ik nu al iets betalen?"', async () => {
    const { c, reference } = await filed('nl');
    const status = oneLine(await c.say('is hij nu goedgekeurd?'));
    expect(status).toContain(reference);
    expect(status).toMatch(/nog geen besluit.*per brief/);
    expect(status).not.toMatch(/Sorry, daar kan ik u niet mee helpen/);
    const pay = oneLine(await c.say('moet ik nu al iets betalen?'));
    expect(pay).toMatch(/eerste termijn van € 47,83 uiterlijk 1 januari 2027/);
    expect(pay).toMatch(/weet ik niet/);
    expect(pay).not.toMatch(/Betaal zo snel mogelijk/);
  });

  it('en: "what now? did it go through?", "has my request arrived at the CJIB?", "do I have to pay anything now?"', async () => {
    const { c, reference } = await filed('en');
    for (const q of ['what now? did it go through?', 'has my request arrived at the CJIB?']) {
      const status = oneLine(await c.say(q));
      expect(status).toContain(reference);
      expect(status).toMatch(/no decision yet.*by letter/);
    }
    expect(oneLine(await c.say('do I have to pay anything now?'))).toMatch(
      /first instalment of €47\.83 by 1 January 2027/,
    );
  });

  it('de and pl: "ist der Antrag schon genehmigt?", "czy muszę już teraz coś zapłacić?"', async () => {
    const de = await filed('de');
    expect(oneLine(await de.c.say('ist der Antrag schon genehmigt?'))).toMatch(
      /Eine Entscheidung gibt es noch nicht/,
    );
    const pl = await filed('pl', 'D01');
    expect(oneLine(await pl.c.say('czy muszę już teraz coś zapłacić?'))).toMatch(/pierwszą ratę 21,50 €/);
  });
});
