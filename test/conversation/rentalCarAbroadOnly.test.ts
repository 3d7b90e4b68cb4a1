/**
 * A tourist's rental-car fine: the rental company passes the fine on to the renter (DOMAIN.md §4), and
 * that is the whole answer; owner liability, the machtiging and the vrijwaringsbewijs are the owner's,
 * not the renter's, and are not said after it.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

describe('rental car, renter abroad', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['en-US', 'I got a fine for a rental car, I was a tourist in Amsterdam last month. what do I do', /rental company/],
    [
      'en-US',
      'the rental company (Sixt) charged me 45 euro admin fee for passing on the fine, do I have to pay twice??',
      /do not pay the fine twice/,
    ],
  ])('%s "%s": only the rental part', async (locale, question, expected) => {
    const c = await assistant.open({ locale });
    const said = textOf(await c.say(question));
    expect(said).toMatch(expected);
    expect(said).not.toMatch(/owner liability|vrijwaringsbewijs|RDW indemnity/);
  });
});
