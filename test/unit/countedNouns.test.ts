import { I18nLocalizer } from '../../bot/i18n';

/** "24 raty", "12 rat", "3 miesiące": a number's noun in the form Polish needs for that number. */
describe('counted nouns in Polish texts', () => {
  const localizer = I18nLocalizer.create();
  const vars = { monthly: '103,33 €', firstDue: '1 stycznia 2027', contact: 'a@b.pl', total: '2 480,00 €' };

  it.each([
    [24, '24 raty po'],
    [3, '3 raty po'],
    [12, '12 rat po'],
    [36, '36 rat po'],
    [22, '22 raty po'],
  ])('confirm.ask with %i instalments says "%s"', (months, expected) => {
    expect(localizer.t('pl', 'arrangement:confirm.ask', { ...vars, months })).toContain(expected);
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

  it('other languages keep their plain number', () => {
    expect(localizer.t('nl', 'arrangement:confirm.ask', { ...vars, months: 24 })).toContain('24 termijnen van');
    expect(localizer.t('de', 'arrangement:terms.own', { total: 'x', range: 'y', months: 24 })).toMatch(/24/);
  });
});
