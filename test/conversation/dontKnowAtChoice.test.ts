/**
 * "Weet ik niet" when the assistant asks which of a few things the letter is about: the lookup,
 * which shows what the letter is about, rather than "sorry, I cannot help you with that".
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

describe('"I don’t know" to a choice that includes the lookup', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    [
      'telephony',
      'nl-NL',
      'ik heb een brief gekregen van jullie en ik snap er niks van',
      'weet ik niet',
      /CJIB-nummer/,
    ],
    [
      'webchat',
      'nl-NL',
      'ik heb een brief gekregen van jullie en ik snap er niks van',
      'geen idee',
      /CJIB-nummer/,
    ],
    ['webchat', 'en-GB', "I got a letter from you and I don't understand it", "I don't know", /CJIB number/],
  ])('%s %s: "%s", then "%s"', async (channelId, locale, letter, dontKnow, numberAsked) => {
    const c = await assistant.open({ channelId, locale });
    await c.say(letter);
    const reply = await c.say(dontKnow);
    const all = textOf(reply) + JSON.stringify(reply.map((a) => a.speak ?? ''));
    expect(all).toMatch(numberAsked);
    expect(all).not.toMatch(/Sorry, daar kan ik u niet mee helpen|Sorry, I cannot help/);
  });
});

describe('"one more question" outside a flow', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'hoe kan ik betalen?', 'dank je. nog één vraag', /Natuurlijk/],
    ['en-GB', 'how can I pay?', 'one more question', /Of course|Sure/],
  ])('%s: after an answer, "%s" … "%s" is an invitation to ask', async (locale, question, more, invite) => {
    const c = await assistant.open({ locale });
    await c.say(question);
    const reply = textOf(await c.say(more));
    expect(reply).toMatch(invite);
    expect(reply).not.toMatch(/Hallo!|not sure what you mean/);
  });
});

describe('a follow-up the recogniser cannot place, whose words name one topic', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it('nl: "en daarna naar het hof?" after the kantonrechter answer is the court of appeal', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('wat als de officier van justitie mijn beroep afwijst?');
    const reply = textOf(await c.say('en daarna naar het hof?'));
    expect(reply).toMatch(/gerechtshof/i);
    expect(reply).not.toMatch(/weet niet zeker wat u bedoelt/);
  });
});

describe('a fine received and not understood', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'ik heb een boete gekregen en ik snap het niet', /Ik help u graag/],
    ['en-GB', "I got a fine and I don't understand it", /happy to help|glad to help|help you/i],
  ])(
    '%s: "%s" is the letter explained (lookup offered), not "not sure what you mean"',
    async (locale, said, help) => {
      const c = await assistant.open({ locale });
      const reply = textOf(await c.say(said));
      expect(reply).toMatch(help);
      expect(reply).not.toMatch(/weet niet zeker wat u bedoelt|not sure what you mean/);
    },
  );
});
