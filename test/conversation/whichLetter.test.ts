/**
 * "Ik heb twee brieven, welke moet ik nemen?" while the lookup asks for the number or the postcode:
 * any of them will do (the lookup shows every open fine), then the question again.
 */
import { startTestApp, textOf, type TestApp } from '../support/testApp';

describe('which of two letters to take', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_CONVERSATION_BURST: '100' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each([
    [
      'nl-NL',
      'boete opzoeken',
      'ik heb twee brieven, welke moet ik nemen?',
      /maakt niet uit.*andere boetes/s,
      /postcode/,
    ],
    [
      'en-GB',
      'look up my fine',
      'I have two letters, which one should I use?',
      /does not matter.*other fines/s,
      /postcode/,
    ],
    [
      'de-DE',
      'Bußgeld nachsehen',
      'ich habe zwei Briefe, welchen soll ich nehmen?',
      /spielt keine Rolle/,
      /Postleitzahl/,
    ],
    ['pl-PL', 'sprawdź mandat', 'mam dwa pisma, które wziąć?', /nie ma znaczenia/, /kod pocztowy/],
  ])('%s: at the postcode, "%s"', async (locale, start, which, anyOne, askedAgain) => {
    const c = app.conversation({ locale });
    await c.start();
    await c.say(start);
    await c.say('3338082450532785');
    const reply = textOf(await c.say(which));
    expect(reply).toMatch(anyOne);
    expect(reply).toMatch(askedAgain);
    expect(textOf(await c.say('3512 KL'))).toMatch(/€/);
  });

  it('nl: at the number, "welke brief bedoelt u?" too', async () => {
    const c = app.conversation({ locale: 'nl-NL' });
    await c.start();
    await c.say('boete opzoeken');
    expect(textOf(await c.say('ik heb 2 brieven gekregen, welke moet ik pakken?'))).toMatch(/maakt niet uit/);
  });
});
