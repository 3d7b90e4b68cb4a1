import { mentionsIncome, withoutIncomeAmounts } from '../../../domain/arrangement/incomeAmount';
import { ownAmountThatFits } from '../../../domain/arrangement/ownAmountFits';
import { ownMonthlyAmountCents } from '../../../domain/arrangement/ownMonthlyAmount';
import { scheduleObjection } from '../../../domain/arrangement/scheduleObjection';

describe('an income or rent amount at the proposed schedule', () => {
  it.each([
    ['te duur, ik verdien maar 1100 euro per maand', 110000],
    ['mijn huur is al 900 per maand, dit lukt niet', 90000],
    ['ik heb een inkomen van 1.350 per maand', 135000],
    ['mijn salaris is € 1800 per maand', 180000],
    ['too expensive, I only earn 1100 a month', 110000],
    ['my rent is 950 a month, I cannot do this', 95000],
    ['zu teuer, ich verdiene nur 1200 im monat', 120000],
    ['meine Miete ist schon 800 im Monat', 80000],
    ['mein Gehalt ist 1500 pro Monat, das ist zu viel', 150000],
    ['za drogo, zarabiam tylko 3000 zł miesięcznie', 300000],
    ['mój czynsz to 1500 miesięcznie', 150000],
    ['moja pensja to 2500 na miesiąc, za drogo', 250000],
  ])('"%s" offers no monthly amount of its own', (answer, recognised) => {
    expect(mentionsIncome(answer)).toBe(true);
    expect(ownMonthlyAmountCents(answer, recognised)).toBeUndefined();
    expect(ownAmountThatFits(answer, recognised, 7888)).toBeUndefined();
  });

  it.each([
    'te duur, ik verdien maar 1100 euro per maand',
    'mijn huur is al 900 per maand, dit lukt niet',
    'too expensive, I only earn 1100 a month',
    'zu teuer, ich verdiene nur 1200 im monat',
    'za drogo, zarabiam tylko 3000 zł miesięcznie',
  ])('"%s" with a complaint: the monthly amount is too high', (answer) =>
    expect(scheduleObjection(answer)).toBe('tooHigh'),
  );

  it('an amount offered beside the income still counts', () => {
    expect(ownMonthlyAmountCents('ik verdien 1100, kan ik 100 per maand betalen?', 110000)).toBe(10000);
    expect(ownMonthlyAmountCents('I earn 1100 a month but can pay 90 a month', 110000)).toBe(9000);
    expect(withoutIncomeAmounts('mijn huur is 900 en ik kan 50 per maand')).not.toMatch(/900/);
  });

  it.each([
    ['too much, I get about 900 a month from benefits, I could do 30 a month', 3000],
    ['I live on benefits, I could do 30 a month', 3000],
    ['ik krijg 1100 per maand van de bijstand, ik kan 40 per maand', 4000],
    ['ich bekomme 950 im Monat Bürgergeld, ich kann 25 im Monat zahlen', 2500],
    ['dostaję 2000 miesięcznie zasiłku, mogę płacić 50 miesięcznie', 5000],
  ])('"%s": the income is never the amount offered out of it', (answer, cents) => {
    expect(ownMonthlyAmountCents(answer, undefined)).toBe(cents);
    expect(ownAmountThatFits(answer, undefined, 7888)).toBeUndefined();
  });

  it('two income amounts and no offer: none of them is offered', () => {
    expect(ownMonthlyAmountCents('ik heb 1100 netto per maand en de huur is 900 per maand', 110000)).toBeUndefined();
  });

  it.each([
    ['kan ik 50 euro per maand betalen?', 5000],
    ['I can pay 100 a month', 10000],
    ['Ich kann 150 im Monat zahlen', 15000],
  ])('"%s" is still an amount of its own', (answer, cents) => {
    expect(mentionsIncome(answer)).toBe(false);
    expect(ownMonthlyAmountCents(answer, cents)).toBe(cents);
  });

  it.each(['komt er rente bij?', 'current amount', 'es lohnt sich nicht'])('"%s" names no income', (answer) =>
    expect(mentionsIncome(answer)).toBe(false),
  );
});
