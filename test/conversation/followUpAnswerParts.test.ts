import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

/**
 * A follow-up answered by one part of the answer just given (domain/knowledge/answerParts.ts): "en
 * waar stuur ik dat heen?" after the appeal is its address and term, "and if I don't?" after a punitive
 * order what follows when it is left be; never "that is in my answer, here it is once more".
 */
const ONCE_MORE = /Hier is het nog eens|Here it is once more|Hier noch einmal|Oto ona jeszcze raz/;
const NOT_SURE =
  /weet niet zeker wat u bedoelt|not sure what you mean|nicht sicher, was Sie meinen|nie jestem pewien/;
/** The part alone is short: the whole appeal answer is about 900 characters. */
const SHORT = 600;

describe('a follow-up gets the part of the answer that answers it', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    [
      'nl-NL',
      'hoe maak ik bezwaar tegen mijn boete?',
      'en waar stuur ik dat heen?',
      /Postbus 50\.000.*6 weken|6 weken.*Postbus 50\.000/s,
    ],
    ['nl-NL', 'ik wil in beroep gaan tegen de boete', 'waar moet ik die heen sturen', /Postbus 50\.000/],
    ['en-GB', 'how do I appeal my traffic fine?', 'where do I send it?', /Postbus 50\.000/],
    ['de-DE', 'Wie kann ich Einspruch einlegen?', 'und wohin schicke ich den?', /Postbus 50\.000/],
    ['pl-PL', 'jak się odwołać od mandatu?', 'gdzie to wysłać?', /Postbus 50\.000/],
    ['pl-PL', 'jak sie odwolac od mandatu', 'gdzie mam to wyslac', /Postbus 50\.000/],
  ])('%s: "%s" then "%s" → the address, briefly', async (locale, question, followUp, part) => {
    const [, answer] = await answersTo(assistant, locale, question, followUp);
    expect(answer).toMatch(part);
    expect(answer).not.toMatch(ONCE_MORE);
    expect(answer.length).toBeLessThan(SHORT + 200);
  });

  it.each([
    ['nl-NL', 'wat is een noodstop', 'hoe vraag ik die aan', /noodstop aan door contact op te nemen/],
    [
      'en-GB',
      'what is an emergency stop',
      'how do I apply for it',
      /by contacting the CJIB|contact the CJIB/,
    ],
    ['de-DE', 'was ist ein Notstopp?', 'wie beantrage ich den?', /indem Sie sich an das CJIB wenden/],
    ['pl-PL', 'co to jest noodstop?', 'jak o to poprosić?', /kontaktując się z CJIB/],
  ])(
    '%s: "%s" then "%s" → how to ask for it, not the phone numbers',
    async (locale, question, followUp, part) => {
      const [, answer] = await answersTo(assistant, locale, question, followUp);
      expect(answer).toMatch(part);
      expect(answer).not.toMatch(
        /Welk telefoonnummer u nodig heeft|Which phone number you need|Welche Telefonnummer Sie brauchen|Numer telefonu zależy|cannot help you with that/,
      );
      expect(answer).not.toMatch(NOT_SURE);
    },
  );

  it.each([
    ['nl-NL', 'wat is een strafbeschikking?', 'en als ik dat niet doe?', /€ 15.*20%.*gijzeling/s],
    ['en-GB', 'what is a punitive order?', "and if I don't?", /EUR 15|€ 15/],
    [
      'de-DE',
      'ich habe eine Geldstrafe aus Deutschland bekommen, die das CJIB eintreibt',
      'und wenn ich nicht zahle?',
      /20 %/,
    ],
    ['pl-PL', 'co zrobi CJIB jeśli dalej nie będę płacić?', 'a jeśli dalej nie zapłacę?', /gijzeling/],
  ])('%s: "%s" then "%s" → what follows, briefly', async (locale, question, followUp, part) => {
    const [, answer] = await answersTo(assistant, locale, question, followUp);
    expect(answer).toMatch(part);
    expect(answer).not.toMatch(ONCE_MORE);
    expect(answer).not.toMatch(NOT_SURE);
  });

  it.each([
    ['nl-NL', 'hoe kan ik betalen?', 'waar moet ik het heen sturen?', /rekeningnummer op uw brief/],
    [
      'de-DE',
      'Wie kann ich Beschwerde gegen das CJIB einreichen?',
      'wie mache ich das?',
      /cjib\.nl\/telefoonnummers.*Ombuds/s,
    ],
    [
      'en-GB',
      'the CJIB took money from my bank account, is that allowed?',
      'where do I send it?',
      /district court.*VZD afschrijving spoed/s,
    ],
  ])('%s: "%s" then "%s" → how and where, briefly', async (locale, question, followUp, part) => {
    const [, answer] = await answersTo(assistant, locale, question, followUp);
    expect(answer).toMatch(part);
    expect(answer).not.toMatch(ONCE_MORE);
  });

  it.each([
    [
      'nl-NL',
      'wat gebeurt er als ik te laat betaal?',
      'en hoeveel is dat dan?',
      /1,5 keer.*€ 50 wordt € 75/s,
    ],
    ['en-GB', 'what happens if I pay late?', 'how much is that?', /1\.5 times.*EUR 50 becomes EUR 75/s],
    ['de-DE', 'was passiert wenn ich zu spät zahle?', 'wie viel ist das?', /1,5-Fache|1,5 ?-?fache|das 1,5/],
    ['pl-PL', 'co się stanie jeśli zapłacę za późno?', 'ile to jest?', /1,5 raza/],
    ['nl-NL', 'wat is een strafbeschikking?', 'en wat kost dat?', /€ 215.*€ 258/s],
    ['en-GB', 'how do I go to the subdistrict court?', 'what does that cost?', /security deposit/],
  ])('%s: "%s" then "%s" → the amounts, briefly', async (locale, question, followUp, part) => {
    const [, answer] = await answersTo(assistant, locale, question, followUp);
    expect(answer).toMatch(part);
    expect(answer).not.toMatch(ONCE_MORE);
    expect(answer.length).toBeLessThan(SHORT + 200);
  });

  it('"and if I don\'t pay?" after the number to quote is not paying at all: the increases', async () => {
    const [, answer] = await answersTo(
      assistant,
      'nl-NL',
      'welk nummer moet ik bij het betalen invullen?',
      'en als ik niet betaal?',
    );
    expect(answer).toMatch(/1,5 keer/);
  });

  it.each([
    ['nl-NL', 'ik reed niet, mijn vrouw reed', 'wat moet ik doen?', /machtiging.*6 weken/s],
    ['en-GB', 'I was not driving, my wife was', 'what do I need to do?', /machtiging.*6 weeks/s],
    [
      'de-DE',
      'ich bin nicht gefahren, meine Frau ist gefahren',
      'was muss ich tun?',
      /machtiging.*6 Wochen/s,
    ],
    ['pl-PL', 'to nie ja prowadziłem, tylko żona', 'co mam zrobić?', /machtiging.*6 tygodni/s],
  ])(
    '%s: "%s" then "%s" → what to do now: pay as the owner or the driver appeals',
    async (locale, story, followUp, steps) => {
      const [, answer] = await answersTo(assistant, locale, story, followUp);
      expect(answer).toMatch(steps);
      expect(answer).not.toMatch(NOT_SURE);
      expect(answer).not.toMatch(ONCE_MORE);
    },
  );
});
