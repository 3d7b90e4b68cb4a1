/**
 * Questions whose words say the topic more surely than the recogniser: the question asked is answered,
 * with where the citizen lives (abroad, no DigiD) as a detail of it; the Dutch words on the letter; an
 * offender paying compensation; interest; deferral; waiting for a decision; a request already sent and
 * its reference; "900 euro voor een boete van 310"; "kan ik daar iets tegen doen"; SMS kept short.
 */
import type { Activity } from 'botbuilder';
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

type Lang = 'nl' | 'en' | 'de' | 'pl';
const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-US', de: 'de-DE', pl: 'pl-PL' };

describe('the question asked, before the intent', () => {
  const assistant = useTestApp(FAST_TYPIST);

  async function ask(lang: Lang, lines: string[], channelId = 'webchat'): Promise<Activity[][]> {
    const c = await assistant.open({ channelId, locale: LOCALE[lang] });
    const replies: Activity[][] = [];
    for (const line of lines) replies.push(await c.say(line));
    return replies;
  }

  it.each<[Lang, string, RegExp, RegExp]>([
    [
      'en',
      'I live in Belgium, how do I appeal against the fine?',
      /appeal by post; you do not need DigiD/,
      /Parket CVOM/,
    ],
    [
      'pl',
      'mieszkam w polsce, nie mam digid, jak moge sie odwolac od mandatu?',
      /odwołanie składa się pocztą/,
      /Parket CVOM/,
    ],
    [
      'en',
      'i rented a car at schiphol and now i got a fine at home in ireland, its not fair the rental company charged me already',
      /rental company passes the fine on to the renter/,
      /ask the rental company/,
    ],
    [
      'de',
      'Ich wohne in Deutschland und habe kein DigiD. Wie kann ich bezahlen?',
      /Bürgerservicenummer/,
      /IBAN/,
    ],
    ['en', "what is DigiD? i don't have it, i'm a tourist", /Dutch government's login/, /by post/],
  ])('%s abroad: "%s" answers that question with the abroad detail', async (lang, line, lead, fact) => {
    const [reply] = await ask(lang, [line]);
    const text = textOf(reply);
    expect(text).toMatch(lead);
    expect(text).toMatch(fact);
    // Not the payment answer of the abroad topic, not iDEAL as the way to pay.
    expect(text).not.toMatch(/scan it with your bank|Scannen Sie ihn/);
  });

  it.each<[Lang, string, string, RegExp]>([
    [
      'nl',
      'whatsapp',
      'waar staat het rekeningnummer',
      /Het IBAN en het betalingskenmerk staan op uw eigen brief/,
    ],
    [
      'de',
      'telephony',
      'wo finde ich die Kontonummer?',
      /Die IBAN und der Verwendungszweck stehen in Ihrem eigenen Schreiben/,
    ],
    ['en', 'sms', 'where can I find the account number?', /on your own letter/],
  ])(
    '%s %s: "%s" is answered: on the own letter, not a choice of topics',
    async (lang, channelId, line, answer) => {
      const [reply] = await ask(lang, [line], channelId);
      expect(textOf(reply)).toMatch(answer);
      expect(textOf(reply)).not.toMatch(/juiste antwoord geven|richtige Antwort|right answer/);
    },
  );

  it('"Welche IBAN?" after paying from abroad: the IBAN is on the own letter, not "that is in my answer"', async () => {
    const [, reply] = await ask('de', [
      'Ich wohne in Deutschland und habe kein DigiD. Wie kann ich bezahlen?',
      'Welche IBAN?',
    ]);
    const text = textOf(reply);
    expect(text).toMatch(/Die IBAN und der Verwendungszweck stehen in Ihrem eigenen Schreiben/);
    expect(text).not.toMatch(/Das steht in meiner Antwort/);
    expect(text).not.toMatch(/\bNL\d{2}|INGB/);
  });

  it.each<[Lang, string, RegExp]>([
    ['de', "was bedeutet 'beschikking' auf meinem Brief?", /'Beschikking' heißt 'Bescheid'/],
    ['pl', 'dostalem beschikking z cjib, co teraz', /'Beschikking' oznacza 'decyzję'/],
    ['en', "what does 'Mulder' mean on my letter", /Dutch law for traffic fines/],
    ['en', 'I got a letter from CJIB, what do I do now?', /A letter from the CJIB is usually about a fine/],
    ['pl', 'dostalem list z cjib co mam zrobic', /Pismo z CJIB zwykle dotyczy mandatu/],
  ])('%s the letter: "%s" says what it is and what to do', async (lang, line, lead) => {
    const text = textOf((await ask(lang, [line]))[0]);
    expect(text).toMatch(lead);
    expect(text).toMatch(/IBAN/);
    expect(text).not.toMatch(
      /lost your letter|Haben Sie Ihr Schreiben verloren|pismo zaginęło|punitive order \(strafbeschikking\) comes/,
    );
  });

  it('an offender paying compensation in instalments gets the payer answer, not the victim answer', async () => {
    const text = textOf(
      (await ask('en', ['I was ordered to pay compensation to the victim, can I pay in instalments?']))[0],
    );
    expect(text).toMatch(/a compensation order can also be paid in instalments/);
    expect(text).toMatch(/the court has decided that you must pay/);
    expect(text).not.toMatch(/You do not have to do anything yourself/);
  });

  it('withdrawing a request already sent: no new request, and its reference is no CJIB number', async () => {
    const [first, second] = await ask('nl', [
      'ik heb de regeling net aangevraagd maar wil hem toch intrekken',
      'BR-2026-15176552',
    ]);
    expect(textOf(first)).toMatch(/intrekken of veranderen\? Dat kan ik hier niet voor u doen/);
    expect(textOf(first)).not.toMatch(/CJIB-nummer nodig/);
    expect(textOf(second)).toMatch(/referentienummer van uw aanvraag, geen CJIB-nummer/);
    expect(textOf(second)).not.toMatch(/Ik telde|Dat staat in mijn antwoord/);
  });

  it.each(['hoeveel rente betaal ik?', 'hoeveel rente betaal ik bij een betalingsregeling?'])(
    'interest: "%s" gets one answer (none known on a fine; statutory interest on compensation)',
    async (line) => {
      const text = textOf((await ask('nl', [line]))[0]);
      expect(text).toMatch(/geen betrouwbare informatie/);
      expect(text).toMatch(/schadevergoedingsmaatregel/);
    },
  );

  it('a reminder while waiting for the decision: the honest "not certain"', async () => {
    const text = textOf(
      (await ask('nl', ['krijg ik nog een aanmaning terwijl ik wacht op het besluit?']))[0],
    );
    expect(text).toMatch(/kan ik niet met zekerheid zeggen/);
  });

  it('deferral is answered as deferral', async () => {
    const text = textOf(
      (await ask('nl', ['kan ik uitstel van betaling krijgen? ik krijg pas eind december salaris']))[0],
    );
    expect(text).toMatch(/kan een betalingsregeling ook uitstel zijn/);
    expect(text).toMatch(/niet met zekerheid/);
  });

  it('"900 euro voor een boete van 310??" explains the increases of that fine, not the complaints procedure', async () => {
    const text = textOf((await ask('nl', ['900 euro voor een boete van 310??']))[0]);
    expect(text).toMatch(/€ 310,00 wordt na de 1e aanmaning € 465,00 en na de 2e aanmaning € 930,00/);
    expect(text).toMatch(/zoek ik uw boete voor u op/);
    expect(text).not.toMatch(/Nationale ombudsman/);
  });

  it.each(['webchat', 'telephony'])('%s: contesting in plain words is the appeal', async (channelId) => {
    for (const line of [
      'ik heb een boete voor telefoneren op de fiets maar ik zat helemaal niet op de fiets, kan ik daar iets tegen doen',
      'kan ik daar iets tegen doen',
    ]) {
      const replies = (await ask('nl', [line], channelId))[0];
      const said = replies.map((a) => `${a.text ?? ''} ${a.speak ?? ''}`).join(' ');
      expect(said).toMatch(/in beroep bij de officier van justitie/);
    }
  });

  it('SMS: one short answer to what was asked, the rest on MEER', async () => {
    const [reply] = await ask(
      'nl',
      [
        'Goedemorgen, ik heb een aanmaning gekregen van 262,50 euro voor te hard rijden. Kan ik dat in 6 maanden betalen? Groet, Fatima',
      ],
      'sms',
    );
    const text = textOf(reply);
    expect(text).toMatch(/Bij € 262,50 zijn dat 6 maanden/);
    expect(text).not.toMatch(/gijzeling/);
    const [terms] = await ask('nl', ['kan ik in termijnen betalen'], 'sms');
    expect(textOf(terms)).toMatch(/Stuur MEER voor het hele antwoord/);
    expect(textOf(terms).length).toBeLessThan(900);
  });

  it.each<[Lang, string, RegExp]>([
    [
      'en',
      "Hi, I'm from Germany and got a Dutch speeding ticket. How can I object?",
      /appeal by post; you do not need DigiD/,
    ],
    ['en', 'can I get more time to pay? I get paid at the end of the month', /can also be a deferral/],
    ['de', 'Kann ich die Zahlung aufschieben bis nächsten Monat?', /auch ein Aufschub sein/],
    [
      'en',
      'why do I have to pay 600 euros for a 200 euro fine??',
      /becomes €300\.00 after the 1st reminder and €600\.00/,
    ],
    [
      'de',
      'Ich wurde zu Schadenersatz verurteilt, kann ich in Raten zahlen?',
      /auch eine Schadenersatzmaßnahme/,
    ],
  ])('%s in other words: "%s"', async (lang, line, lead) => {
    expect(textOf((await ask(lang, [line]))[0])).toMatch(lead);
  });

  it('"komen er nog kosten bij?" right after sending a request: not known, said so', async () => {
    const c = await assistant.open({ channelId: 'webchat', locale: 'nl-NL' });
    for (const line of [
      'ik wil een betalingsregeling',
      '9698948614580658',
      '8911 AB',
      'ja',
      'burger@example.nl',
    ])
      await c.say(line);
    expect(textOf(await c.say('ja'))).toMatch(/BR-2026-\d{8}/);
    const text = textOf(await c.say('komen er nog kosten bij'));
    expect(text).toMatch(
      /Of er nog een aanmaning of verhoging komt terwijl u op het besluit over uw aanvraag wacht, kan ik niet met zekerheid zeggen/,
    );
    expect(text).not.toMatch(/gijzeling/);
  });

  it('the phone numbers say how to call from abroad', async () => {
    const text = textOf((await ask('en', ["what's the phone number"]))[0]);
    expect(text).toMatch(/058 becomes \+31 58/);
    expect(text).toMatch(/\+31 58 234 20 47/);
  });
});
