import { startTestApp, textOf, type TestApp } from '../support/testApp';

/**
 * Whole journeys of citizens abroad and on other channels: English, German and Polish, the phone
 * (spoken numbers, key presses) and SMS (numbered choices), in the evening (callback path).
 */
describe('journeys abroad and on the phone and SMS', () => {
  let app: TestApp;

  beforeAll(async () => {
    // Staff are never in: asking for a person always leads to the callback.
    app = await startTestApp({ OFFICE_HOURS: 'sun 03:00-03:01', RATE_LIMIT_CONVERSATION_BURST: '100' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('callback: a phone number given straight away answers the offer, in English', async () => {
    const c = app.conversation({ locale: 'en-GB' });
    await c.start();
    expect(textOf(await c.say('I want to speak to a person'))).toMatch(/call you back/);
    expect(textOf(await c.say('my number is 0048 601 234 567'))).toMatch(/When would you prefer/);
    expect(textOf(await c.say('in the afternoon'))).toMatch(/in the afternoon/);
  });

  it('callback: on the phone a spoken number after the offer is taken, in German', async () => {
    const c = app.conversation({ channelId: 'telephony', locale: 'de-DE' });
    await c.start();
    expect(textOf(await c.say('Mitarbeiter'))).toMatch(/zurückruft/);
    const replies = textOf(
      await c.say('plus vier neun eins fünf eins zwei drei vier fünf sechs sieben acht neun'),
    );
    expect(replies).toMatch(/Wann/);
    // Choice titles with their own punctuation are not read as 'Wie bezahle ich?.'.
    expect(replies).not.toMatch(/[?!.]\.$/m);
  });

  it('callback: a part of the day we do not call in is asked again, not silently the morning', async () => {
    const c = app.conversation({ channelId: 'sms', locale: 'pl-PL' });
    await c.start();
    await c.say('Chcę rozmawiać z pracownikiem');
    await c.say('tak');
    expect(textOf(await c.say('+48 601 234 567'))).toMatch(/Kiedy|kiedy/);
    expect(textOf(await c.say('wieczorem'))).toMatch(/między 8:00 a 17:00/);
    expect(textOf(await c.say('2'))).toMatch(/po południu/);

    const en = app.conversation({ locale: 'en-GB' });
    await en.start();
    await en.say('I want to speak to a person');
    await en.say('yes');
    await en.say('+49 151 23456789');
    expect(textOf(await en.say('evening please'))).toMatch(/between 8:00 and 17:00/);
  });

  it('SMS: a hello after the welcome keeps the numbered menu, so "2" still means the second', async () => {
    const c = app.conversation({ channelId: 'sms', locale: 'pl-PL' });
    await c.start();
    expect(textOf(await c.say('Dzień dobry'))).toMatch(/2\. Płatność w ratach/);
    expect(textOf(await c.say('2'))).toMatch(/numeru CJIB/);
  });

  it('phone: choices are read without double punctuation', async () => {
    const c = app.conversation({ channelId: 'telephony', locale: 'de-DE' });
    await c.start();
    const replies = textOf(await c.say('Wie kann ich aus dem Ausland bezahlen?'));
    expect(replies).not.toMatch(/\?\./);
  });

  it('a goodbye mid-flow ends the flow with a goodbye instead of asking again, in each language', async () => {
    const de = app.conversation({ locale: 'de-DE' });
    await de.start();
    await de.say('Ich möchte in Raten zahlen');
    await de.say('0543793058155523');
    expect(textOf(await de.say('Vielen Dank, auf Wiedersehen'))).toMatch(/Auf Wiedersehen/);
    expect(textOf(await de.say('Hallo'))).toMatch(/Wie kann ich Ihnen helfen/);

    const en = app.conversation({ channelId: 'sms', locale: 'en-GB' });
    await en.start();
    await en.say('payment arrangement');
    await en.say('2342145524857394');
    await en.say('1071 DJ');
    const bye = textOf(await en.say('thanks, bye'));
    expect(bye).toMatch(/Goodbye/);
    expect(bye).not.toMatch(/request this payment arrangement/);

    const pl = app.conversation({ locale: 'pl-PL' });
    await pl.start();
    await pl.say('Chcę sprawdzić mój mandat');
    expect(textOf(await pl.say('dziękuję, do widzenia'))).toMatch(/Do widzenia/);
  });

  it('phone: numbers said as tens ("sześćdziesiąt jeden", "neunundvierzig", "forty nine") are digits', async () => {
    const pl = app.conversation({ channelId: 'telephony', locale: 'pl-PL' });
    await pl.start();
    await pl.say('Chcę sprawdzić mój mandat');
    await pl.say(
      'jeden sześć dwa cztery sześć osiem dziewięć sześć trzy zero trzy dwa trzy trzy pięć dziewięć',
    );
    expect(textOf(await pl.say('sześćdziesiąt jeden zero zero jeden'))).toMatch(/167/);

    const de = app.conversation({ channelId: 'telephony', locale: 'de-DE' });
    await de.start();
    await de.say('Mitarbeiter');
    await de.say('ja');
    expect(
      textOf(await de.say('plus neunundvierzig eins fünf eins zwei drei vier fünf sechs sieben acht neun')),
    ).toMatch(/Wann/);

    const en = app.conversation({ channelId: 'telephony', locale: 'en-GB' });
    await en.start();
    await en.say('I would like to talk to someone');
    await en.say('yes');
    expect(
      textOf(await en.say('plus forty nine one five one two three four five six seven eight nine')),
    ).toMatch(/When/);
  });

  it('SMS: a numbered choice said as an ordinal with "option" ("pierwsza opcja", "die zweite Option bitte")', async () => {
    const pl = app.conversation({ channelId: 'sms', locale: 'pl-PL' });
    await pl.start();
    expect(textOf(await pl.say('pierwsza opcja'))).toMatch(/numeru CJIB/);
    const de = app.conversation({ channelId: 'sms', locale: 'de-DE' });
    await de.start();
    expect(textOf(await de.say('die zweite Option bitte'))).toMatch(/Ratenzahlung/);
    const en = app.conversation({ channelId: 'sms', locale: 'en-GB' });
    await en.start();
    expect(textOf(await en.say("I'll take the second"))).toMatch(/payment arrangement/);
  });

  it('a CJIB number given unasked ("My CJIB number is …") starts the lookup, in each language', async () => {
    const en = app.conversation({ locale: 'en-GB' });
    await en.start();
    expect(textOf(await en.say('My CJIB number is 2342145524857394'))).toMatch(/postcode/);
    expect(textOf(await en.say('1071 DJ'))).toMatch(/What would you like to do now/);
    const de = app.conversation({ locale: 'de-DE' });
    await de.start();
    expect(textOf(await de.say('Meine CJIB-Nummer ist 0543793058155523'))).toMatch(/Postleitzahl/);
    const pl = app.conversation({ locale: 'pl-PL' });
    await pl.start();
    expect(textOf(await pl.say('Mój numer CJIB to 1624689630323359'))).toMatch(/kod pocztowy/);
  });

  it('a driver abroad with a Dutch fine hears about fines from abroad and how to pay from there', async () => {
    const en = app.conversation({ locale: 'en-GB' });
    await en.start();
    const answer = textOf(await en.say('Hi, I got a fine from the Netherlands'));
    expect(answer).toMatch(/live outside the Netherlands/);
    expect(answer).not.toMatch(/another EU country that the CJIB collects/);
    expect(textOf(await en.say('How can I pay from abroad?'))).toMatch(
      /IBAN on your letter|IBAN in your letter/,
    );
    const de = app.conversation({ locale: 'de-DE' });
    await de.start();
    expect(textOf(await de.say('Ich habe einen Strafzettel aus den Niederlanden bekommen'))).toMatch(
      /Zahlen aus dem Ausland/,
    );
    const pl = app.conversation({ locale: 'pl-PL' });
    await pl.start();
    expect(textOf(await pl.say('Dostałem mandat z Holandii'))).toMatch(/Płatność z zagranicy/);
    // A fine from another country still gets the European fine.
    const be = app.conversation({ locale: 'en-GB' });
    await be.start();
    expect(textOf(await be.say('I got a fine from Belgium'))).toMatch(/another EU country/);
  });

  it('"I don\'t understand Dutch" switches to the language the citizen writes in, not to Dutch', async () => {
    const en = app.conversation({ locale: 'nl-NL' });
    await en.start();
    await en.say('Ik wil mijn boete opzoeken');
    const switched = textOf(await en.say("Sorry, I don't speak Dutch"));
    expect(switched).toMatch(/I will continue in English/);
    expect(switched).toMatch(/CJIB number/);
    const de = app.conversation({ locale: 'nl-NL' });
    await de.start();
    expect(textOf(await de.say('Ich verstehe kein Niederländisch'))).toMatch(/auf Deutsch/);
    const pl = app.conversation({ locale: 'nl-NL' });
    await pl.start();
    expect(textOf(await pl.say('Nie rozumiem po niderlandzku'))).not.toMatch(/Nederlands/);
  });

  it('callback: a national number from abroad is asked with its country code; an ordinal for the part of the day is taken', async () => {
    const de = app.conversation({ channelId: 'telephony', locale: 'de-DE' });
    await de.start();
    await de.say('Mitarbeiter');
    await de.say('eins');
    expect(textOf(await de.say('null eins fünf eins zwei drei vier fünf sechs sieben acht neun'))).toMatch(
      /Landesvorwahl/,
    );
    expect(
      textOf(await de.say('plus vier neun eins fünf eins zwei drei vier fünf sechs sieben acht neun')),
    ).toMatch(/Wann/);
    expect(textOf(await de.say('zwei'))).toMatch(/Nachmittag/);
    const nl = app.conversation({ channelId: 'sms', locale: 'nl-NL' });
    await nl.start();
    await nl.say('Medewerker spreken');
    await nl.say('ja');
    await nl.say('0612345678');
    expect(textOf(await nl.say('de tweede'))).toMatch(/middag/);
    const en = app.conversation({ locale: 'en-GB' });
    await en.start();
    await en.say('I want to speak to a person');
    await en.say('yes');
    // A British mobile without +44 could be read as a Dutch number: the country code is asked for.
    expect(textOf(await en.say('07700 900123'))).toMatch(/country code/);
    expect(textOf(await en.say('+44 7700 900123'))).toMatch(/When would you prefer/);
  });

  it('how to pay, asked by a citizen abroad, names the IBAN on the letter', async () => {
    const de = app.conversation({ channelId: 'sms', locale: 'de-DE' });
    await de.start();
    await de.say('Mein Bußgeld nachsehen');
    await de.say('0543793058155523');
    await de.say('47533');
    expect(textOf(await de.say('1'))).toMatch(/IBAN aus Ihrem Schreiben/);
  });

  it('phone: a postcode said with a dash ("sześć jeden myślnik zero zero jeden") is taken', async () => {
    const pl = app.conversation({ channelId: 'telephony', locale: 'pl-PL' });
    await pl.start();
    await pl.say('Chcę sprawdzić mój mandat');
    await pl.say(
      'jeden sześć dwa cztery sześć osiem dziewięć sześć trzy zero trzy dwa trzy trzy pięć dziewięć',
    );
    expect(textOf(await pl.say('sześć jeden myślnik zero zero jeden'))).toMatch(/167/);
  });

  it('"what happens if I don\'t pay?" hears about reminders and increases, in Polish too', async () => {
    const pl = app.conversation({ locale: 'pl-PL' });
    await pl.start();
    expect(textOf(await pl.say('Co się stanie, jeśli nie zapłacę?'))).toMatch(/upomnienie/);
    const de = app.conversation({ locale: 'de-DE' });
    await de.start();
    expect(textOf(await de.say('Ich kann nicht zahlen'))).toMatch(/Notstopp/);
  });

  it('callback: number and part of the day in one message are both taken', async () => {
    const en = app.conversation({ locale: 'en-GB' });
    await en.start();
    await en.say('I want to speak to a person');
    expect(textOf(await en.say('yes, call me on +49 151 23456789 in the afternoon'))).toMatch(
      /call you on the next working day in the afternoon/,
    );
    const nl = app.conversation({ locale: 'nl-NL' });
    await nl.start();
    await nl.say('Ik wil een medewerker spreken');
    await nl.say('ja');
    expect(textOf(await nl.say('06 11 22 33 44'))).toMatch(/Wanneer/);
  });

  it('"Can you call me back?" is a request for a person: the callback is offered, in each language', async () => {
    for (const [locale, text, offer] of [
      ['en-GB', 'Can you call me back tomorrow morning?', /call you back/],
      ['de-DE', 'Können Sie mich zurückrufen?', /zurückruft/],
      ['pl-PL', 'Czy możecie do mnie zadzwonić?', /oddzwonił/],
      ['nl-NL', 'Kunt u mij terugbellen?', /terugbelt/],
    ] as const) {
      const c = app.conversation({ locale });
      await c.start();
      expect(textOf(await c.say(text))).toMatch(offer);
    }
  });

  it('an evening greeting is not answered with a daytime one, in each language', async () => {
    const cases: Array<[string, string, RegExp]> = [
      ['de-DE', 'Guten Abend', /Wie kann ich Ihnen helfen/],
      ['en-GB', 'Good evening', /How can I help you/],
      ['nl-NL', 'Goedenavond', /Waarmee kan ik u helpen/],
      ['pl-PL', 'Dobry wieczór', /W czym mogę pomóc/],
    ];
    for (const [locale, text, help] of cases) {
      const c = app.conversation({ locale });
      await c.start();
      const replies = textOf(await c.say(text));
      expect(replies).toMatch(help);
      expect(replies).not.toMatch(/Guten Tag!|Goedendag!|Dzień dobry!|Good day!/);
    }
  });

  it('callback: a national number without its country code is asked again with the country code, in each language', async () => {
    const cases: Array<[string, string, string, RegExp]> = [
      ['pl-PL', 'Chcę rozmawiać z pracownikiem', 'tak', /numerem kierunkowym kraju, na przykład \+48/],
      ['en-GB', 'I want to speak to a person', 'yes', /include the country code, for example \+48/],
      [
        'de-DE',
        'Ich möchte mit einem Mitarbeiter sprechen',
        'ja',
        /mit Ländervorwahl ein, zum Beispiel \+49/,
      ],
      ['nl-NL', 'Medewerker spreken', 'ja', /met het landnummer, bijvoorbeeld \+48/],
    ];
    for (const [locale, ask, yes, retry] of cases) {
      const c = app.conversation({ channelId: 'sms', locale });
      await c.start();
      await c.say(ask);
      await c.say(yes);
      expect(textOf(await c.say('601 234 567'))).toMatch(retry);
    }
  });

  it('"What are your opening hours?" hears when staff answer the chat, not only the phone numbers', async () => {
    // (The hours said are the OFFICE_HOURS setting's, here one minute on Sunday: see contactStaffHours.test.ts.)
    const cases: Array<[string, string, RegExp]> = [
      ['en-GB', 'What are your opening hours?', /answer this chat Sunday, 03:00 to 03:01/],
      ['nl-NL', 'Wat zijn jullie openingstijden?', /beantwoorden deze chat zondag, 3\.00 tot 3\.01 uur/],
      ['de-DE', 'Wann sind Sie erreichbar?', /in diesem Chat Sonntag, 3:00 bis 3:01 Uhr/],
      ['pl-PL', 'W jakich godzinach jesteście dostępni?', /na tym czacie w niedzielę, 3:00–3:01/],
    ];
    for (const [locale, question, hours] of cases) {
      const c = app.conversation({ locale });
      await c.start();
      expect(textOf(await c.say(question))).toMatch(hours);
    }
  });

  it('callback: "When will you call me back?" after the request hears a working day in the chosen part of the day', async () => {
    const cases: Array<[string, string, string, string, string, RegExp]> = [
      [
        'nl-NL',
        'Medewerker spreken',
        'ja',
        'in de middag',
        'Wanneer belt u mij terug?',
        /werkdag in de middag, tussen 12\.00 en 17\.00 uur/,
      ],
      [
        'en-GB',
        'I want to speak to a person',
        'yes',
        'in the morning',
        'When will you call me back?',
        /working day in the morning, between 8:00 and 12:00/,
      ],
      [
        'de-DE',
        'Ich möchte mit einem Mitarbeiter sprechen',
        'ja',
        'am Nachmittag',
        'Wann rufen Sie mich zurück?',
        /Werktag am Nachmittag an, zwischen 12:00 und 17:00 Uhr/,
      ],
      [
        'pl-PL',
        'Chcę rozmawiać z pracownikiem',
        'tak',
        'rano',
        'Kiedy do mnie oddzwonicie?',
        /dzień roboczy rano, między 8:00 a 12:00/,
      ],
    ];
    for (const [locale, ask, yes, part, when, answer] of cases) {
      const c = app.conversation({ locale });
      await c.start();
      await c.say(ask);
      await c.say(yes);
      await c.say('+48 601 234 567');
      await c.say(part);
      expect(textOf(await c.say(when))).toMatch(answer);
    }
  });

  it('"I only speak English" mid-lookup switches the language and asks the question again in it', async () => {
    const c = app.conversation({ locale: 'nl-NL' });
    await c.start();
    await c.say('boete opzoeken');
    expect(textOf(await c.say('9698948614580658'))).toMatch(/Wat is de postcode/);
    const replies = textOf(await c.say('Sorry, what do you mean? I only speak English'));
    expect(replies).toMatch(/postcode/i);
    expect(replies).not.toMatch(/Wat is de postcode|geen geldige postcode|not a valid postcode/i);
    expect(replies).toMatch(/What is|your postcode/);

    const de = app.conversation({ locale: 'nl-NL' });
    await de.start();
    await de.say('boete opzoeken');
    await de.say('9698948614580658');
    expect(textOf(await de.say('Entschuldigung, ich spreche nur Deutsch'))).toMatch(/Postleitzahl/);

    const pl = app.conversation({ locale: 'nl-NL' });
    await pl.start();
    await pl.say('boete opzoeken');
    await pl.say('9698948614580658');
    expect(textOf(await pl.say('Przepraszam, mówię tylko po polsku'))).toMatch(/kod pocztowy/);
  });
});
