/**
 * "Wie lange?", "Ile kosztuje?" on a Dutch channel: a short question in German or Polish is answered
 * in that language (the payment term, the lookup), not "Sorry, daar kan ik u niet mee helpen" nor the
 * lookup in Dutch. Short Dutch answers and questions stay Dutch.
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

describe('a short question in another spoken language on a Dutch channel', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['Wie lange?', /8 Wochen/],
    ['Bis wann?', /8 Wochen/],
    ['Was kostet das?', /CJIB-Nummer/],
    ['Wie viel kostet das?', /CJIB-Nummer/],
    ['Jak długo?', /8 tygodni/],
    ['Do kiedy?', /8 tygodni/],
    ['Ile kosztuje?', /numeru CJIB/],
    ['how long?', /8 weeks/],
  ])('"%s" is answered in its own language', async (message, expected) => {
    const [answer] = await answersTo(assistant, 'nl-NL', message);
    expect(answer).toMatch(expected);
    expect(answer).not.toMatch(/Sorry, daar kan ik u niet mee helpen|CJIB-nummer nodig/);
  });

  it('in a Dutch conversation, "Ile kosztuje?" is answered in Polish', async () => {
    const answers = await answersTo(assistant, 'nl-NL', 'hoe kan ik betalen?', 'Ile kosztuje?');
    expect(answers[answers.length - 1]).toMatch(/numeru CJIB/);
  });

  it.each([
    ['Hoe lang?', /8 weken/],
    ['wie betaalt?', /\b(u|uw)\b/],
  ])('"%s" stays Dutch', async (message, expected) => {
    const [answer] = await answersTo(assistant, 'nl-NL', message);
    expect(answer).toMatch(expected);
  });
});
