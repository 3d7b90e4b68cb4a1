import { useArrangementRound } from '../support/arrangementRound';
import { oneLine } from '../support/replyText';

/**
 * Whole conversations through POST /api/messages: "is it really sent?" at "Zal ik de aanvraag nu
 * versturen?" is answered with what a yes does (sent to the CJIB now, a reference number here, the
 * decision by letter), the confirmation is asked again, and a yes then files the request once.
 */
describe('arrangement confirmation: what saying yes does', () => {
  const round = useArrangementRound();

  it.each([
    [
      'nl',
      'ja',
      'weet u zeker dat het verstuurd wordt?',
      /verstuur ik de aanvraag nu naar het CJIB.*referentienummer.*besluit per brief/,
      /Zal ik de aanvraag nu versturen\?/,
    ],
    [
      'nl',
      'ja',
      'wat gebeurt er als ik ja zeg',
      /verstuur ik de aanvraag nu naar het CJIB/,
      /Zal ik de aanvraag nu versturen\?/,
    ],
    [
      'en',
      'yes',
      'is it really sent?',
      /I send the request to the CJIB now.*reference number.*decision by letter/,
      /Shall I send the request now\?/,
    ],
    [
      'en',
      'yes',
      'what happens if I say yes?',
      /I send the request to the CJIB now/,
      /Shall I send the request now\?/,
    ],
    [
      'de',
      'ja',
      'wird das wirklich gesendet?',
      /sende ich den Antrag jetzt an das CJIB.*Aktenzeichen.*Entscheidung per Brief/,
      /Soll ich den Antrag jetzt absenden\?/,
    ],
    [
      'pl',
      'tak',
      'czy na pewno wysłać?',
      /wyślę teraz wniosek do CJIB.*numer referencyjny.*decyzję przyśle listownie/,
      /Czy mam teraz wysłać wniosek\?/,
    ],
  ] as const)('%s: "%s" → what a yes does, the question again', async (lang, yes, asked, onYes, confirm) => {
    const c = round.talk(lang);
    await round.schedule(c, 'D09', lang);
    await c.say(yes);
    await c.say('0612345678');
    const reply = oneLine(await c.say(asked));
    expect(reply).toMatch(onYes);
    expect(reply).toMatch(confirm);
    expect(reply).not.toMatch(
      /geen precies antwoord|cannot answer that exactly|keine genaue Antwort|nie mogę tutaj udzielić/,
    );
    expect(reply).not.toMatch(/BR-2026-\d{8}/);
    expect(oneLine(await c.say(yes))).toMatch(/BR-2026-\d{8}/);
  });
});
