/**
 * "Ik snap het niet, can you explain the aanmaning in English": the question is asked in the language
 * named, so after the move to that language it is answered, not only "how can I help?" with a menu.
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

describe('a question asked in the language it names', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'ik snap het niet, can you explain the aanmaning in english', /reminder/],
    ['en-GB', 'nie rozumiem, czy może Pan wyjaśnić upomnienie po polsku?', /upomnienie/],
    ['en-GB', 'ich verstehe das nicht, können Sie die Mahnung auf Deutsch erklären?', /Mahnung/],
  ])('%s: "%s"', async (locale, message, topic) => {
    const [answer] = await answersTo(assistant, locale, message);
    expect(answer).toMatch(topic);
    expect(answer).toMatch(/1[.,]5/);
    expect(answer).not.toMatch(/I can help you with|Mogę pomóc w|Ich kann Ihnen helfen bei/);
  });
});
