/**
 * Short follow-ups on SMS, where the whole answer again costs the citizen a long message: "waarom?"
 * after the increases is why there is one (late, set by law); "can I get more time?" after the
 * payment term is the payment arrangement, not "that is in my answer" and the term once more; "en
 * daarna?" after the noodstop is what comes after it.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

const ONCE_MORE = /staat in mijn antwoord|in my answer|in meiner Antwort|w mojej odpowiedzi/;

describe('short follow-ups on SMS', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    [
      'nl-NL',
      'mijn boete is ineens 3x zo hoog wtf',
      'waarom?',
      /niet vóór de uiterste betaaldatum.*staat in de wet/s,
    ],
    ['en-GB', 'why did my fine go up?', 'but why?', /not paid before the deadline.*set by law/s],
    [
      'de-DE',
      'warum ist mein Bußgeld höher geworden?',
      'warum?',
      /nicht bis zu dem Datum.*gesetzlich geregelt/s,
    ],
  ])('%s: "%s", then "%s": why there is an increase, in short', async (locale, ask, why, says) => {
    const c = await assistant.open({ channelId: 'sms', locale });
    await c.say(ask);
    const [answer] = await c.say(why);
    expect(answer.text).toMatch(says);
    expect(answer.text).not.toMatch(ONCE_MORE);
    expect(answer.text).not.toMatch(/1e aanmaning|1st reminder|1\. Mahnung/);
  });

  it.each([
    ['en-GB', 'whats the deadline for my fine', 'and can i get more time?', /payment arrangement/],
    ['nl-NL', 'hoe lang heb ik om te betalen?', 'kan ik uitstel krijgen?', /betalingsregeling/],
  ])('%s: "%s", then "%s": the payment arrangement', async (locale, ask, more, says) => {
    const c = await assistant.open({ channelId: 'sms', locale });
    await c.say(ask);
    const [answer] = await c.say(more);
    expect(answer.text).toMatch(says);
    expect(answer.text).not.toMatch(ONCE_MORE);
  });

  it('nl: "en daarna?" after the noodstop: the fines are paid after all, in short', async () => {
    const c = await assistant.open({ channelId: 'sms', locale: 'nl-NL' });
    await c.say('ik heb een noodstop nodig');
    const [answer] = await c.say('en daarna?');
    expect(answer.text).toMatch(/Na de noodstop betaalt u de boetes alsnog/);
    expect(answer.text).not.toMatch(ONCE_MORE);
  });
});
