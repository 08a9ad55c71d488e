import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { FIGURE_KINDS } from '../../utils/types';

const ROOT = path.resolve(__dirname, '../..');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (locale: string): Messages =>
  JSON.parse(readFileSync(path.join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8'));
const zh = load('zh_CN');
const en = load('en');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\./.test(name) ? [full] : [];
  });
}

describe('locale files', () => {
  it('use only key names the browsers accept (a bad key stops the extension from loading)', () => {
    for (const key of [...Object.keys(zh), ...Object.keys(en)]) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('have the same keys in Chinese and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const messages of [zh, en])
      for (const entry of Object.values(messages)) expect(entry.message.trim()).not.toBe('');
  });

  it('define every placeholder they use', () => {
    for (const messages of [zh, en]) {
      for (const [key, entry] of Object.entries(messages)) {
        const used = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1].toLowerCase());
        for (const name of used) expect(Object.keys(entry.placeholders ?? {}), key).toContain(name);
      }
    }
  });

  it('cover every literal key the code asks for, and the manifest’s __MSG_ keys', () => {
    const files = [
      ...sourceFiles(path.join(ROOT, 'entrypoints')),
      ...sourceFiles(path.join(ROOT, 'components')),
      ...sourceFiles(path.join(ROOT, 'utils')),
    ];
    const keys = new Set<string>();
    for (const file of files) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) keys.add(m[1]);
    }
    for (const m of readFileSync(path.join(ROOT, 'wxt.config.ts'), 'utf8').matchAll(/__MSG_([A-Za-z0-9_]+)__/g))
      keys.add(m[1]);
    for (const kind of FIGURE_KINDS) keys.add(`kind_${kind}`);
    for (const reason of ['list-page', 'empty', 'too-short', 'unreadable'])
      keys.add(`notArticle_${reason.replace(/-/g, '_')}`);
    expect(keys.size).toBeGreaterThan(40);
    const missing = [...keys].filter((key) => !(key in zh));
    expect(missing).toEqual([]);
  });
});
