import { describe, expect, it } from 'vitest';
import { makeCapture, makeUniqueArticle } from '../testing/articleFactory';
import { CURRENT_SCHEMA_VERSION } from '../store/records';
import { BACKUP_FORMAT, BackupError, createBackup, parseBackup } from './backup';

const envelope = (captures: unknown[], extra: object = {}) =>
  JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: '2024-03-01T00:00:00.000Z', captures, ...extra });

function backupErrorOf(run: () => unknown): BackupError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BackupError);
    return error as BackupError;
  }
  throw new Error('expected a BackupError');
}

describe('createBackup / parseBackup', () => {
  it('round-trips captures unchanged', () => {
    const captures = [
      makeCapture({ tags: ['a'], note: '笔记', figureEdits: [{ key: '1:2', pinned: true }] }),
      makeCapture({ ...makeUniqueArticle(), id: 'b' }),
    ];
    const json = createBackup(captures, new Date('2024-03-01T08:00:00Z'));
    expect(JSON.parse(json)).toMatchObject({
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: '2024-03-01T08:00:00.000Z',
    });
    expect(parseBackup(json)).toEqual({ captures, warnings: [] });
  });

  it('accepts a leading BOM (files saved by Windows editors)', () => {
    expect(parseBackup(`\uFEFF${envelope([])}`).captures).toEqual([]);
  });

  it('migrates records from older schema versions', () => {
    const { tags: _t, note: _n, figureEdits: _f, schemaVersion: _s, ...old } = makeCapture();
    const { captures, warnings } = parseBackup(envelope([old]));
    expect(warnings).toEqual([]);
    expect(captures[0]).toMatchObject({ tags: [], note: '', figureEdits: [], schemaVersion: CURRENT_SCHEMA_VERSION });
  });
});

describe('malformed backups', () => {
  it('not JSON', () => {
    const error = backupErrorOf(() => parseBackup('{"format": "changcheng'));
    expect(error.code).toBe('not-json');
    expect(error.message).toMatch(/JSON/);
    expect(error.message).toMatch(/文件/);
  });

  it('wrong format: other JSON, a bare list, missing captures', () => {
    expect(backupErrorOf(() => parseBackup('{"format":"other","version":1,"captures":[]}')).code).toBe('wrong-format');
    expect(backupErrorOf(() => parseBackup(JSON.stringify([makeCapture()]))).code).toBe('wrong-format');
    expect(backupErrorOf(() => parseBackup(JSON.stringify({ format: BACKUP_FORMAT, version: 1 }))).code).toBe(
      'wrong-format',
    );
    expect(
      backupErrorOf(() => parseBackup(JSON.stringify({ format: BACKUP_FORMAT, version: '1', captures: [] }))).code,
    ).toBe('wrong-format');
    expect(backupErrorOf(() => parseBackup('null')).code).toBe('wrong-format');
  });

  it('a backup from a future version', () => {
    const error = backupErrorOf(() => parseBackup(envelope([], { version: 99 })));
    expect(error.code).toBe('future-version');
    expect(error.message).toMatch(/newer version/);
  });

  it('skips invalid records with a warning and keeps the rest', () => {
    const good = makeCapture();
    const { captures, warnings } = parseBackup(
      envelope([
        { ...good, canonicalUrl: undefined },
        good,
        'not a record',
        { ...makeCapture({ ...makeUniqueArticle() }), title: 42 },
        { ...makeCapture({ ...makeUniqueArticle() }), schemaVersion: 7 },
      ]),
    );
    expect(captures).toEqual([good]);
    expect(warnings).toHaveLength(4);
    expect(warnings[0]).toMatch(/#1.*missing canonicalUrl/);
  });

  it('keeps the newer of two records for one page', () => {
    const older = makeCapture({ note: 'old', updatedAt: '2024-01-01T00:00:00.000Z' });
    const newer = makeCapture({ note: 'new', updatedAt: '2024-02-01T00:00:00.000Z' });
    const { captures, warnings } = parseBackup(envelope([older, newer]));
    expect(captures).toEqual([newer]);
    expect(warnings).toHaveLength(1);
  });

  it('caps the number of warnings', () => {
    const { warnings } = parseBackup(envelope(Array.from({ length: 500 }, () => ({}))));
    expect(warnings.length).toBeLessThanOrEqual(101);
  });
});
