/**
 * At the contact prompt of the arrangement request, "hoelang duurt het voordat ik antwoord krijg?"
 * (how long written as one word) is how long the decision takes: it comes by letter and its timing is
 * not known (DOMAIN.md §1.10), never the letter's 8-week payment term. Then the prompt again.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

describe('how long until the answer, at the contact prompt', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    [
      'nl-NL',
      'ik wil een betalingsregeling',
      'ja',
      'hoelang duurt het voordat ik antwoord krijg?',
      /besluit per brief/,
      /8 weken/,
    ],
    ['en-US', 'I want a payment plan', 'yes', 'how long until I hear back?', /letter/, /8 weeks/],
  ])('%s', async (locale, ask, yes, question, decision, term) => {
    const c = await assistant.open({ channelId: 'whatsapp', locale });
    await c.say(ask);
    await c.say('9698948614580658');
    await c.say('8911 AB');
    await c.say(yes);
    const reply = textOf(await c.say(question));
    expect(reply).toMatch(decision);
    expect(reply).not.toMatch(term);
  });
});
