/**
 * The backup's settings: reading and export settings (front matter, pictures in zips, offline pictures) go into
 * the file and come back; older backups without export settings still import; unknown or hostile values are
 * left out with a note and `__proto__` keys do nothing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { BackupError, createBackup, parseBackup } from '../export/backup';
import { createBackupZip, parseBackupFile } from '../export/backupZip';
import { makeCapture } from '../testing/articleFactory';
import { thrownBy } from '../testing/thrown';
import { backupSettings, checkBackupSettings, restoreBackupSettings } from './backupSettings';
import { DEFAULT_EXPORT_SETTINGS, exportSettings, type ExportSettings } from './exportSettings';
import { DEFAULT_SETTINGS, readerSettings, type ReaderSettings } from './settings';

const NOW = new Date('2024-04-01T00:00:00.000Z');
const READER: ReaderSettings = { fontSize: 'large', paper: 'sky', scheme: 'dark' };
const EXPORT: ExportSettings = { frontMatterStyle: 'obsidian', zipPictures: false, offlinePictures: 'all' };

const stored = async () => ({ reader: await readerSettings.getValue(), export: await exportSettings.getValue() });

beforeEach(() => fakeBrowser.reset());

describe('backup settings round trip', () => {
  it('zip: every setting saved, cleared, imported back', async () => {
    await readerSettings.setValue(READER);
    await exportSettings.setValue(EXPORT);
    const settings = await backupSettings();
    expect(settings).toEqual({ readerSettings: READER, exportSettings: EXPORT });
    const zip = createBackupZip([makeCapture()], [], NOW, { settings });
    fakeBrowser.reset();
    expect(await stored()).toEqual({ reader: DEFAULT_SETTINGS, export: DEFAULT_EXPORT_SETTINGS });
    const parsed = parseBackupFile(zip, NOW);
    expect(parsed.problems).toEqual([]);
    expect(await restoreBackupSettings(parsed.settings)).toEqual({ restored: true, notes: [] });
    expect(await stored()).toEqual({ reader: READER, export: EXPORT });
  });

  it('JSON: the same, with the defaults written when nothing was ever set', async () => {
    const json = createBackup([makeCapture()], NOW, { settings: await backupSettings() });
    await exportSettings.setValue(EXPORT);
    const parsed = parseBackup(json, NOW);
    expect(await restoreBackupSettings(parsed.settings)).toEqual({ restored: true, notes: [] });
    expect(await stored()).toEqual({ reader: DEFAULT_SETTINGS, export: DEFAULT_EXPORT_SETTINGS });
  });
});

describe('older backups', () => {
  it('a backup with reading settings only restores them and leaves the export settings as they are', async () => {
    await exportSettings.setValue(EXPORT);
    const json = JSON.stringify({
      format: 'changcheng-reader-backup',
      version: 2,
      exportedAt: NOW.toISOString(),
      captures: [makeCapture()],
      settings: { readerSettings: READER },
    });
    const parsed = parseBackup(json, NOW);
    expect(parsed.problems).toEqual([]);
    expect(await restoreBackupSettings(parsed.settings)).toEqual({ restored: true, notes: [] });
    expect(await stored()).toEqual({ reader: READER, export: EXPORT });
  });

  it('a backup with no settings at all changes none', async () => {
    await readerSettings.setValue(READER);
    const json = JSON.stringify({ format: 'changcheng-reader-backup', version: 1, captures: [makeCapture()] });
    const parsed = parseBackup(json, NOW);
    expect(parsed.settings).toBeNull();
    expect(await restoreBackupSettings(parsed.settings)).toEqual({ restored: false, notes: [] });
    expect(await stored()).toEqual({ reader: READER, export: DEFAULT_EXPORT_SETTINGS });
  });
});

describe('hostile settings', () => {
  it('keeps the valid fields, leaves out the rest and names each', async () => {
    await exportSettings.setValue({ ...DEFAULT_EXPORT_SETTINGS, frontMatterStyle: 'obsidian' });
    await readerSettings.setValue(READER);
    const settings = {
      exportSettings: {
        frontMatterStyle: '<script>alert(1)</script>',
        zipPictures: 'yes',
        offlinePictures: 'all',
        extra: 1,
      },
      readerSettings: 'dark',
      [`future${'x'.repeat(100)}`]: { a: 1 },
    };
    const checked = checkBackupSettings(settings);
    expect(checked.exportSettings).toEqual({ offlinePictures: 'all' });
    expect(checked.readerSettings).toBeNull();
    expect(checked.ignored).toEqual([
      'exportSettings.frontMatterStyle',
      'exportSettings.zipPictures',
      'exportSettings.extra',
      'readerSettings',
      `future${'x'.repeat(34)}…`,
    ]);
    const restored = await restoreBackupSettings(settings);
    expect(restored.restored).toBe(true);
    expect(restored.notes).toHaveLength(5);
    // The current values stay where the backup's were refused.
    expect(await stored()).toEqual({
      reader: READER,
      export: { frontMatterStyle: 'obsidian', zipPictures: true, offlinePictures: 'all' },
    });
  });

  it('wrong types and values of the right name are refused one by one', () => {
    const checked = checkBackupSettings({
      readerSettings: { fontSize: ['large'], paper: 'sky', scheme: { toString: () => 'dark' } },
      exportSettings: [EXPORT],
    });
    expect(checked.readerSettings).toEqual({ paper: 'sky' });
    expect(checked.exportSettings).toBeNull();
    expect(checked.ignored).toEqual(['readerSettings.fontSize', 'readerSettings.scheme', 'exportSettings']);
  });

  it('__proto__, constructor and toString keys do nothing', async () => {
    const settings = JSON.parse(
      '{"__proto__": {"polluted": true}, "exportSettings": {"__proto__": {"polluted": true}, ' +
        '"constructor": {"prototype": {"polluted": true}}, "toString": "x", "frontMatterStyle": "obsidian"}}',
    );
    const checked = checkBackupSettings(settings);
    expect(checked.exportSettings).toEqual({ frontMatterStyle: 'obsidian' });
    expect(Object.getPrototypeOf(checked.exportSettings)).toBe(Object.prototype);
    expect(checked.ignored).toEqual([
      '__proto__',
      'exportSettings.__proto__',
      'exportSettings.constructor',
      'exportSettings.toString',
    ]);
    await restoreBackupSettings(settings);
    expect(await exportSettings.getValue()).toEqual({ ...DEFAULT_EXPORT_SETTINGS, frontMatterStyle: 'obsidian' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a file with __proto__ in its settings is refused whole before anything is read', () => {
    const json = `{"format": "changcheng-reader-backup", "version": 3, "captures": [],
      "settings": {"exportSettings": {"__proto__": {"frontMatterStyle": "obsidian"}}}}`;
    expect(thrownBy(BackupError, () => parseBackup(json, NOW)).code).toBe('hostile');
  });

  it('lists at most 20 ignored names', () => {
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i]));
    const checked = checkBackupSettings({ exportSettings: many });
    expect(checked.ignored).toHaveLength(21);
    expect(checked.ignored.at(-1)).toBe('…');
  });
});
