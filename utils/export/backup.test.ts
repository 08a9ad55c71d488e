import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { makeCapture, makeUniqueArticle } from '../testing/articleFactory';
import { thrownBy } from '../testing/thrown';
import { createCaptureStore } from '../store/captureStore';
import { captureIdFor, CURRENT_SCHEMA_VERSION } from '../store/records';
import { BACKUP_FORMAT, BackupError, createBackup, parseBackup } from './backup';

const envelope = (captures: unknown[], extra: object = {}) =>
  JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: '2024-03-01T00:00:00.000Z', captures, ...extra });

const NOW = new Date('2024-04-01T00:00:00.000Z');
const capture = (overrides: object = {}) => {
  const article = makeUniqueArticle();
  return makeCapture({ ...article, id: captureIdFor(article.canonicalUrl), ...overrides });
};

describe('createBackup / parseBackup', () => {
  it('round-trips captures and settings unchanged', () => {
    const captures = [capture({ tags: ['a'], note: 'n' }), capture()];
    const settings = { readerSettings: { fontSize: 'large', paper: 'sky', scheme: 'dark' } };
    const json = createBackup(captures, new Date('2024-03-01T00:00:00Z'), { settings });
    expect(JSON.parse(json)).toMatchObject({
      format: BACKUP_FORMAT,
      version: 3,
      exportedAt: '2024-03-01T00:00:00.000Z',
    });
    const parsed = parseBackup(json, NOW);
    expect(parsed).toMatchObject({ captures, settings, warnings: [], problems: [], total: 2 });
  });

  it('accepts a leading BOM and migrates records from older schema versions', () => {
    const old = capture({ schemaVersion: 1, tags: undefined, note: undefined, figureEdits: undefined });
    const { captures, problems } = parseBackup(`\uFEFF${envelope([old])}`, NOW);
    expect(problems).toEqual([]);
    expect(captures[0]).toMatchObject({ tags: [], note: '', figureEdits: [], schemaVersion: CURRENT_SCHEMA_VERSION });
  });
});

describe('a file that is wrong is refused whole, saying why', () => {
  it('not JSON, or cut short', () => {
    expect(thrownBy(BackupError, () => parseBackup('{"format":', NOW)).code).toBe('not-json');
    const whole = createBackup([capture()]);
    const error = thrownBy(BackupError, () => parseBackup(whole.slice(0, whole.length / 2), NOW));
    expect(error.code).toBe('not-json');
    expect(error.message).toMatch(/不完整/);
  });

  it('other JSON, a bare list, missing captures, a bad version', () => {
    expect(thrownBy(BackupError, () => parseBackup('{"format":"other","version":1,"captures":[]}', NOW)).code).toBe(
      'wrong-format',
    );
    expect(thrownBy(BackupError, () => parseBackup(JSON.stringify([capture()]), NOW)).code).toBe('wrong-format');
    expect(
      thrownBy(BackupError, () => parseBackup(JSON.stringify({ format: BACKUP_FORMAT, version: 1 }), NOW)).code,
    ).toBe('wrong-format');
    expect(thrownBy(BackupError, () => parseBackup(envelope([], { version: 'x' }), NOW)).code).toBe('wrong-format');
    expect(thrownBy(BackupError, () => parseBackup('null', NOW)).code).toBe('wrong-format');
    expect(thrownBy(BackupError, () => parseBackup(envelope([], { version: 9 }), NOW)).code).toBe('future-version');
  });

  it('__proto__ keys anywhere, however written', () => {
    const plain = envelope([{ ...capture(), extra: 1 }]).replace('"extra"', '"__proto__"');
    expect(thrownBy(BackupError, () => parseBackup(plain, NOW)).code).toBe('hostile');
    const escaped = envelope([{ ...capture(), extra: 1 }]).replace('"extra"', '"\\u005f_proto__"');
    expect(thrownBy(BackupError, () => parseBackup(escaped, NOW)).code).toBe('hostile');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a 50 MB field is a refused record, not a frozen library', () => {
    const huge = capture({ padding: 'x'.repeat(50 * 1024 * 1024) });
    const parsed = parseBackup(envelope([huge, capture()]), NOW);
    expect(parsed.captures).toHaveLength(1);
    expect(parsed.problems[0]).toMatch(/#1.*too large/);
  }, 120_000);
});

describe('records are checked one by one (issue 9 §5)', () => {
  it('missing fields, non-http(s) URLs, impossible dates, oversized known and unknown fields are refused', () => {
    const good = capture();
    const { captures, problems } = parseBackup(
      envelope([
        { ...capture(), canonicalUrl: undefined },
        good,
        'not a record',
        { ...capture(), title: 42 },
        { ...capture(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 },
        { ...capture(), canonicalUrl: 'javascript:alert(1)' },
        { ...capture(), url: 'data:text/html,<b>x</b>' },
        { ...capture(), updatedAt: '2019-13-45T00:00:00Z' },
        { ...capture(), updatedAt: '9999-01-01T00:00:00Z' },
        { ...capture(), authors: ['x'.repeat(20_000)] },
        { ...capture(), unknownBlob: 'y'.repeat(200_000) },
      ]),
      NOW,
    );
    expect(captures).toEqual([good]);
    expect(problems).toHaveLength(10);
    expect(problems.join('\n')).toMatch(/#1.*canonicalUrl/);
    expect(problems.join('\n')).toMatch(/#6.*http/);
    expect(problems.join('\n')).toMatch(/#8.*updatedAt is not a date/);
    expect(problems.join('\n')).toMatch(/#9.*updatedAt is impossible/);
    expect(problems.join('\n')).toMatch(/#10.*authors too large/);
    expect(problems.join('\n')).toMatch(/#11.*unknown fields too large/);
    // Chinese first, every reason translated (the English follows in brackets).
    for (const problem of problems) expect(problem.split(' (record ')[0]).not.toMatch(/[a-z]{3,} [a-z]{3,}/);
    expect(problems[0]).toMatch(/^第 #1 《[^》]*》 条无效：canonicalUrl 不是 http\(s\) 网址 \(record #1/);
    expect(problems.join('\n')).toMatch(/#9[^\n]*条无效：updatedAt 的日期不可能（9999/);
    expect(problems.join('\n')).toMatch(/#10[^\n]*条无效：authors 过长/);
  });

  it('canonical URLs are canonicalised again: tracking parameters, fragment, host case, http/https -> one page', () => {
    const base = capture({ updatedAt: '2024-01-01T00:00:00.000Z' });
    const url = base.canonicalUrl;
    const variants = [
      { ...base, canonicalUrl: `${url}?utm_source=wx#top`, updatedAt: '2024-01-02T00:00:00.000Z' },
      { ...base, canonicalUrl: url.replace('lf.hebei', 'LF.HEBEI'), updatedAt: '2024-01-03T00:00:00.000Z' },
      { ...base, canonicalUrl: url.replace('http:', 'https:'), note: '最新', updatedAt: '2024-01-04T00:00:00.000Z' },
    ];
    const { captures, warnings } = parseBackup(envelope([base, ...variants]), NOW);
    expect(captures).toHaveLength(1);
    expect(captures[0].note).toBe('最新');
    expect(warnings.filter((w) => /重复/.test(w))).toHaveLength(3);
  });

  it('a record whose id does not match its canonical URL is re-keyed', () => {
    const record = capture({ id: 'deadbeefdeadbeef' });
    const { captures, warnings } = parseBackup(envelope([record]), NOW);
    expect(captures[0].id).toBe(captureIdFor(record.canonicalUrl));
    expect(warnings[0]).toMatch(/^第 #1 《[^》]*》 条：编号与网址不符，已按网址重新编号 \(.*re-keyed\)$/);
  });
});

describe('backup and import through the store', () => {
  it('backup -> clear -> import gives back an identical library', async () => {
    const store = createCaptureStore({ indexedDB: new IDBFactory(), channel: 'backup-1' });
    await store.saveArticle(makeUniqueArticle(), {
      tags: ['a'],
      note: '笔记',
      figureEdits: [{ key: '1:5', pinned: true }],
    });
    await store.saveArticle(makeUniqueArticle({ publishedAt: null }));
    const before = await store.exportAll();
    const parsed = parseBackup(createBackup(before));
    await store.clearAll();
    expect(await store.countCaptures()).toBe(0);
    expect((await store.search('笔记')).hits).toEqual([]);
    expect(await store.importCaptures(parsed.captures)).toMatchObject({ added: 2, refused: 0 });
    expect(await store.exportAll()).toEqual(before);
    expect((await store.search('笔记')).hits.map((hit) => hit.summary.id)).toEqual([before[0].id]);
  });

  it('a replace-import with no valid record changes nothing and says so', async () => {
    const store = createCaptureStore({ indexedDB: new IDBFactory(), channel: 'backup-2' });
    await store.saveArticle(makeUniqueArticle());
    const before = await store.exportAll();
    await expect(
      store.importCaptures([{ title: 'x' }, { ...capture(), canonicalUrl: 'ftp://x' }], { mode: 'replace' }),
    ).rejects.toThrow(/nothing valid/);
    expect(await store.exportAll()).toEqual(before);
  });

  it('merge: the newer capture wins, the edits of both sides are kept', async () => {
    const store = createCaptureStore({ indexedDB: new IDBFactory(), channel: 'backup-3', now: () => NOW });
    const article = makeUniqueArticle();
    const { capture: mine } = await store.saveArticle(article, { tags: ['我的'], note: '我的笔记' });
    const theirs = {
      ...mine,
      title: '新标题',
      tags: ['备份的'],
      note: '',
      figureEdits: [{ key: '3:7', hidden: true }],
      updatedAt: '2024-04-02T00:00:00.000Z',
    };
    expect(await store.importCaptures([theirs])).toMatchObject({ updated: 1 });
    expect(await store.getCapture(mine.id)).toMatchObject({
      title: '新标题',
      tags: ['我的', '备份的'],
      note: '我的笔记',
      figureEdits: [{ key: '3:7', hidden: true }],
    });
  });
});
