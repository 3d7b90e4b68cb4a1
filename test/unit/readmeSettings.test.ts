import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');

describe('README settings table', () => {
  it('documents every environment variable the configuration reads', () => {
    const config = fs.readFileSync(path.join(root, 'bot', 'config.ts'), 'utf8');
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const names = new Set([...config.matchAll(/\b(?:read|integer|oneOf|url|flag|list)\(\s*'([A-Z][A-Z0-9_]+)'/g)].map((m) => m[1]));
    expect(names.size).toBeGreaterThan(10);
    const undocumented = [...names].filter((name) => !readme.includes(`\`${name}\``));
    expect(undocumented).toEqual([]);
  });

  it('documents every environment variable the command-line scripts read', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const scripts = fs
      .readdirSync(path.join(root, 'scripts'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => fs.readFileSync(path.join(root, 'scripts', f), 'utf8'))
      .join('\n');
    const names = new Set([...scripts.matchAll(/process\.env\.([A-Z][A-Z0-9_]+)/g)].map((m) => m[1]));
    expect(names.size).toBeGreaterThan(0);
    expect([...names].filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
  });
});
