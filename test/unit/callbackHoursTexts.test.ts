import { I18nLocalizer, loadLocaleResources } from '../../bot/i18n';
import { SUPPORTED_LOCALES } from '../../domain/language/locale';

/** The callback hours an operator keeps in locales/<lng>/operator.json reach every callback text. */
describe('callback hours from the operator values', () => {
  const KEYS = [
    'handoff:callbackRequested',
    'handoff:callback.partUnclear',
    'handoff:callback.timing',
    'handoff:callback.when.morning',
    'handoff:callback.when.afternoon',
    'handoff:phone.offerCallback',
  ];

  it.each(SUPPORTED_LOCALES)('%s: the default hours, 8 to 17 with the afternoon from 12', (locale) => {
    const localizer = I18nLocalizer.create();
    for (const key of KEYS) expect(localizer.t(locale, key)).not.toMatch(/\$t\(|operator:/);
    expect(localizer.t(locale, 'handoff:callback.partUnclear')).toMatch(/8[.:]00\D+17[.:]00/);
    expect(localizer.t(locale, 'handoff:callback.when.afternoon')).toMatch(/12[.:]00\D+17[.:]00/);
    const parts = localizer.tObject<Record<string, string>>(locale, 'handoff:callback.part');
    expect(parts.morning).toMatch(/8[.:]00-12[.:]00/);
  });

  it.each(SUPPORTED_LOCALES)('%s: hours changed by the operator are said everywhere', (locale) => {
    const resources = loadLocaleResources();
    const values = (resources[locale].operator as { values: Record<string, string> }).values;
    resources[locale].operator = {
      values: { ...values, callbackFrom: '9.30', callbackMidday: '13.00', callbackUntil: '16.30' },
    };
    const localizer = I18nLocalizer.create(resources);
    for (const key of KEYS) expect(localizer.t(locale, key)).not.toMatch(/(?<!\d)(8|17)[.:]00/);
    expect(localizer.t(locale, 'handoff:callback.timing')).toMatch(/9\.30\D+16\.30/);
    expect(localizer.t(locale, 'handoff:callback.when.morning')).toMatch(/9\.30\D+13\.00/);
    expect(localizer.tObject<Record<string, string>>(locale, 'handoff:callback.part').afternoon).toMatch(
      /13\.00-16\.30/,
    );
  });
});
