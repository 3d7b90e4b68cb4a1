/**
 * A lookup that shows every fine with a bailiff (demo debtor D04): the menu after it no longer offers
 * instalments or the CJIB's ways of paying (the card just said an arrangement is not possible and to
 * contact the bailiff), and "hoe betaal ik?" or "en wie moet dan betalen?" hears the bailiff on the
 * letter, not iDEAL and the CJIB's account. A fine under appeal (D05) is offered no arrangement either.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { identify } from '../support/identify';
import { textOf } from '../support/testApp';

describe('paying after a lookup that shows a bailiff', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it('nl: the menu offers neither instalments nor how to pay', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    const overview = await identify(c, 'mijn boete opzoeken', DEMO_DEBTORS.D04);
    const menu = overview.at(-1)?.suggestedActions?.actions.map((a) => a.title) ?? [];
    expect(menu).toContain('Medewerker spreken');
    expect(menu).not.toContain('Betalen in termijnen');
    expect(menu).not.toContain('Hoe betaal ik');
  });

  it.each([
    ['nl-NL', 'mijn boete opzoeken', 'hoe betaal ik?', /deurwaarder die op de brief staat/],
    ['nl-NL', 'mijn boete opzoeken', 'en wie moet dan betalen?', /deurwaarder die op de brief staat/],
    ['en-GB', 'look up my fine', 'how do I pay?', /bailiff/],
  ])(
    '%s: "%s", then "%s": the bailiff on the letter, not the CJIB’s ways',
    async (locale, ask, pay, says) => {
      const c = await assistant.open({ locale });
      await identify(c, ask, DEMO_DEBTORS.D04);
      const reply = textOf(await c.say(pay));
      expect(reply).toMatch(says);
      expect(reply).not.toMatch(/iDEAL/);
    },
  );

  it('nl: a fine under appeal is offered no arrangement, nor paying or objecting (nothing to pay now, the appeal runs)', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    const overview = await identify(c, 'mijn boete opzoeken', DEMO_DEBTORS.D05);
    const menu = overview.at(-1)?.suggestedActions?.actions.map((a) => a.title) ?? [];
    expect(menu).not.toContain('Betalen in termijnen');
    expect(menu).not.toContain('Hoe betaal ik');
    expect(menu).not.toContain('Bezwaar maken');
    expect(menu).toContain('Medewerker spreken');
  });
});
