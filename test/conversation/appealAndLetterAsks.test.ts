/**
 * First messages whose words say more than their intent: "I wasn't speeding" disputes the fine (not
 * "someone else drove"); an appeal the officier rejected is followed by the kantonrechter, one a judge
 * rejected by the gerechtshof; "I didn't understand the letter, what does the CJIB want from me?" gets
 * what such a letter is. In nl/en/de/pl.
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

const OWNER_LIABILITY = /kentekenaansprakelijkheid|owner liability|Halterhaftung|odpowiedzialnoś/i;
const APPEAL_6_WEEKS = /binnen 6 weken|within 6 weeks|innerhalb von 6 Wochen|w ciągu 6 tygodni/;
const KANTONRECHTER =
  /kantonrechter|sub-district court|Amtsgericht|sąd rejonowy|Kantonrichter|kantonrechter/i;
const LOST_LETTER = /brief kwijt|lost your letter|Schreiben verloren|zgubił/i;

describe('first messages whose words say the topic', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'ik reed niet te hard de paal is kapot'],
    ['nl-NL', 'ik reed niet harder dan 80, de flitser klopt niet'],
    ['en-GB', 'I was not driving too fast, the camera is wrong'],
    ['de-DE', 'ich bin nicht zu schnell gefahren, der Blitzer ist kaputt'],
  ])('%s: "%s" disputes the fine: how to appeal, not owner liability', async (locale, message) => {
    const [answer] = await answersTo(assistant, locale, message);
    expect(answer).toMatch(APPEAL_6_WEEKS);
    expect(answer).not.toMatch(OWNER_LIABILITY);
  });

  it.each([
    ['nl-NL', 'ik reed niet zelf, mijn vrouw reed'],
    ['en-GB', 'I was not driving, my wife was'],
  ])('%s: "%s" is still someone else driving', async (locale, message) => {
    const [answer] = await answersTo(assistant, locale, message);
    expect(answer).toMatch(OWNER_LIABILITY);
  });

  it.each([
    ['nl-NL', 'mijn bezwaar is afgewezen wat nu'],
    ['nl-NL', 'de officier heeft mijn beroep afgewezen'],
    ['en-GB', 'my appeal was rejected, what now?'],
    ['de-DE', 'mein Einspruch wurde abgelehnt, was nun?'],
    ['pl-PL', 'moje odwołanie zostało odrzucone, co teraz?'],
  ])('%s: "%s" hears of the kantonrechter', async (locale, message) => {
    const [answer] = await answersTo(assistant, locale, message);
    expect(answer).toMatch(KANTONRECHTER);
  });

  it.each([
    ['de-DE', 'ich habe den Brief nicht verstanden, was will das CJIB von mir'],
    ['nl-NL', 'wat wil het CJIB van mij?'],
    ['en-GB', 'what does the CJIB want from me'],
    ['pl-PL', 'czego chce ode mnie CJIB?'],
  ])('%s: "%s" is what the letter is, not a lost letter', async (locale, message) => {
    const [answer] = await answersTo(assistant, locale, message);
    expect(answer).toMatch(/CJIB/);
    expect(answer).not.toMatch(LOST_LETTER);
  });

  it.each([
    ['nl-NL', 'ik moet een taakstraf doen, gaat dat ook via jullie'],
    ['en-GB', 'I was given community service, does the CJIB handle that?'],
    ['de-DE', 'ich muss Sozialstunden machen, läuft das auch über das CJIB?'],
    ['pl-PL', 'mam karę prac społecznych, czy to też przez CJIB?'],
  ])(
    '%s: "%s" hears that the CJIB carries out a taakstraf, not how to pay a punitive order',
    async (locale, message) => {
      const [answer] = await answersTo(assistant, locale, message);
      expect(answer).toMatch(/taakstraf/);
      expect(answer).toMatch(/2 (uur|hours|nicht geleistete Stunden|nieprzepracowane)/);
      expect(answer).not.toMatch(/€ 15|EUR 15|15 €|€15/);
    },
  );

  it.each([
    ['nl-NL', 'wanneer hoor ik iets over mijn beroep?', /16 weken/],
    ['en-GB', 'when will I hear about my appeal?', /16 weeks/],
    ['de-DE', 'wann bekomme ich eine Antwort auf meinen Einspruch?', /16 Wochen/],
    ['pl-PL', 'kiedy dostanę odpowiedź na odwołanie?', /16 tygodni/],
  ])('%s: "%s" is about an appeal already sent, not how to send one', async (locale, message, weeks) => {
    const [answer] = await answersTo(assistant, locale, message);
    expect(answer).toMatch(weeks);
    expect(answer).not.toMatch(APPEAL_6_WEEKS);
  });

  it.each([
    ['nl-NL', 'kan ik mijn strafbeschikking in delen betalen', 'Wilt u deze betalingsregeling aanvragen?'],
    [
      'en-GB',
      'can I pay my punitive order in instalments?',
      'Would you like to request this payment arrangement?',
    ],
  ])(
    '%s: "%s", then the letter\'s number and postcode: the schedule to request',
    async (locale, message, offer) => {
      const answers = await answersTo(assistant, locale, message, '1852906095141302', '7511 JE');
      expect(answers[2]).toContain(offer);
    },
  );

  it.each([
    ['nl-NL', 'ik heb een boete gekregen voor een auto die niet van mij is', /foto/],
    ['nl-NL', 'waarom staat er een ander kenteken op de brief', /foto/],
    ['en-GB', 'I got a fine for a car that is not mine', /photo/],
    ['de-DE', 'das ist nicht mein Auto auf dem Bußgeld', /Foto/],
    ['pl-PL', 'to nie jest mój samochód', /zdjęcie/],
  ])('%s: "%s": perhaps not their fine: see the photo, appeal', async (locale, message, photo) => {
    const [answer] = await answersTo(assistant, locale, message);
    expect(answer).toMatch(photo);
    expect(answer).toMatch(APPEAL_6_WEEKS);
    expect(answer).not.toMatch(/not sure what you mean|weet niet zeker/);
  });

  it.each([
    ['en-GB', 'I can only pay next month when I get paid, is that ok?', /deferral|postpone|more time/i],
    ['de-DE', 'Ich kann erst nächsten Monat zahlen, ist das ein Problem?', /Aufschub|später/i],
    ['nl-NL', 'ik kan pas volgende maand betalen, komt er dan een verhoging bij?', /[Uu]itstel/],
    ['pl-PL', 'mogę zapłacić dopiero w przyszłym miesiącu', /odrocz/i],
  ])('%s: "%s" hears about deferral and the increase without one', async (locale, message, deferral) => {
    const [answer] = await answersTo(assistant, locale, message);
    expect(answer).toMatch(deferral);
  });
});
