/**
 * "STOP" sent alone by SMS or WhatsApp is the opt-out convention (sweep 9b item 18): nothing more is sent unless
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

  it.each([
    ['nl-NL', 'stop', /krijgt van mij niets meer/],
    ['en-GB', 'STOP', /will not get anything more from me/],
    ['de-DE', 'Stopp', /bekommen von mir also nichts mehr/],
    ['pl-PL', 'stop', /nie dostanie Pan\/Pani ode mnie nic więcej/],
  ])('%s WhatsApp "%s" after an answer: the opt-out too', async (locale, said, optOut) => {
    const c = await assistant.open({ locale, channelId: 'whatsapp' });
    await c.say('wat is een CJIB-nummer?');
    const reply = textOf(await c.say(said));
    expect(reply).toMatch(optOut);
    expect(reply).not.toMatch(
      /niets dat ik kan stoppen|nothing (running )?(that )?I can stop|nichts.*stoppen/,
    );
  });

  it('nl-NL web chat: "stop" with nothing under way is still "nothing to stop"', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    expect(textOf(await c.say('stop'))).toMatch(/niets dat ik kan stoppen/);
  });
});
