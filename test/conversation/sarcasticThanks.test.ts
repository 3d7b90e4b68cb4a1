/**
 * "Super bedankt voor niks hoor, ik wil klagen", "thanks for nothing": sarcasm is a complaint. The
 * citizen hears how to complain, never "Graag gedaan!".
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

describe('sarcastic thanks', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'super bedankt voor niks hoor, ik wil klagen', /klacht/, /Graag gedaan/],
    ['nl-NL', 'nou bedankt voor helemaal niets', /klacht/, /Graag gedaan/],
    ['en-GB', 'thanks for nothing', /complain/, /welcome/i],
    ['de-DE', 'Danke für nichts!', /Beschwerde|beschweren/, /Gern geschehen/],
    ['pl-PL', 'dzięki za nic', /skarg/, /Nie ma za co/],
  ])('%s: "%s" hears how to complain', async (locale, said, complaint, welcome) => {
    const c = await assistant.open({ locale });
    const reply = textOf(await c.say(said));
    expect(reply).toMatch(complaint);
    expect(reply).not.toMatch(welcome);
  });
});
