/**
 * "Waar vind ik dat nummer?" at the question for the CJIB number: where it is on the letter (top
 * right, 16 digits, after the words 'CJIB-nummer') and the question again, not the answer for a lost
 * letter (the Digitaal Loket). The number given next is taken.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

describe('where the CJIB number is, asked at its question', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    [
      'telephony',
      'nl-NL',
      '2',
      'waar vind ik dat nummer',
      /rechtsboven.*16 cijfers/s,
      /Wat is het CJIB-nummer/,
    ],
    [
      'webchat',
      'nl-NL',
      'boete opzoeken',
      'welk nummer bedoelt u?',
      /rechtsboven.*'CJIB-nummer'/s,
      /Wat is het CJIB-nummer/,
    ],
    [
      'webchat',
      'en-GB',
      'look up my fine',
      'where can I find the number?',
      /top right.*16 digits/s,
      /What is the CJIB number/,
    ],
    [
      'sms',
      'de-DE',
      'Bußgeld nachschlagen',
      'wo finde ich die Nummer',
      /oben rechts.*16 Ziffern/s,
      /Wie lautet die CJIB-Nummer/,
    ],
    [
      'webchat',
      'pl-PL',
      'sprawdź mandat',
      'gdzie jest ten numer?',
      /prawym górnym rogu.*16 cyfr/s,
      /Jaki jest numer CJIB/,
    ],
  ])('%s %s: "%s", then "%s"', async (channelId, locale, start, question, where, askedAgain) => {
    const c = await assistant.open({ channelId, locale });
    await c.say(start);
    const reply = textOf(await c.say(question));
    expect(reply).toMatch(where);
    expect(reply).toMatch(askedAgain);
    expect(reply).not.toMatch(/Digitaal Loket|brief kwijt, of heeft u geen brief/);
    // The number given next is the answer.
    expect(textOf(await c.say('9698948614580658'))).toMatch(/postcode|Postleitzahl|kod pocztowy/i);
  });
});
