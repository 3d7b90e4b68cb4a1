import fs from 'node:fs';
import path from 'node:path';
import i18next, { type i18n, type Resource } from 'i18next';
import { SUPPORTED_LOCALES, type Locale } from '../domain/language/locale';
import type { Localizer } from '../domain/ports/localizer';
import type { OfficeHours } from '../domain/officeHours';
import { staffHoursText } from '../dialogs/staffHoursText';

/** The project's `locales/` folder, found from both the sources (ts-jest) and the build (dist/). */
export function localesDir(): string {
  const candidates = [path.resolve(__dirname, '..', 'locales'), path.resolve(__dirname, '..', '..', 'locales')];
  const found = candidates.find((dir) => fs.existsSync(dir));
  if (!found) throw new Error('locales/ folder not found');
  return found;
}

/** Reads every `locales/<lng>/<namespace>.json`; the namespace is the file name. */
export function loadLocaleResources(dir = localesDir()): Resource {
  const resources: Resource = {};
  for (const locale of SUPPORTED_LOCALES) {
    const folder = path.join(dir, locale);
    resources[locale] = {};
    if (!fs.existsSync(folder)) continue;
    for (const file of fs.readdirSync(folder).filter((f) => f.endsWith('.json'))) {
      resources[locale][path.basename(file, '.json')] = JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8'));
    }
  }
  return resources;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * "{{months, counted(unit: months)}}": the number with its noun in the form the language needs for
 * it ("24 miesiące", "12 miesięcy", "1 miesiąc"), from `arrangement:counted.<unit>.<plural category>`
 * (the same four categories in every language, so every locale has the same keys).
 */
function addCountedFormatter(instance: i18n): void {
  const rules = new Map<string, Intl.PluralRules>();
  instance.services.formatter?.add('counted', (value: unknown, lng: string | undefined, options: { unit?: string }) => {
    const locale = lng ?? 'nl';
    let rule = rules.get(locale);
    if (!rule) {
      rule = new Intl.PluralRules(locale);
      rules.set(locale, rule);
    }
    const key = `arrangement:counted.${options.unit ?? ''}.${rule.select(Number(value))}`;
    return instance.exists(key, { lng: locale }) ? instance.t(key, { lng: locale, n: value }) : String(value);
  });
}

/** Keys are literals or built from fixed lists, but a bound keeps a mistake from growing memory. */
const MAX_MEMOISED = 10_000;

/**
 * Localizer on i18next. Missing keys fall back to Dutch, never to the raw key in front of a citizen.
 * The resources never change after start-up, so a text without variables is resolved once per
 * locale and key (i18next's lookup, fallback and nesting cost more than the map lookup, every turn).
 */
export class I18nLocalizer implements Localizer {
  private readonly texts = new Map<string, string>();
  private readonly objects = new Map<string, unknown>();
  private readonly existing = new Map<string, boolean>();

  private constructor(private readonly i18n: i18n) {}

  static create(resources: Resource = loadLocaleResources()): I18nLocalizer {
    const instance = i18next.createInstance();
    const namespaces = [...new Set(Object.values(resources).flatMap((r) => Object.keys(r)))];
    void instance.init({
      resources,
      lng: 'nl',
      fallbackLng: 'nl',
      supportedLngs: [...SUPPORTED_LOCALES],
      ns: namespaces,
      defaultNS: 'common',
      initAsync: false,
      returnObjects: false,
      // Texts are rendered as plain text or markdown, never as HTML.
      interpolation: { escapeValue: false },
    });
    addCountedFormatter(instance);
    return new I18nLocalizer(instance);
  }

  /**
   * A text set at start-up from configuration (e.g. the staff hours from OFFICE_HOURS in place of the
   * operator's fixed text), before any turn reads it; what was read before is forgotten.
   */
  setText(locale: Locale, key: string, value: string): void {
    const [ns, path] = key.split(':');
    this.i18n.addResource(locale, ns, path, value);
    this.texts.clear();
    this.objects.clear();
    this.existing.clear();
  }

  t(locale: Locale, key: string, vars?: Record<string, unknown>): string {
    // Texts with variables may hold personal data: never memoised.
    if (vars) return this.i18n.t(key, { ...vars, lng: locale }) as string;
    const id = `${locale}:${key}`;
    let text = this.texts.get(id);
    if (text === undefined) {
      text = this.i18n.t(key, { lng: locale }) as string;
      if (this.texts.size < MAX_MEMOISED) this.texts.set(id, text);
    }
    return text;
  }

  /** One frozen value per locale and key, shared by every caller (a change would throw, not leak). */
  tObject<T>(locale: Locale, key: string): T {
    const id = `${locale}:${key}`;
    let value = this.objects.get(id);
    if (value === undefined) {
      value = deepFreeze(this.i18n.t(key, { lng: locale, returnObjects: true }));
      if (this.objects.size < MAX_MEMOISED) this.objects.set(id, value);
    }
    return value as T;
  }

  /** Whether a text exists in that language itself; the resources never change, so each answer is kept. */
  has(locale: Locale, key: string): boolean {
    const id = `${locale}:${key}`;
    let known = this.existing.get(id);
    if (known === undefined) {
      known = this.i18n.exists(key, { lng: locale, fallbackLng: false } as never);
      if (this.existing.size < MAX_MEMOISED) this.existing.set(id, known);
    }
    return known;
  }
}

/** The contact answer's staff hours follow OFFICE_HOURS, as "en op zaterdag?" does (not the operator's fixed text). */
export function withStaffHours(localizer: I18nLocalizer, hours: OfficeHours): I18nLocalizer {
  for (const locale of SUPPORTED_LOCALES) {
    const said = staffHoursText(localizer, locale, hours);
    if (said) localizer.setText(locale, 'operator:values.chatStaffHours', said);
  }
  return localizer;
}
