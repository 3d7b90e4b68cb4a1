import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');

/** Which project folders each layer may import (DESIGN.md, CONTRIBUTING.md). No exceptions. */
const ALLOWED: Record<string, string[]> = {
  domain: ['domain'],
  dialogs: ['dialogs', 'domain'],
  adapters: ['adapters', 'domain'],
  bot: ['bot', 'dialogs', 'domain', 'adapters', 'locales'],
  scripts: ['scripts', 'bot', 'dialogs', 'domain', 'adapters', 'locales'],
};
const LAYERS = ['domain', 'dialogs', 'adapters', 'bot', 'scripts', 'test', 'web', 'locales'];

function files(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const source = fs.readFileSync(file, 'utf8');
  const found = [...source.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((m) => m[1]);
  return found.filter((spec) => spec.startsWith('.'));
}

describe('architecture: layering', () => {
  for (const [layer, allowed] of Object.entries(ALLOWED)) {
    it(`${layer}/ imports only ${allowed.join(', ')}`, () => {
      const violations: string[] = [];
      for (const file of files(path.join(root, layer))) {
        for (const spec of importsOf(file)) {
          const target = path.relative(root, path.resolve(path.dirname(file), spec)).split(path.sep)[0];
          if (LAYERS.includes(target) && !allowed.includes(target)) {
            violations.push(`${path.relative(root, file)} → ${spec}`);
          }
        }
      }
      expect(violations).toEqual([]);
    });
  }

  it('domain/ does no I/O', () => {
    const offenders = files(path.join(root, 'domain')).filter((file) =>
      /from ['"](node:)?(fs|net|http|https|child_process|mongodb|restify|botbuilder[^'"]*)['"]/.test(fs.readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('only bot/config.ts reads process.env in product code', () => {
    const readers = ['bot', 'dialogs', 'domain', 'adapters']
      .flatMap((layer) => files(path.join(root, layer)))
      .filter((file) => /process\.env/.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(root, file));
    expect(readers).toEqual(['bot/config.ts']);
  });
});
