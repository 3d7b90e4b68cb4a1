import { I18nLocalizer } from '../../bot/i18n';

/** "24 raty", "12 rat", "3 miesiące": a number's noun in the form Polish needs for that number. */
describe('counted nouns in Polish texts', () => {
  const localizer = I18nLocalizer.create();
  const vars = { monthly: '103,33 €', firstDue: '1 stycznia 2027', contact: 'a@b.pl', total: '2 480,00 €' };

  it.each([
    [24, 'razem 24 raty po'],
    [3, 'razem 3 raty po'],
    [12, 'razem 12 rat po'],
    [36, 'razem 36 rat po'],
    [22, 'razem 22 raty po'],
  ])('pay.interest with %i instalments says "%s"', (months, expected) => {
    expect(localizer.t('pl', 'arrangement:pay.interest', { ...vars, months })).toContain(expected);
  });

  it('pay.lastDue: "Płaci Pan/Pani 24 raty."', () => {
    expect(localizer.t('pl', 'arrangement:pay.lastDue', { last: 'x', lastDue: 'y', months: 24 })).toContain(
      'Płaci Pan/Pani 24 raty.',
    );
  });

  it.each([
    [24, '24 miesięczne raty po'],
    [18, '18 miesięcznych rat po'],
  ])('plan.totalAnswer with %i says "%s"', (months, expected) => {
    expect(localizer.t('pl', 'arrangement:plan.totalAnswer', { ...vars, months })).toContain(expected);
  });

  it.each([
    [24, 'oznacza to 24 miesiące.'],
    [3, 'oznacza to 3 miesiące.'],
    [12, 'oznacza to 12 miesięcy.'],
  ])('terms.own with %i says "%s"', (months, expected) => {
    expect(localizer.t('pl', 'arrangement:terms.own', { total: '2 480,00 €', range: 'x', months })).toContain(
      expected,
    );
  });

  it('guidance: "(24 miesiące)", "24 miesiące po"', () => {
    const own = { own: '50,00 €', monthly: '103,33 €', months: 24 };
    expect(localizer.t('pl', 'guidance:ownAmount.below', own)).toContain('(24 miesiące)');
    expect(localizer.t('pl', 'guidance:ownAmount.fits', own)).toContain('(24 miesiące)');
    expect(localizer.t('pl', 'guidance:terms.severalTotal', { ...vars, months: 24 })).toContain('24 miesiące po');
  });

  it.each([
    [3, 'Naliczyłem 3 cyfry,'],
    [15, 'Naliczyłem 15 cyfr,'],
    [1, 'Naliczyłem 1 cyfrę,'],
  ])('lookup:number.retryCount with %i says "%s"', (count, expected) => {
    expect(localizer.t('pl', 'lookup:number.retryCount', { count })).toContain(expected);
  });

  it('lookup:standing.overdueSeveral: "nie zapłacono jeszcze 3 rat" (genitive after the negation)', () => {
    const several = localizer.t('pl', 'lookup:standing.overdueSeveral', { count: 3, amount: 'x', date: 'y' });
    expect(several).toContain('nie zapłacono jeszcze 3 rat (razem x)');
  });

  it('other languages keep their plain number', () => {
    expect(localizer.t('nl', 'arrangement:pay.lastDue', { last: 'x', lastDue: 'y', months: 24 })).toContain(
      'U betaalt 24 termijnen.',
    );
    expect(localizer.t('de', 'arrangement:terms.own', { total: 'x', range: 'y', months: 24 })).toMatch(/24/);
  });
});
