import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

/**
 * "Wat als ik het niet kan betalen?" while the lookup asks for the CJIB number or the postcode: what
 * can be done (an arrangement, the noodstop with debts) and that the lookup tells it for the fine, then
 * the same question again; not where the number is, nor why the postcode is asked, nor a refusal read
 * into "not able to" ("nie będę mógł").
 */
/** What follows when unpaid (a reminder with an increase), then what can be done. */
const INCREASE = /aanmaning.*verhoging|reminder.*increase|Mahnung.*Erhöhung|upomnienie.*podwyższenie/s;
const OPTIONS =
  /betalingsregeling.*noodstop|payment arrangement.*emergency stop|Ratenzahlung.*Notstopp|plan ratalny.*wstrzymanie awaryjne/s;
const WRONG =
  /rechtsboven op de brief van het CJIB, achter|controleer ik dat de boete bij u hoort|I use the postcode to check|oben rechts auf dem Schreiben des CJIB, neben|wolałby Pan/;
const NUMBER_AGAIN =
  /CJIB-nummer op uw brief|CJIB number on your letter|CJIB-Nummer auf Ihrem Schreiben|numer CJIB na (Pana\/Pani )?piśmie/;
const POSTCODE_AGAIN =
  /Wat is de postcode|What is the postcode|Wie lautet die Postleitzahl|Jaki jest kod pocztowy/;

describe('"what if I cannot pay?" while the lookup asks for the number or the postcode', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'boete opzoeken', 'wat als ik het niet kan betalen'],
    ['nl-NL', 'mijn boete opzoeken', 'en als ik t niet kan betalen?'],
    ['en-GB', 'look up my fine', 'what if I cant pay it'],
    ['de-DE', 'Bußgeld nachsehen', 'was wenn ich das nicht bezahlen kann'],
    ['pl-PL', 'sprawdzić mandat', 'a co jeśli nie mogę zapłacić'],
    ['pl-PL', 'sprawdź mój mandat', 'co jeśli nie zapłacę na czas'],
  ])('%s, at the number: "%s" … "%s"', async (locale, start, question) => {
    const c = await assistant.open({ locale });
    await c.say(start);
    const reply = textOf(await c.say(question));
    expect(reply).toMatch(INCREASE);
    expect(reply).toMatch(OPTIONS);
    expect(reply).toMatch(NUMBER_AGAIN);
    expect(reply).not.toMatch(WRONG);
  });

  it.each([
    ['nl-NL', '9698948614580658', 'wat als ik het niet kan betalen', '8911 AB', /€ 129,00/],
    ['en-GB', '9698948614580658', 'what if i cant pay it', '8911 AB', /€129\.00/],
    ['de-DE', '0543793058155523', 'und wenn ich das nicht zahlen kann?', '47533', /4\.359,00 €/],
    ['pl-PL', '1624689630323359', 'a co jeśli nie będę mógł zapłacić?', '61-001', /167,00 €/],
  ])(
    '%s, at the postcode: the answer, the postcode again, then the fines',
    async (locale, number, question, postcode, fine) => {
      const c = await assistant.open({ locale });
      await c.say(
        { nl: 'boete opzoeken', en: 'look up my fine', de: 'Bußgeld nachsehen', pl: 'sprawdzić mandat' }[
          locale.slice(0, 2)
        ] as string,
      );
      await c.say(number);
      const reply = textOf(await c.say(question));
      expect(reply).toMatch(OPTIONS);
      expect(reply).toMatch(POSTCODE_AGAIN);
      expect(reply).not.toMatch(WRONG);
      // The number given before is kept: the postcode finds the fines.
      expect(textOf(await c.say(postcode))).toMatch(fine);
    },
  );
});

describe('"how long do I have?" while the lookup asks for the number or the postcode', () => {
  const assistant = useTestApp(FAST_TYPIST);
  const TERM =
    /8 weken.*op uw brief|8 weeks.*on your letter|8 Wochen.*in Ihrem Schreiben|8 tygodni.*w piśmie/s;
  const DATE_LATER =
    /kan ik u die datum zeggen|I can tell you that date|kann ich Ihnen das Datum sagen|mogę podać ten termin/;
  /** The general answer's offer to look the fine up, while it is being looked up. */
  const OFFER = /Ik kan uw boete voor u opzoeken|I can look up your fine for you|Mogę sprawdzić mandat/;

  it.each([
    ['nl-NL', 'boete checken', 'hoe lang heb ik nog om te betalen?', NUMBER_AGAIN],
    ['nl-NL', 'boete opzoeken', 'hoelang heb ik nog', NUMBER_AGAIN],
    ['en-GB', 'look up my fine', 'how long do I have left to pay?', NUMBER_AGAIN],
    ['de-DE', 'Bußgeld nachsehen', 'wie lange habe ich noch?', NUMBER_AGAIN],
    ['pl-PL', 'sprawdzić mandat', 'do kiedy mam zapłacić?', NUMBER_AGAIN],
  ])('%s, at the number: "%s" … "%s"', async (locale, start, question, again) => {
    const c = await assistant.open({ locale });
    await c.say(start);
    const reply = textOf(await c.say(question));
    expect(reply).toMatch(TERM);
    expect(reply).toMatch(DATE_LATER);
    expect(reply).toMatch(again);
    expect(reply).not.toMatch(OFFER);
  });

  it.each([
    ['nl-NL', 'boete opzoeken', '9698948614580658', 'hoe lang heb ik nog?', '8911 AB', /15 december 2026/],
    ['pl-PL', 'sprawdzić mandat', '1624689630323359', 'ile mam czasu?', '61-001', /22 grudnia 2026/],
    ['de-DE', 'Bußgeld nachsehen', '0543793058155523', 'bis wann muss ich zahlen?', '47533', /4\.359,00 €/],
  ])(
    '%s, at the postcode: the term, the postcode again, then the fines',
    async (locale, start, number, question, postcode, found) => {
      const c = await assistant.open({ locale });
      await c.say(start);
      await c.say(number);
      const reply = textOf(await c.say(question));
      expect(reply).toMatch(TERM);
      expect(reply).toMatch(POSTCODE_AGAIN);
      expect(reply).not.toMatch(OFFER);
      expect(textOf(await c.say(postcode))).toMatch(found);
    },
  );
});

describe('"can I pay it in parts?" while the lookup asks for the number: yes, right after it', () => {
  const assistant = useTestApp(FAST_TYPIST);
  const RIGHT_AFTER =
    /meteen hierna met u aanvragen|request that with you right after|gleich im Anschluss mit Ihnen beantragen|złożyć taki wniosek zaraz potem/;

  it.each([
    [
      'nl-NL',
      'boete opzoeken',
      'kan ik ook in delen betalen?',
      '9698948614580658',
      '8911 AB',
      /€ 21,50 per maand/,
    ],
    [
      'de-DE',
      'Bußgeld nachsehen',
      'kann ich das in Teilen zahlen?',
      '0543793058155523',
      '47533',
      /121,08 € pro Monat/,
    ],
    [
      'pl-PL',
      'sprawdzić mandat',
      'czy mogę zapłacić w częściach?',
      '1624689630323359',
      '61-001',
      /27,83 € miesięcznie/,
    ],
  ])(
    '%s: "%s", "%s" → the schedule after the postcode',
    async (locale, start, question, number, postcode, schedule) => {
      const c = await assistant.open({ locale });
      await c.say(start);
      expect(textOf(await c.say(question))).toMatch(RIGHT_AFTER);
      await c.say(number);
      expect(textOf(await c.say(postcode))).toMatch(schedule);
    },
  );
});
