/**
 * A number of months wished for before the schedule ("I would like to pay over 12 months", "ik wil een
 * betalingsregeling van 24 maanden", "Ratenzahlung in 3 Raten", "w 24 ratach") is not lost: when the
 * term table (DOMAIN.md §1.3) gives other months, the citizen hears under the schedule which band those
 * months belong to and what is possible instead; months that are the table's own need no word.
 */
import { useArrangementRound } from '../support/arrangementRound';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { textOf } from '../support/testApp';
import type { Lang } from '../support/languages';

describe('payment arrangement: months wished for before the schedule', () => {
  const round = useArrangementRound();

  it.each([
    [
      'en',
      'I would like to pay over 12 months please',
      'D01',
      /which gives 6 months[\s\S]*12 months go with an amount of EUR 450 up to EUR 1,250/,
    ],
    [
      'nl',
      'ik wil een betalingsregeling van 24 maanden',
      'D02',
      /daarbij horen 12 maanden[\s\S]*24 maanden hoort bij een bedrag in de groep € 2\.000 tot € 3\.000/,
    ],
    [
      'de',
      'Ratenzahlung in 3 Raten bitte',
      'D02',
      /dazu gehören 12 Monate[\s\S]*3 Monate gehören zu einem Betrag in der Gruppe bis 120 €[\s\S]*schneller fertig/,
    ],
    ['pl', 'chcę spłacić mandat w 24 ratach', 'D02', /oznacza to 12 miesięcy[\s\S]*24/],
  ] as const)(
    '%s "%s": under the schedule, the band of those months',
    async (lang: Lang, opening, debtor, said) => {
      const c = round.talk(lang);
      await c.start();
      await c.say(opening);
      await c.say(DEMO_DEBTORS[debtor].number);
      expect(textOf(await c.say(DEMO_DEBTORS[debtor].postcode))).toMatch(said);
    },
  );

  it("pl: the months wished are the table's own: the schedule alone", async () => {
    const c = round.talk('pl');
    await c.start();
    await c.say('chcę spłacić mandat w 12 ratach');
    await c.say(DEMO_DEBTORS.D02.number);
    const schedule = textOf(await c.say(DEMO_DEBTORS.D02.postcode));
    expect(schedule).toMatch(/w 12 miesięcznych ratach/);
    expect(schedule).not.toMatch(/nie mogę wybrać innej liczby miesięcy/);
  });
});
