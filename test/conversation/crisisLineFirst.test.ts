/**
 * An explicit wish to die ("ik wil niet meer leven", "I want to kill myself") gets 113 Zelfmoordpreventie
 * first, on its own line, then "not alone" and a person offered; the fine comes last, briefly. Despair
 * without it ("ik zie het niet meer zitten") keeps the general distress offer (noodstop first).
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, STAFF_ALWAYS_IN, useTestApp } from '../support/appForTests';

describe('a wish to die: the crisis line first', () => {
  const assistant = useTestApp({ ...FAST_TYPIST, ...STAFF_ALWAYS_IN });

  it.each([
    ['whatsapp', 'nl-NL', 'ik wil niet meer leven, alles gaat mis en nu weer een boete', /niet alleen/],
    ['webchat', 'en-US', "I don't want to live anymore, and now another fine", /not alone/],
    ['webchat', 'de-DE', 'ich will nicht mehr leben wegen der Strafe', /nicht allein/],
    ['webchat', 'pl-PL', 'nie chcę już żyć, znowu mandat', /Nie jest Pan\/Pani z tym sam/],
  ])('%s %s: "%s"', async (channelId, locale, said, notAlone) => {
    const c = await assistant.open({ channelId, locale });
    const reply = textOf(await c.say(said));
    const firstLine = reply.split('\n')[0];
    expect(firstLine).toMatch(/113/);
    expect(firstLine).toMatch(/0800-0113/);
    expect(firstLine).toMatch(/113\.nl/);
    expect(reply).toMatch(notAlone);
    // The person offer comes before the noodstop is named.
    expect(reply.search(/noodstop/)).toBeGreaterThan(reply.search(/CJIB/));
  });

  it('"ik zie het niet meer zitten" keeps the general offer; yes then queues the citizen', async () => {
    const c = await assistant.open({ channelId: 'whatsapp' });
    const reply = textOf(await c.say('ik zie het niet meer zitten'));
    expect(reply.split('\n')[0]).not.toMatch(/Praat erover met 113/);
    expect(reply).toMatch(/noodstop/);
    expect(reply).toMatch(/0800-0113/);
  });

  it('a wish to die said while queued: the crisis line first and the place in the queue', async () => {
    const c = await assistant.open({ channelId: 'webchat' });
    await c.say('ik wil een medewerker spreken');
    const reply = textOf(await c.say('ik wil dood'));
    expect(reply.split('\n')[0]).toMatch(/113 Zelfmoordpreventie.*0800-0113/);
    expect(reply).toMatch(/wachtrij/);
  });
});
