/**
 * "Ik heb twee brieven, welke moet ik nemen?" while the lookup asks for the number or the postcode:
 * any of them will do (the lookup shows every open fine), then the question again.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

describe('which of two letters to take', () => {
  const assistant = useTestApp(FAST_TYPIST);

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
    const c = await assistant.open({ locale });
    await c.say(start);
    await c.say('3338082450532785');
    const reply = textOf(await c.say(which));
    expect(reply).toMatch(anyOne);
    expect(reply).toMatch(askedAgain);
    expect(textOf(await c.say('3512 KL'))).toMatch(/€/);
  });

  it('nl: at the number, "welke brief bedoelt u?" too', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('boete opzoeken');
    expect(textOf(await c.say('ik heb 2 brieven gekregen, welke moet ik pakken?'))).toMatch(/maakt niet uit/);
  });
});
