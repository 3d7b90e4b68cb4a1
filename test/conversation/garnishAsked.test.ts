/**
 * "Kunnen jullie beslag leggen op mijn uitkering?" asks whether it can happen: the steps after the
 * reminders (with the part one keeps to live on), not the answer for a bailiff already involved.
 * Allowances (toeslagen) are not in DOMAIN.md: said honestly, before those steps.
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

const STEPS = /verdere stappen|further steps|weitere Schritte|dalsze kroki/;
const ALREADY =
  /^(Is er al een deurwaarder ingeschakeld|Is a bailiff already involved|Ist schon ein Gerichtsvollzieher|Czy sprawą zajmuje się już komornik)/;

describe('whether wages or benefits can be garnished', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'kunnen jullie beslag leggen op mijn uitkering'],
    ['en-GB', 'can you take money from my benefits?'],
    ['de-DE', 'können Sie mein Gehalt pfänden?'],
    ['pl-PL', 'czy możecie zająć mi pensję?'],
  ])('%s: "%s" gets the steps after the reminders', async (locale, message) => {
    const [answer] = await answersTo(assistant, locale, message);
    expect(answer).toMatch(STEPS);
    expect(answer).not.toMatch(ALREADY);
  });

  it('"ze hebben beslag gelegd op mijn loon" is still garnishment under way', async () => {
    const [answer] = await answersTo(assistant, 'nl-NL', 'ze hebben beslag gelegd op mijn loon');
    expect(answer).toMatch(ALREADY);
  });

  it('"kan de boete van mijn toeslagen afgehouden worden?": honest about allowances, then the steps', async () => {
    const [answer] = await answersTo(
      assistant,
      'nl-NL',
      'kan de boete van mijn toeslagen afgehouden worden?',
    );
    expect(answer).toMatch(/toeslagen .*kan ik niet met zekerheid zeggen/);
    expect(answer).toMatch(/beslagvrije voet/);
  });
});
