/**
 * Knowledge answers from the eleventh round of reports: a rental car's fine without "abroad", Dutch not
 * understood said on its own, a fake DigiD message to someone abroad without DigiD, "no idea" as a first
 * message, a punitive order "niet mee eens", a fine not understood in chat Dutch, two questions in German,
 * a relative who had the car while the owner was on holiday abroad (DOMAIN.md §4, §5).
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

describe('knowledge answers, round 11', () => {
  const assistant = useTestApp(FAST_TYPIST);
  const ask = (locale: string, ...messages: string[]): Promise<string[]> =>
    answersTo(assistant, locale, ...messages);

  describe('a letter about a rental car: the renter gets the fine in their own name', () => {
    const RENTER =
      /an den Mieter weiter|passes the fine on to the renter|door aan de huurder|przekazuje mandat najemcy/;
    const OWNER_FIRST =
      /^(For traffic fines there is owner liability|Voor verkeersboetes geldt|Bei Verkehrsbußgeldern gilt|W przypadku mandatów)/;
    it.each([
      ['de-DE', 'Ich habe einen Brief wegen eines Mietwagens bekommen'],
      ['de-DE', 'Bußgeld für einen Mietwagen, was soll ich tun?'],
      ['en-GB', 'got a fine for a hire car I had in amsterdam'],
      ['en-GB', 'I got a letter about a rental car'],
      ['nl-NL', 'brief van cjib over een gehuurde auto'],
      ['pl-PL', 'dostałem list w sprawie wypożyczonego samochodu'],
    ])('%s: "%s"', async (locale, message) => {
      const [answer] = await ask(locale, message);
      expect(answer).toMatch(RENTER);
      expect(answer).not.toMatch(OWNER_FIRST);
    });

    it('how to pay that fine is still the ways to pay', async () => {
      const [answer] = await ask('en-GB', 'how do I pay the fine for my rental car');
      expect(answer).toMatch(/You can pay in these ways/);
    });
  });

  describe('Dutch not understood, said on its own: the letter is in Dutch, help in the own language', () => {
    it.each([
      ['nl-NL', 'ich verstehe kein niederlaendisch', /Dann schreibt Ihnen das CJIB auf Niederländisch/],
      ['de-DE', 'Ich kann kein Niederländisch', /Ich kann Ihnen auf Deutsch helfen/],
      ['de-DE', 'mein niederländisch ist schlecht', /Ich kann Ihnen auf Deutsch helfen/],
      ['en-GB', "I don't understand Dutch", /I can help you in English/],
      ['nl-NL', 'i dont understand dutch, i got a letter', /I can help you in English/],
      ['nl-NL', 'nie mówię po holendersku', /Mogę pomóc po polsku/],
    ])('%s: "%s"', async (locale, message, expected) => {
      const [answer] = await ask(locale, message);
      expect(answer).toMatch(expected);
      expect(answer).toMatch(/CJIB-Nummer|CJIB number|numer CJIB/);
    });
  });

  describe('a message asking to log in with DigiD, from someone abroad without DigiD', () => {
    it.each([
      [
        'en-GB',
        'got a text from cjib saying log in with digid, i dont have digid im british, is it real?',
        /does not come from the CJIB[\s\S]*do not need DigiD[\s\S]*IBAN/,
      ],
      [
        'de-DE',
        'Ich wohne in Deutschland, eine SMS vom CJIB sagt, ich soll mich mit DigiD anmelden. Ist das Betrug?',
        /kommt nicht vom CJIB[\s\S]*brauchen Sie auch nicht[\s\S]*IBAN/,
      ],
      [
        'pl-PL',
        'mieszkam w Polsce, dostalem sms z CJIB ze mam sie zalogowac przez DigiD, czy to oszustwo?',
        /nie pochodzi od CJIB[\s\S]*IBAN/,
      ],
      [
        'nl-NL',
        'ik woon in belgie en heb geen digid, ik kreeg een sms om in te loggen met digid, is dat nep?',
        /komt niet van het CJIB[\s\S]*IBAN/,
      ],
    ])('%s: "%s"', async (locale, message, expected) => {
      const [answer] = await ask(locale, message);
      expect(answer).toMatch(expected);
      // The scam warning itself still follows.
      expect(answer).toMatch(/Fraudehelpdesk/);
    });
  });

  describe('"no idea" as the first message: what the assistant can do', () => {
    it.each([
      ['nl-NL', 'geen idee eigenlijk', /Ik kan u helpen met/],
      ['de-DE', 'keine Ahnung', /Ich kann Ihnen helfen/],
      ['en-GB', 'no idea', /I can help you with/],
      ['pl-PL', 'nie mam pojęcia', /Mogę pomóc/],
    ])('%s: "%s"', async (locale, message, expected) => {
      const [answer] = await ask(locale, message);
      expect(answer).toMatch(expected);
      expect(answer).not.toMatch(/niet mee helpen|nicht helfen|cannot help you with that|verhoging|Erhöhung/);
    });
  });

  it('"ik ben het er niet mee eens" with a punitive order: verzet within 14 days and do not pay, first', async () => {
    const [answer] = await ask('nl-NL', 'ik heb een strafbeschikking gekregen en ben het er niet mee eens');
    expect(answer).toMatch(/^Bent u het niet eens met de strafbeschikking\? Betaal dan niet/);
    expect(answer).toMatch(/14 dagen/);
  });

  it('a fine not understood in chat Dutch: the offer to look it up and explain the letter', async () => {
    const [answer] = await ask('nl-NL', 'wa mot ik doen me die boete ik snap der nix van');
    expect(answer).toMatch(/uitleggen wat de brief betekent/);
  });

  it('two questions in German: paying in instalments and the deadline both answered', async () => {
    const [answer] = await ask(
      'de-DE',
      'Ich habe ein Bussgeld bekommen, kann ich das in Raten zahlen und bis wann muss ich zahlen?',
    );
    expect(answer).toMatch(/8 Wochen/);
    expect(answer).toMatch(/mindestens 75/);
  });

  it('moved abroad, the letter forwarded: the address said once', async () => {
    const [answer] = await ask(
      'en-GB',
      'So I moved back to Ireland two years ago and my mum forwarded a letter from CJIB about a fine, what can I do?',
    );
    expect(answer.match(/I cannot change your address here/g)).toHaveLength(1);
  });

  it.each([
    [
      'nl-NL',
      'Ik kreeg een boete voor te hard rijden op de A12 maar ik zat die dag op vakantie in Frankrijk, mijn schoonzus had mijn auto. Wat nu?',
    ],
    [
      'en-GB',
      'Got a speeding fine but I was on holiday in Greece that week and my brother had my car, what should I do?',
    ],
    [
      'de-DE',
      'Ich war an dem Tag im Urlaub in Italien, meine Schwester hatte mein Auto. Was soll ich jetzt tun?',
    ],
  ])(
    '%s: on holiday abroad while a relative had the car: who pays and the machtiging, not living abroad',
    async (locale, message) => {
      const [answer] = await ask(locale, message);
      expect(answer).toMatch(/machtiging/);
      expect(answer).not.toMatch(/Woont u buiten Nederland|Do you live outside|Wohnen Sie außerhalb/);
    },
  );
});
