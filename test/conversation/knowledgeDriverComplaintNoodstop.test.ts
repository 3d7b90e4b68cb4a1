/**
 * Three knowledge answers the QA sweep found wrong: "I disagree, I wasn't driving" is owner liability
 * (not the general appeal), "jullie zijn oplichters ... ik wil een klacht indienen" is a complaint (not
 * the scam warning, which real scam questions keep), and a noodstop wanted leads to a person, who is
 * how it is requested (DOMAIN.md §1.5); "kan dat via jou?" is answered with no, and the offer.
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';
import { spokenSentences, textOf } from '../support/testApp';

/** Owner liability: the registered owner pays even if someone else drove. */
const OWNER_LIABILITY = /kentekenaansprakelijkheid/;
const GENERAL_APPEAL = /binnen 6 weken|within 6 weeks|innerhalb von 6 Wochen|w ciągu 6 tygodni/;
const SCAM = /nooit een boete|never sends|niemals|nigdy nie wysyła/i;

describe('driver, complaint and noodstop answers', () => {
  const assistant = useTestApp(FAST_TYPIST);
  const ask = (locale: string, ...messages: string[]): Promise<string[]> =>
    answersTo(assistant, locale, ...messages);

  describe('"I disagree, I was not driving": owner liability', () => {
    it.each([
      ['pl-PL', 'nie zgadzam się z mandatem, nie ja prowadziłem'],
      ['pl-PL', 'nie zgadzam się z mandatem, to żona prowadziła'],
      ['pl-PL', 'to żona prowadziła'],
      ['nl-NL', 'ik ben het niet eens met de boete, ik reed niet zelf'],
      ['nl-NL', 'ik ben het er niet mee eens, mijn vrouw reed'],
      ['nl-NL', 'ik reed niet zelf'],
      ['en-GB', 'I disagree with the fine, my wife was driving'],
      ['en-GB', 'my wife was driving'],
      ['de-DE', 'ich bin mit dem Bußgeld nicht einverstanden, ich bin nicht gefahren'],
      ['de-DE', 'meine Frau ist gefahren'],
    ])('%s: "%s"', async (locale, message) => {
      const [answer] = await ask(locale, message);
      expect(answer).toMatch(OWNER_LIABILITY);
      expect(answer).not.toMatch(GENERAL_APPEAL);
    });
  });

  describe('the CJIB called fraud in a complaint is a complaint', () => {
    it.each([
      [
        'nl-NL',
        'jullie zijn echt oplichters 3x de boete dit is belachelijk ik wil een klacht indienen',
        /Nationale ombudsman/,
      ],
      ['en-GB', 'you are scammers, three times the fine, I want to file a complaint', /National Ombudsman/i],
      ['de-DE', 'ihr seid Betrüger, dreimal so viel, ich will mich beschweren', /Ombudsman/i],
      ['pl-PL', 'jesteście oszustami, trzy razy więcej, chcę złożyć skargę', /Ombudsman/i],
    ])('%s', async (locale, message, complaint) => {
      const [answer] = await ask(locale, message);
      expect(answer).toMatch(complaint);
      expect(answer).not.toMatch(SCAM);
    });

    it.each([
      ['nl-NL', "is dit sms'je van jullie echt?"],
      ['nl-NL', 'ik kreeg een betaallink, is dat oplichting?'],
      ['nl-NL', 'ik wil een klacht indienen over een nep sms met een betaallink'],
      ['en-GB', 'I got a text with a payment link, is that a scam?'],
    ])('a real scam question keeps the warning: %s "%s"', async (locale, message) => {
      const [answer] = await ask(locale, message);
      expect(answer).toMatch(SCAM);
    });
  });

  describe('a noodstop wanted: the answer and a person offered', () => {
    it('nl, on the phone: "ik wil een noodstop aanvragen", then yes is the handoff', async () => {
      const c = await assistant.open({ locale: 'nl-NL', channelId: 'telephony' });
      const spoken = spokenSentences(await c.say('ik wil een noodstop aanvragen')).join(' ');
      expect(spoken).toMatch(/4 maanden/);
      expect(spoken).toMatch(/Wilt u nu met een medewerker spreken\?/);
      const yes = textOf(await c.say('ja'));
      expect(yes).not.toMatch(/Heeft dit antwoord u geholpen/);
      expect(yes).toMatch(/medewerker|terugbel|wachtrij/i);
    });

    it.each([
      [
        'nl-NL',
        'hoe vraag ik een noodstop aan',
        'kan dat via jou?',
        /Nee, dat kan ik niet/,
        /Wilt u nu met een medewerker spreken\?/,
      ],
      [
        'en-GB',
        'how do I apply for an emergency stop',
        'can you do that for me?',
        /No, I cannot do that/,
        /talk to a member of staff now\?/,
      ],
      [
        'de-DE',
        'wie beantrage ich einen Notstopp?',
        'können Sie das für mich beantragen?',
        /Nein, das kann ich nicht/,
        /mit einem Mitarbeiter sprechen\?/,
      ],
      [
        'pl-PL',
        'jak poprosić o wstrzymanie awaryjne?',
        'czy możesz to za mnie załatwić?',
        /Nie, tego nie mogę zrobić/,
        /porozmawiać z pracownikiem\?/,
      ],
    ])('%s: "%s", then "%s"', async (locale, how, byYou, no, offer) => {
      const [answer, reply] = await ask(locale, how, byYou);
      expect(answer).toMatch(offer);
      expect(reply).toMatch(no);
      expect(reply).toMatch(offer);
    });

    it('nl: no to the person says how to do it later', async () => {
      const [, reply] = await ask('nl-NL', 'ik wil een noodstop aanvragen', 'nee');
      expect(reply).toMatch(/later altijd aanvragen bij een medewerker/);
    });

    it('nl: a question about the noodstop (not asking for one) keeps "did this help?"', async () => {
      const [answer] = await ask('nl-NL', 'komen er tijdens de noodstop verhogingen bij?');
      expect(answer).toMatch(/Heeft dit antwoord u geholpen/);
    });
  });
});
