/**
 * A monthly amount named before the schedule ("ich kann 50 im Monat", "mogę płacić 30 euro
 * miesięcznie", "I can only do 20 a month") is not lost: under the schedule the citizen hears that it
 * fits the monthly amount, or that less a month needs a personal arrangement (DOMAIN.md §1.4), and
 * "too high" then offers a person with that amount passed on.
 */
import { useArrangementRound } from '../support/arrangementRound';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { textOf } from '../support/testApp';
import type { Lang } from '../support/languages';

const FITS = {
  de: /mit 50,00 € im Monat können Sie die Monatsrate also bezahlen/,
  pl: /przy 30,00 € miesięcznie rata jest do udźwignięcia/,
  nl: /met € 50,00 per maand/,
  en: /with €60\.00 a month you can pay the monthly amount/,
};
const LESS = {
  en: /€20\.00 a month is less than the €45\.95 a month/,
  de: /20,00 € im Monat ist weniger als die 45,95 € im Monat/,
  nl: /€ 25,00 per maand is minder dan de € 45,95 per maand/,
  pl: /20,00 € miesięcznie/,
};
const PERSON = /member of (CJIB )?staff|Mitarbeiter|medewerker|pracownik/i;

describe('payment arrangement: a monthly amount given before the schedule', () => {
  const round = useArrangementRound();

  it.each([
    ['de', 'Ich möchte in Raten zahlen, ich kann 50 im Monat', 'D02'],
    ['pl', 'mogę płacić 30 euro miesięcznie', 'D01'],
    ['nl', 'hoi, ik wil graag 50 euro per maand afbetalen', 'D01'],
    ['en', 'payment plan please, I could pay sixty euros a month', 'D02'],
  ] as const)('%s "%s": the schedule, and that the amount fits it', async (lang: Lang, opening, debtor) => {
    const c = round.talk(lang);
    await c.start();
    await c.say(opening);
    await c.say(DEMO_DEBTORS[debtor].number);
    const schedule = textOf(await c.say(DEMO_DEBTORS[debtor].postcode));
    expect(schedule).toMatch(FITS[lang]);
  });

  it.each([
    ['en', 'I want a payment plan, I can only do 20 a month', 'zu hoch'],
    ['de', 'Ratenzahlung bitte, ich kann nur 20 im Monat', 'zu hoch'],
    ['nl', 'ik wil een betalingsregeling maar kan maximaal 25 euro per maand', 'te hoog'],
  ] as const)(
    '%s "%s": less a month is a personal arrangement; too high then offers a person',
    async (lang: Lang, opening, tooHigh) => {
      const c = round.talk(lang);
      await c.start();
      await c.say(opening);
      await c.say(DEMO_DEBTORS.D02.number);
      const schedule = textOf(await c.say(DEMO_DEBTORS.D02.postcode));
      expect(schedule).toMatch(LESS[lang]);
      const offer = textOf(await c.say(tooHigh));
      // (Said under the schedule a moment ago: not again, only the person offered.)
      expect(offer).not.toMatch(LESS[lang]);
      expect(offer).toMatch(PERSON);
    },
  );

  it.each([
    ['pl', 'chcę raty na 6 miesięcy, mogę płacić 25 euro', /mniej niż 75,00 €/],
    ['nl', 'regeling graag, ik kan 25 euro betalen', /minder dan € 75,00/],
    ['en', 'payment plan please, I can pay 25', /less than €75\.00/],
  ] as const)(
    '%s "%s": an amount offered is no amount owed below the minimum',
    async (lang: Lang, opening, belowMinimum) => {
      const c = round.talk(lang);
      await c.start();
      expect(textOf(await c.say(opening))).not.toMatch(belowMinimum);
    },
  );
});
