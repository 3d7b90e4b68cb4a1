/**
 * Objecting to a fine from another EU country is answered once: contest it in the country that gave
 * it, the CJIB only answers questions about paying (DOMAIN.md §5), not that paragraph followed by the
 * European-fine answer saying the same again.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

describe('a European fine contested', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'kan ik bezwaar maken tegen een boete uit belgie', /alleen bezwaar maken in het land/g],
    ['nl-NL', 'kan ik bezwaar maken tegen een boete uit duitsland', /alleen bezwaar maken in het land/g],
  ])('%s: "%s" says where to contest it once', async (locale, said, once) => {
    const c = await assistant.open({ locale });
    const reply = textOf(await c.say(said));
    expect(reply.match(once)?.length).toBe(1);
    expect(reply).not.toMatch(/Dan is de beslissing definitief|the decision is final/);
  });
});
