import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';
import { DEMO_DEBTORS } from '../support/demoDebtors';

/**
 * A citizen with a reminder in hand asks about their own case before any lookup: "how much now?" gets
 * the amount on the reminder, the increase rule in one sentence and the lookup offered (not the whole
 * text on increases and enforcement); "I already paid but got a reminder" gets the crossing, the late
 * payment's increase, the reference used, the lookup and a person. After a lookup showing the fine
 * paid, that explanation is not said again in full.
 */
const ON_REMINDER =
  /staat op de aanmaning|is on the reminder|finden Sie in der Mahnung|jest podana w upomnieniu/;
const RULE = /1,5 keer|1\.5 times|1,5-Fache|1,5 raza/;
const OFFER =
  /CJIB-nummer \(16 cijfers|CJIB number \(16 digits|CJIB-Nummer \(16 Ziffern|numeru CJIB \(16 cyfr/;
const LONG_TEXT = /deurwaarder|bailiff|Gerichtsvollzieher|komornik/;
const CROSSED =
  /Misschien kruisten|may have crossed|vielleicht überschnitten|Możliwe, że płatność i upomnienie/;
const PROCESSED = /niet precies zeggen|cannot say exactly|nicht genau sagen|nie mogę dokładnie powiedzieć/;
const LATE_INCREASE =
  /geldt de verhoging|increase of the reminder does apply|gilt die Erhöhung|podwyżka z upomnienia obowiązuje/;
const REFERENCE = /betalingskenmerk|payment reference|Verwendungszweck|tytule przelewu/;
const PERSON = /medewerker|member of staff|Mitarbeiter|pracownik/;

describe('a reminder in hand, asked before any lookup', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'ik heb een aanmaning, hoeveel moet ik nu betalen?'],
    ['nl-NL', 'aanmaning gekregen, wat moet ik nu betalen'],
    ['en-GB', 'I got a reminder, how much do I have to pay now?'],
    ['en-US', 'got a payment reminder how much do i owe now'],
    ['de-DE', 'ich habe eine Mahnung bekommen, wie viel muss ich jetzt zahlen?'],
    ['pl-PL', 'dostałem upomnienie, ile mam teraz zapłacić?'],
  ])('%s: "%s" → the amount on the reminder, the rule, the lookup offered', async (locale, message) => {
    const [answer] = await answersTo(assistant, locale, message);
    expect(answer).toMatch(ON_REMINDER);
    expect(answer).toMatch(RULE);
    expect(answer).toMatch(OFFER);
    expect(answer).not.toMatch(LONG_TEXT);
  });

  it.each([
    ['nl-NL', 'ik heb al betaald maar krijg een aanmaning'],
    ['en-GB', 'I already paid but got a reminder'],
    ['en-GB', 'I paid the fine last week and still received a reminder'],
    ['de-DE', 'ich habe schon bezahlt, aber eine Mahnung bekommen'],
    ['pl-PL', 'już zapłaciłem, a dostałem upomnienie'],
  ])(
    '%s: "%s" → crossed, processing not known, late increase, reference, lookup, person',
    async (locale, message) => {
      const [answer] = await answersTo(assistant, locale, message);
      for (const said of [CROSSED, PROCESSED, LATE_INCREASE, REFERENCE, OFFER, PERSON])
        expect(answer).toMatch(said);
      expect(answer).not.toMatch(/twee keer betaald|pay twice|zweimal gezahlt|dwa razy/);
    },
  );

  it.each([
    ['nl-NL', 'ik heb al betaald maar krijg een aanmaning', 'Mijn boete opzoeken', /is dit betaald/],
    ['en-GB', 'I already paid but got a reminder', 'Look up my fine', /this is paid/],
    ['de-DE', 'ich habe schon bezahlt, aber eine Mahnung bekommen', 'Mein Bußgeld nachsehen', /bezahlt/],
    ['pl-PL', 'już zapłaciłem, a dostałem upomnienie', 'Sprawdzić mój mandat', /zapłacone/],
  ])(
    '%s: after the lookup shows it paid, the explanation is not said again in full',
    async (locale, first, look, paid) => {
      const { number, postcode } = DEMO_DEBTORS.D08;
      const answers = await answersTo(assistant, locale, first, look, number, postcode);
      const after = answers[3]!;
      expect(after).toMatch(paid);
      expect(after).not.toMatch(CROSSED);
      expect(after).not.toMatch(LATE_INCREASE);
      expect(after.length).toBeLessThan(answers[0]!.length / 2);
    },
  );

  it.each([
    [
      'nl-NL',
      'ik heb al betaald maar krijg een aanmaning',
      'hoe lang duurt het verwerken van een betaling?',
      /kan ik niet met zekerheid zeggen/,
    ],
    [
      'en-GB',
      'I already paid but got a reminder',
      'how long does processing a payment take?',
      /I cannot say for certain|do not have reliable information/,
    ],
    [
      'de-DE',
      'ich habe schon bezahlt, aber eine Mahnung bekommen',
      'wie lange dauert die Verarbeitung der Zahlung?',
      /kann ich nicht sicher sagen|keine verlässlichen Informationen/,
    ],
    [
      'pl-PL',
      'już zapłaciłem, a dostałem upomnienie',
      'jak długo trwa zaksięgowanie płatności?',
      /[Nn]ie mogę powiedzieć na pewno|wiarygodnych informacji/,
    ],
  ])(
    '%s: "how long does processing take?" after it: honestly not known, not the whole text again',
    async (locale, first, howLong, unknown) => {
      const [, answer] = await answersTo(assistant, locale, first, howLong);
      expect(answer).toMatch(unknown);
      expect(answer).not.toMatch(
        /Misschien kruisten|may have crossed|vielleicht überschnitten|Możliwe, że płatność/,
      );
    },
  );

  it('en: the same question after the lookup answers from the record, without offering the lookup again', async () => {
    const { number, postcode } = DEMO_DEBTORS.D02;
    const answers = await answersTo(
      assistant,
      'en-GB',
      'how much do I still have to pay',
      number,
      postcode,
      'I got a reminder, how much do I have to pay now?',
    );
    expect(answers[3]).toMatch(/€551\.50/);
    expect(answers[3]).not.toMatch(OFFER);
  });

  it.each([
    ['nl-NL', 'ik heb al betaald maar krijg een aanmaning', 'hoe kan dat?', /Hier is het nog eens/],
    ['en-GB', 'I already paid but got a reminder', 'how come?', /Here it is once more/],
  ])(
    '%s: "%s", then "%s": that answer once more, not the general text on payment problems',
    async (locale, first, again, onceMore) => {
      const [, repeated] = await answersTo(assistant, locale, first, again);
      expect(repeated).toMatch(onceMore);
      expect(repeated).toMatch(CROSSED);
      expect(repeated).toMatch(LATE_INCREASE);
    },
  );
});
