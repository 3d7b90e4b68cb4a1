/**
 * A long answer on the phone is said in portions: its first sentences and "Wilt u meer weten?" as the
 * last thing heard; "ja" says the rest and then "did this help?", "nee" goes on to that question, a
 * new question is answered as usual. Web chat keeps the whole answer. The citizen's own record (a
 * lookup) and the arrangement's terms are heard whole; "kunt u dat herhalen" after a lookup says it
 * again shortened, the rest on "meer".
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { heardSentences as heard } from '../support/replyText';
import { spokenSentences, textOf } from '../support/testApp';

const { D02 } = DEMO_DEBTORS;

describe('long answers on the phone', () => {
  const assistant = useTestApp(FAST_TYPIST);
  const caller = (locale = 'nl-NL') => assistant.open({ channelId: 'telephony', locale });

  it('nl: the first part, "Wilt u meer weten?" last; "ja": the rest, then "did this help?"', async () => {
    const c = await caller();
    const first = spokenSentences(await c.say('Wat is jullie website?'));
    expect(first[0]).toBe('De website van het CJIB is cjib punt nl.');
    expect(first.length).toBeLessThanOrEqual(4);
    expect(first[first.length - 1]).toBe('Wilt u meer weten?');
    expect(first.join(' ')).not.toMatch(/Zonder DigiD|geholpen/);
    const rest = heard(await c.say('ja'));
    expect(rest).toMatch(/^Zonder DigiD kunt u niet inloggen.*CJIB-nummer en uw postcode\./);
    expect(rest).toMatch(/Heeft dit antwoord u geholpen\?/);
    // The rating now answers the question heard last.
    expect(heard(await c.say('1'))).toMatch(/Dank u wel voor uw reactie/);
  });

  it('en: "no thanks" goes on to "did this help?", without the rest', async () => {
    const c = await caller('en-GB');
    expect(heard(await c.say("what's your website"))).toMatch(/Would you like to hear more\?$/);
    const next = heard(await c.say('no thanks'));
    expect(next).toMatch(/^Did this answer help you\?/);
    expect(next).not.toMatch(/Without DigiD/);
  });

  it('nl: a new question after "more?" is answered as usual', async () => {
    const c = await caller();
    await c.say('Wat is jullie website?');
    const answer = heard(await c.say('hoe kan ik betalen?'));
    expect(answer).toMatch(/iDEAL/);
    expect(answer).not.toMatch(/Zonder DigiD/);
  });

  it('the whole answer stays whole on web chat', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    const answer = textOf(await c.say('Wat is jullie website?'));
    expect(answer).toMatch(/www\.cjib\.nl.*Zonder DigiD.*CJIB-nummer en uw postcode/s);
    expect(answer).not.toMatch(/Wilt u meer weten/);
  });

  it('nl: "ja" again and again says the rest portion by portion, then "did this help?"', async () => {
    const c = await caller();
    const parts = [heard(await c.say('ik heb een termijn gemist, wat nu'))];
    expect(parts[0]).toMatch(/Wilt u meer weten\?$/);
    while (/Wilt u meer weten\?$/.test(parts[parts.length - 1]) && parts.length < 8)
      parts.push(heard(await c.say(parts.length % 2 ? 'ja graag' : 'meer')));
    expect(parts.length).toBeGreaterThan(1);
    expect(parts[parts.length - 1]).toMatch(/Heeft dit antwoord u geholpen\?/);
    const all = parts.join(' ');
    expect(all).toMatch(/een medewerker van het CJIB kan dat met u bekijken/);
    // No portion ends on a line that introduces what follows.
    expect(all).not.toMatch(/: Wilt u meer weten/);
  });

  it.each([
    [
      'nl-NL',
      'Ik heb een brief van het CJIB gekregen, wat moet ik doen?',
      'ja',
      /^Wat u nu doet: Kijk op de brief/,
    ],
    [
      'en-GB',
      'I got a letter from the CJIB, what should I do?',
      'yes',
      /^What to do now: Check on the letter/,
    ],
    [
      'de-DE',
      'Ich habe einen Brief vom CJIB bekommen, was soll ich tun?',
      'ja',
      /^Was Sie jetzt tun: Sehen Sie/,
    ],
    ['pl-PL', 'Dostałem list od CJIB, co mam zrobić?', 'tak', /^Co teraz zrobić: Proszę sprawdzić/],
  ])(
    '%s: a heading ("Wat u nu doet:") is heard with its points, not alone before "more?"',
    async (locale, asked, yes, next) => {
      const c = await caller(locale);
      const first = heard(await c.say(asked));
      expect(first).not.toMatch(
        /: (Wilt u meer weten|Would you like to hear more|Möchten Sie mehr hören|Czy chce)/,
      );
      expect(heard(await c.say(yes))).toMatch(next);
    },
  );

  it.each([
    [
      'nl-NL',
      'ik wil mijn boete betalen',
      'hoe betaal ik?',
      'ja',
      /^Dat staat in mijn antwoord\. Hier is het nog eens: U kunt op deze manieren betalen: .*Wilt u meer weten\?$/,
      /Mist u er iets in\?/,
    ],
    [
      'en-GB',
      'I want to pay my fine',
      'how do I pay?',
      'yes',
      /^That is in my answer\. Here it is once more: You can pay in these ways: .*Would you like to hear more\?$/,
      /Is something missing\?/,
    ],
    [
      'de-DE',
      'Ich möchte mein Bußgeld bezahlen',
      'wie bezahle ich?',
      'ja',
      /^Das steht in meiner Antwort\. Hier noch einmal: So können Sie zahlen: .*Möchten Sie mehr hören\?$/,
      /Fehlt Ihnen etwas\?/,
    ],
  ])(
    '%s: the same question again after the short answer: the whole answer in parts, told once that it was in it',
    async (locale, first, again, yes, heardAgain, atEnd) => {
      const c = await caller(locale);
      await c.say(first);
      const repeated = heard(await c.say(again));
      expect(repeated).toMatch(heardAgain);
      // Not the "Let op" paragraph alone (a verb in another form asks the same), not all of it in one breath:
      // the ways to pay first (a list said whole), the points to mind after "yes".
      expect(repeated).toMatch(/iDEAL.*DigiD/);
      expect(repeated).not.toMatch(/Let op|Please note|Bitte beachten/);
      let rest = heard(await c.say(yes));
      for (let i = 0; i < 3 && !atEnd.test(rest); i++) rest = heard(await c.say(yes));
      expect(rest).toMatch(/^(Let op|Please note|Bitte beachten Sie):/);
      expect(rest).toMatch(atEnd);
      expect(rest).not.toMatch(/vorige antwoord|previous answer|vorigen Antwort/);
    },
  );

  it('nl: a lookup is heard whole; "kunt u dat herhalen" says it shortened, "meer" the rest, then the menu', async () => {
    const c = await caller();
    await c.say('mijn boete opzoeken');
    await c.say(D02.number);
    const lookup = heard(await c.say(D02.postcode));
    expect(lookup).toMatch(
      /^U heeft 2 boetes\. In totaal moet u nog 551 euro en 50 cent betalen\. Eerste boete: .+ Tweede boete: .+ Wat wilt u nu doen\?/,
    );
    expect(lookup).not.toMatch(/Wilt u meer weten/);
    const again = heard(await c.say('kunt u dat herhalen'));
    expect(again).toBe(
      'Ik herhaal het. U heeft 2 boetes. In totaal moet u nog 551 euro en 50 cent betalen. Wilt u meer weten?',
    );
    const first = heard(await c.say('meer'));
    expect(first).toMatch(/^Eerste boete: .+262 euro en 50 cent.+Wilt u meer weten\?$/);
    const second = heard(await c.say('ja'));
    expect(second).toMatch(/^Tweede boete: .+289 euro.+ Wat wilt u nu doen\?/);
    // The menu heard last is the one "2" answers.
    expect(heard(await c.say('2'))).toMatch(/12 maanden/);
  });

  it('nl: the arrangement offer and its confirmation are heard whole', async () => {
    const c = await caller();
    await c.say('betalingsregeling');
    await c.say(D02.number);
    const offer = heard(await c.say(D02.postcode));
    expect(offer).toMatch(
      /551 euro en 50 cent in 12 maanden.+1 januari 2027.+46 euro en 5 cent.+Wilt u deze betalingsregeling aanvragen\?/,
    );
    expect(offer).not.toMatch(/Wilt u meer weten/);
    await c.say('ja');
    const confirm = heard(await c.say('jan punt jansen apenstaartje gmail punt com'));
    expect(confirm).toMatch(
      /11 termijnen van 45 euro en 95 cent.+totaal 551 euro en 50 cent.+1 januari 2027.+Zal ik de aanvraag nu versturen\?/,
    );
    expect(confirm).not.toMatch(/Wilt u meer weten/);
  });

  it.each([
    [
      'nl-NL',
      'Hoeveel maanden krijg ik voor een betalingsregeling?',
      /tot 120 euro: 3 maanden\..*4000 euro of meer: 36 maanden\. Wilt u meer weten\?$/,
    ],
    [
      'en-GB',
      'How many months do I get for a payment plan?',
      /up to 120 euros: 3 months\..*4000 euros or more: 36 months\. Would you like to hear more\?$/,
    ],
    [
      'de-DE',
      'Wie viele Monate bekomme ich für eine Ratenzahlung?',
      /bis 120 Euro: 3 Monate\..*4000 Euro oder mehr: 36 Monate\. Möchten Sie mehr hören\?$/,
    ],
    [
      'pl-PL',
      'Na ile miesięcy mogę dostać raty?',
      /do 120 euro: 3 miesiące\..*4000 euro lub więcej: 36 miesięcy\. Czy chce Pan lub Pani usłyszeć więcej\?$/,
    ],
  ])(
    '%s: the table of months is heard whole in the first part, not cut halfway',
    async (locale, question, table) => {
      const c = await caller(locale);
      expect(heard(await c.say(question))).toMatch(table);
    },
  );

  it.each([
    [
      'nl-NL',
      'ik heb een boete van vijftienhonderd euro, hoeveel maanden krijg ik?',
      /^Bij 1500 euro zijn dat 18 maanden: .*per maand\. Wilt u meer weten\?$/,
      'ja',
      /^Het aantal maanden hangt af .*4000 euro of meer: 36 maanden\./,
    ],
    [
      'en-GB',
      'my fine is 1500 euros, how many months do I get?',
      /^For 1500 euros that is 18 months: .*Would you like to hear more\?$/,
      'yes',
      /^The number of months depends .*4000 euros or more: 36 months\./,
    ],
  ])(
    '%s: the months for an amount named are heard first, the table after "yes"',
    async (locale, question, first, yes, table) => {
      const c = await caller(locale);
      expect(heard(await c.say(question))).toMatch(first);
      expect(heard(await c.say(yes))).toMatch(table);
    },
  );
});
