/**
 * From a blind sweep of lookup and arrangement conversations: an amount said after "I can" without a
 * verb or "a month" ("ich kann nur 30 Euro", "mogę 20 euro") is kept as what the citizen can pay a
 * month; the letter's number given at the offer of a person ("ok hier: 9698 …") goes on with the
 * lookup; "is dit veilig?" while the number is asked is why it is asked, briefly; "I already paid"
 * after the lookup is answered from the record, "what does that mean?" right after it the stages shown,
 * "ile to kosztuje razem?" the total; "nee toch niet, ik betaal alles in 1 keer" at the schedule pays
 * in full.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { useArrangementRound } from '../support/arrangementRound';
import type { Lang } from '../support/languages';
import { textOf } from '../support/testApp';

describe('an amount after "I can" at the schedule or the offer of a person', () => {
  const round = useArrangementRound();

  it.each([
    ['de', ['zu hoch, ich kann nur 30 Euro'], /30,00 € im Monat ist weniger als die 45,95 €/],
    ['pl', ['za wysoka rata', 'mogę 20 euro'], /20,00 € miesięcznie to mniej niż 45,95 €/],
    ['nl', ['te hoog', 'ik kan maar 25'], /€ 25,00 per maand is minder dan de € 45,95/],
    ['en', ['I can only do 20'], /€20\.00 a month is less than the €45\.95/],
  ] as const)('%s %j: the amount is answered and passed on', async (lang: Lang, said, answered) => {
    const c = round.talk(lang);
    await c.start();
    await round.schedule(c, 'D02', lang);
    let reply = '';
    for (const m of said) reply = textOf(await c.say(m));
    expect(reply).toMatch(answered);
    expect(reply).toMatch(/medewerker|member of staff|Mitarbeiter|pracownik/);
  });
});

describe('an amount in words on the phone', () => {
  const round = useArrangementRound();

  it('en telephony: "I can only pay twenty" at the schedule is that amount a month', async () => {
    const c = round.talk('en', 'telephony');
    await c.start();
    await round.schedule(c, 'D01', 'en');
    expect(textOf(await c.say('I can only pay twenty'))).toMatch(/20 euros a month is less than/);
  });
});

describe('"I already paid" while the number or the postcode is asked', () => {
  const round = useArrangementRound();
  const START = {
    nl: 'boete opzoeken',
    en: 'look up my fine',
    de: 'Bußgeld nachsehen',
    pl: 'sprawdź mandat',
  };
  const PAID = {
    nl: 'ik heb al betaald',
    en: 'I already paid',
    de: 'ich habe schon bezahlt',
    pl: 'już zapłaciłem',
  };
  const NOT_SEEN = {
    nl: /Ik zie die betaling nog niet bij: Snelheidsovertreding/,
    en: /I do not see that payment yet for: Speeding/,
    de: /Ich sehe diese Zahlung noch nicht bei: Geschwindigkeit/,
    pl: /Przekroczenie prędkości/,
  };

  it.each(['nl', 'en', 'de', 'pl'] as const)(
    '%s: at the number, kept and answered from the fines found',
    async (lang) => {
      const c = round.talk(lang);
      await c.start();
      await c.say(START[lang]);
      const kept = textOf(await c.say(PAID[lang]));
      expect(kept).toMatch(/CJIB/);
      expect(kept).not.toMatch(/klacht|complaint|Beschwerde|skarg/);
      await c.say('3338082450532785');
      expect(textOf(await c.say('3512KL'))).toMatch(NOT_SEEN[lang]);
    },
  );

  it('nl: in the arrangement, at the postcode: answered before the schedule', async () => {
    const c = round.talk('nl');
    await c.start();
    await c.say('regeling');
    await c.say('3338082450532785');
    expect(textOf(await c.say('ik heb al betaald'))).toMatch(/zodra ik uw boetes zie/);
    const schedule = textOf(await c.say('3512KL'));
    expect(schedule).toMatch(/Ik zie die betaling nog niet bij[\s\S]*€ 45,95 per maand/);
  });
});

describe('a changed mind at the schedule', () => {
  const round = useArrangementRound();

  it.each([
    ['nl', 'nee toch niet, ik betaal alles in 1 keer', /geen betalingsregeling aan[\s\S]*€ 551,50/],
    ['en', 'no actually not, I will pay it all at once', /not request a payment arrangement[\s\S]*€551\.50/],
    ['de', 'nein doch nicht, ich zahle alles auf einmal', /keine Ratenzahlung[\s\S]*551,50 €/],
    ['pl', 'jednak nie, zapłacę wszystko od razu', /nie składam wniosku[\s\S]*551,50 €/],
  ] as const)('%s "%s": nothing requested, the total to pay', async (lang: Lang, said, answer) => {
    const c = round.talk(lang);
    await c.start();
    await round.schedule(c, 'D02', lang);
    const reply = textOf(await c.say(said));
    expect(reply).toMatch(answer);
    // Not the term table.
    expect(reply).not.toMatch(/€ 4\.000|EUR 4,000|4\.000 €|4000 EUR/);
  });
});

describe('the lookup', () => {
  const assistant = useTestApp(FAST_TYPIST);
  const LOOK_UP = {
    nl: 'boete opzoeken',
    en: 'look up my fine',
    de: 'Bußgeld nachsehen',
    pl: 'sprawdź mandat',
  };
  const LOCALE = { nl: 'nl-NL', en: 'en-GB', de: 'de-DE', pl: 'pl-PL' } as const;

  it.each([
    ['nl', 'ik heb de brief niet bij de hand', 'ok hier: 9698948614580658', '8911AB', /€ 129,00/],
    ['en', "I don't have the letter with me", 'ok found it: 9698 9486 1458 0658', '8911AB', /€129\.00/],
    ['de', 'ich habe den Brief nicht da', 'ja hier: 0543793058155523', '47533', /4\.359,00 €/],
    ['pl', 'nie mam pisma przy sobie', 'ok mam: 1624689630323359', '61-001', /167,00 €/],
  ] as const)(
    '%s: the number found after all at the offer of a person goes on with the lookup',
    async (lang: Lang, noLetter, found, postcode, total) => {
      const c = await assistant.open({ locale: LOCALE[lang] });
      await c.say(LOOK_UP[lang]);
      await c.say(noLetter);
      const next = textOf(await c.say(found));
      expect(next).toMatch(/postcode|Postleitzahl|kod pocztowy/i);
      expect(next).not.toMatch(/terugbelt|call you back|zurückruft|oddzwoni/);
      expect(textOf(await c.say(postcode))).toMatch(total);
    },
  );

  it.each([
    ['nl', 'is dit veilig?', /geen naam en geen BSN/],
    ['en', 'is it safe to give my number here?', /no name and no BSN/],
    ['de', 'ist das sicher?', /keinen Namen und keine BSN/],
    ['pl', 'czy to bezpieczne?', /ani nazwiska, ani numeru BSN/],
  ] as const)(
    '%s "%s" while the number is asked: why it is asked, then the number again',
    async (lang: Lang, question, why) => {
      const c = await assistant.open({ locale: LOCALE[lang] });
      await c.say(LOOK_UP[lang]);
      const reply = textOf(await c.say(question));
      expect(reply).toMatch(why);
      expect(reply).toMatch(/CJIB/);
      // Not the whole privacy statement (chain partners, rights, the algorithm register).
      expect(reply).not.toMatch(/algoritme|algorithm|Algorithmen|algorytm/);
    },
  );

  it.each([
    [
      'nl',
      '2166002043392129',
      '2511 CV',
      'ik heb al betaald toch?',
      /Dat klopt: volgens onze gegevens is alles betaald/,
    ],
    [
      'pl',
      '2166002043392129',
      '2511 CV',
      'przecież już zapłaciłem',
      /Zgadza się: według naszych danych wszystko jest zapłacone/,
    ],
    ['en', '3338082450532785', '3512KL', 'but I already paid', /I do not see that payment yet for: Speeding/],
    [
      'de',
      '3338082450532785',
      '3512KL',
      'ich habe doch schon bezahlt',
      /Ich sehe diese Zahlung noch nicht bei: Geschwindigkeit/,
    ],
  ] as const)(
    '%s: "I already paid" after the lookup is answered from the record',
    async (lang: Lang, number, postcode, said, answered) => {
      const c = await assistant.open({ locale: LOCALE[lang] });
      await c.say(LOOK_UP[lang]);
      await c.say(number);
      await c.say(postcode);
      const reply = textOf(await c.say(said));
      expect(reply).toMatch(answered);
      // Not the general text on wrong references and crossed reminders.
      expect(reply).not.toMatch(/klacht|complaint|Beschwerde|skarg/);
    },
  );

  it.each([
    ['nl', 'wat betekent dat?', /“Eerste aanmaning” bij Snelheidsovertreding/],
    ['en', 'what does that mean?', /“First reminder” for Speeding/],
    ['de', 'was bedeutet das?', /„Erste Mahnung“ bei Geschwindigkeitsüberschreitung/],
    ['pl', 'co to znaczy?', /„Pierwsze upomnienie”/],
  ] as const)(
    '%s "%s" right after the overview: what the stages shown mean',
    async (lang: Lang, question, meaning) => {
      const c = await assistant.open({ locale: LOCALE[lang] });
      await c.say(LOOK_UP[lang]);
      await c.say('3338082450532785');
      await c.say('3512KL');
      expect(textOf(await c.say(question))).toMatch(meaning);
    },
  );

  it.each([
    ['pl', 'ile to kosztuje razem?', /551,50 €/],
    ['nl', 'hoeveel kost het samen?', /Samen moet u nog € 551,50 betalen/],
    ['en', 'how much does it cost in total?', /€551\.50/],
    ['de', 'wie viel kostet das insgesamt?', /551,50 €/],
  ] as const)(
    '%s "%s" after the overview: the total, not the overview again',
    async (lang: Lang, question, total) => {
      const c = await assistant.open({ locale: LOCALE[lang] });
      await c.say(LOOK_UP[lang]);
      await c.say('3338082450532785');
      await c.say('3512KL');
      const reply = await c.say(question);
      expect(textOf(reply)).toMatch(total);
      expect(reply.some((a) => a.attachments?.length)).toBe(false);
    },
  );

  it.each([
    ['en', 'is this a real CJIB chat?', /digital assistant, a computer program/],
    ['nl', 'is dit een echte cjib chat?', /digitale assistent van het CJIB, een computerprogramma/],
  ] as const)(
    '%s "%s" after the overview: who answers, not "which of these"',
    async (lang: Lang, question, who) => {
      const c = await assistant.open({ locale: LOCALE[lang] });
      await c.say(LOOK_UP[lang]);
      await c.say('9698948614580658');
      await c.say('8911AB');
      expect(textOf(await c.say(question))).toMatch(who);
    },
  );

  it('nl: no letter received, asked after the lookup: no offer to look the fine up again', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('boete opzoeken');
    await c.say('9698948614580658');
    await c.say('8911AB');
    const reply = textOf(await c.say('klopt dit wel? ik heb nooit een brief gehad'));
    expect(reply).toMatch(/Digitaal Loket/);
    expect(reply).not.toMatch(/Dan kan ik uw boete hier opzoeken|Mijn boete opzoeken/);
  });

  it('nl: a text message asked about mid-lookup is still the scam answer', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('boete opzoeken');
    expect(textOf(await c.say('ik kreeg een sms van het cjib, is dit veilig?'))).toMatch(/nooit/);
  });
});
