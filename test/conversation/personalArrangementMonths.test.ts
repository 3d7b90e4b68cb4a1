/**
 * After "the monthly amount is too high" (a personal arrangement and a person offered), a question
 * about another number of months hears the months of the standard arrangement for this amount
 * (18 for € 1.420), the amount that other number belongs to (36 from € 4.000), and that in a
 * personal arrangement the CJIB sets amount and months; not the standard plan again or nothing.
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

const PERSONAL_TERMS =
  /het CJIB het maandbedrag en het aantal maanden|sets the monthly amount and the number of months|die Monatsrate und die Anzahl der Monate|ratę miesięczną i liczbę miesięcy/;

describe('another number of months after "too high"', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    [
      'webchat',
      'pl-PL',
      'raty',
      'rata miesieczna jest za wysoka, zarabiam malo',
      'ile to bedzie miesiecznie jak rozloze na 36 miesiecy?',
      /oznacza to 18 miesięcy[^]*Plan na 36 miesięcy przysługuje przy kwocie 4 000 € lub więcej/,
    ],
    [
      'sms',
      'nl-NL',
      'regeling',
      '2',
      'kan het ook over 36 maanden?',
      /daarbij horen 18 maanden[^]*36 maanden hoort bij een bedrag in de groep € 4\.000 of meer/,
    ],
    [
      'webchat',
      'en-GB',
      'instalments',
      'the monthly amount is too high',
      'how much a month over 36 months?',
      /18 months[^]*36 months/,
    ],
    [
      'webchat',
      'de-DE',
      'Ratenzahlung',
      'die Monatsrate ist zu hoch',
      'geht es auch in 36 Monaten?',
      /18 Monate[^]*36 Monate/,
    ],
  ])('%s %s', async (channelId, locale, ask, tooHigh, months, band) => {
    const c = await assistant.open({ channelId, locale });
    await c.say(ask);
    await c.say('2342145524857394');
    await c.say('1071dj');
    await c.say(tooHigh);
    const reply = textOf(await c.say(months));
    expect(reply).toMatch(band);
    expect(reply).toMatch(PERSONAL_TERMS);
  });
});
