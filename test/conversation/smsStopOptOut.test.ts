/**
 * "STOP" sent alone by SMS is the opt-out convention (sweep 9b item 18): nothing more is sent unless
 * the citizen writes, said kindly; on web chat "stop" with nothing under way stays "nothing to stop".
 */
import { textOf } from '../support/testApp';
import { useStaffedApp } from '../support/appForTests';

describe('STOP by SMS', () => {
  const assistant = useStaffedApp();

  it.each([
    ['nl-NL', 'STOP', /krijgt van mij niets meer/],
    ['en-US', 'Stop', /will not get anything more from me/],
    ['de-DE', 'STOPP', /bekommen von mir also nichts mehr/],
    ['pl-PL', 'STOP', /nie dostanie Pan\/Pani ode mnie nic więcej/],
  ])('%s "%s": the opt-out answered as such', async (locale, said, optOut) => {
    const c = await assistant.open({ locale, channelId: 'sms' });
    const reply = textOf(await c.say(said));
    expect(reply).toMatch(optOut);
    expect(reply).not.toMatch(/niets dat ik kan stoppen|nothing I can stop/);
  });

  it('nl-NL web chat: "stop" with nothing under way is still "nothing to stop"', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    expect(textOf(await c.say('stop'))).toMatch(/niets dat ik kan stoppen/);
  });
});
