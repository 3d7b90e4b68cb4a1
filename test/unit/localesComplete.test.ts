import fs from 'node:fs';
import path from 'node:path';
import { SUPPORTED_LOCALES } from '../../domain/language/locale';
import { loadLocaleResources } from '../../bot/i18n';

const root = path.resolve(__dirname, '..', '..');
const resources = loadLocaleResources(path.join(root, 'locales'));

/** Every key path of a nested JSON object, e.g. "welcome.text"; arrays count as one value. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

function allKeys(locale: string): Set<string> {
  const namespaces = resources[locale] ?? {};
  return new Set(Object.entries(namespaces).flatMap(([ns, content]) => keyPaths(content).map((k) => `${ns}:${k}`)));
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'vendor' ? [] : sourceFiles(full);
    return /\.(ts|js)$/.test(entry.name) ? [full] : [];
  });
}

describe('locales', () => {
  const reference = allKeys('nl');

  it.each(SUPPORTED_LOCALES.map((l) => [l]))('%s has every key the others have, and no empty text', (locale) => {
    const keys = allKeys(locale);
    const union = new Set(SUPPORTED_LOCALES.flatMap((l) => [...allKeys(l)]));
    expect([...union].filter((k) => !keys.has(k))).toEqual([]);
    const empty = [...keys].filter((k) => {
      const [ns, p] = k.split(':');
      const value = p.split('.').reduce<unknown>((o, part) => (o as Record<string, unknown>)?.[part], resources[locale][ns]);
      return typeof value === 'string' && value.trim() === '';
    });
    expect(empty).toEqual([]);
  });

  it('every literal text key used in code exists', () => {
    const namespaces = new Set(Object.keys(resources.nl));
    const used = new Set<string>();
    for (const dir of ['bot', 'dialogs', 'adapters', 'domain', 'scripts', 'web']) {
      const folder = path.join(root, dir);
      if (!fs.existsSync(folder)) continue;
      for (const file of sourceFiles(folder)) {
        const source = fs.readFileSync(file, 'utf8');
        for (const match of source.matchAll(/['"`]([a-zA-Z]+):([a-zA-Z0-9_]+(?:\.[a-zA-Z0-9_]+)*)['"`]/g)) {
          if (namespaces.has(match[1])) used.add(`${match[1]}:${match[2]}`);
        }
      }
    }
    expect(used.size).toBeGreaterThan(10);
    const missing = [...used].filter((key) => !reference.has(key) && ![...reference].some((k) => k.startsWith(`${key}.`)));
    expect(missing).toEqual([]);
  });
});
