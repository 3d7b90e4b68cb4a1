/**
 * The contact answer says when staff answer the chat from the OFFICE_HOURS setting, in every language,
 * as the answer to "en op zaterdag?" does: an operator who opens on Saturday is not contradicted.
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

describe('staff hours in the contact answer', () => {
  describe('the default office hours', () => {
    const assistant = useTestApp(FAST_TYPIST);
    it.each([
      ['nl-NL', 'hoe kan ik contact opnemen?', /maandag tot en met vrijdag, 8\.00 tot 17\.00 uur/],
      ['en-GB', 'how can I contact you?', /Monday to Friday, 08:00 to 17:00/],
      ['de-DE', 'Wie kann ich Sie erreichen?', /Montag bis Freitag, 8:00 bis 17:00 Uhr/],
      ['pl-PL', 'jak mogę się z wami skontaktować?', /od poniedziałku do piątku, 8:00–17:00/],
    ])('%s: "%s"', async (locale, question, hours) => {
      const [answer] = await answersTo(assistant, locale, question);
      expect(answer).toMatch(hours);
    });
  });

  describe('open on Saturday morning too', () => {
    const assistant = useTestApp({ ...FAST_TYPIST, OFFICE_HOURS: 'mon-fri 08:30-17:00; sat 10:00-14:00' });
    it.each([
      [
        'nl-NL',
        'hoe kan ik contact opnemen?',
        /maandag tot en met vrijdag, 8\.30 tot 17\.00 uur en zaterdag, 10\.00 tot 14\.00 uur/,
      ],
      [
        'en-GB',
        'what are your opening hours?',
        /Monday to Friday, 08:30 to 17:00 and Saturday, 10:00 to 14:00/,
      ],
      [
        'de-DE',
        'Wann sind Sie erreichbar?',
        /Montag bis Freitag, 8:30 bis 17:00 Uhr und Samstag, 10:00 bis 14:00 Uhr/,
      ],
      [
        'pl-PL',
        'jak mogę się z wami skontaktować?',
        /od poniedziałku do piątku, 8:30–17:00 oraz w sobotę, 10:00–14:00/,
      ],
    ])('%s: "%s" says Saturday too', async (locale, question, hours) => {
      const [answer] = await answersTo(assistant, locale, question);
      expect(answer).toMatch(hours);
      expect(answer).not.toMatch(/8\.00 tot 17\.00|08:00 to 17:00|8:00 bis 17:00|8:00–17:00/);
    });

    it('"en op zaterdag?" after it agrees', async () => {
      const [, saturday] = await answersTo(
        assistant,
        'nl-NL',
        'wat zijn jullie openingstijden?',
        'en op zaterdag?',
      );
      expect(saturday).toMatch(/10\.00-14\.00/);
    });
  });
});
