/**
 * The settings a backup carries: the reading settings (字号, 背景色, dark mode) and the export settings (front
 * matter style, pictures in zips, which pictures are kept offline). Written as they are stored; on import each
 * field is checked on its own: a known field with an allowed value is restored over the current one, anything
 * else (an unknown value, a wrong type, a field or group this version does not know) is left out and named in
 * the import's notes. Only own properties of the file's objects are read, so `__proto__`, `constructor` and
 * the like do nothing. Backups without a group (older ones carry readerSettings only) leave it as it is.
 */
import { exportSettings, normaliseExportSettings, readExportSettings, type ExportSettings } from './exportSettings';
import { t } from './i18n';
import { normaliseSettings, readerSettings, type ReaderSettings } from './settings';

/** Names of ignored fields listed at most; a longer list ends with "…". */
const MAX_IGNORED = 20;

export interface CheckedSettings {
  readerSettings: Partial<ReaderSettings> | null;
  exportSettings: Partial<ExportSettings> | null;
  /** What was left out, as `group` or `group.field` (names cut to 40 characters). */
  ignored: string[];
}

// Not backup.ts's isPlainObject: the library's first screen loads this file, and the backup code only on a click.
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (object: object, key: string) => Object.hasOwn(object, key);
const shown = (name: string) => (name.length > 40 ? `${name.slice(0, 40)}…` : name);

/**
 * A group's normaliser is its one list of allowed values: a field is valid when the normaliser keeps it as it is
 * (a new option in settings.ts or exportSettings.ts is then restored too). The fields are the defaults' keys.
 */
const GROUPS = {
  readerSettings: normaliseSettings,
  exportSettings: normaliseExportSettings,
} as const satisfies Record<string, (value: null) => object>;
type Group = keyof typeof GROUPS;

function validField(group: Group, field: string, value: unknown): boolean {
  const normalise = GROUPS[group] as unknown as (value: Record<string, unknown> | null) => Record<string, unknown>;
  return own(normalise(null), field) && Object.is(normalise({ [field]: value })[field], value);
}

/** The settings of a parsed backup, checked field by field (see above); nothing is written. */
export function checkBackupSettings(settings: Record<string, unknown> | null | undefined): CheckedSettings {
  const result: CheckedSettings = { readerSettings: null, exportSettings: null, ignored: [] };
  const ignore = (name: string) => {
    if (result.ignored.length < MAX_IGNORED) result.ignored.push(shown(name));
    else if (result.ignored.length === MAX_IGNORED) result.ignored.push('…');
  };
  if (!isPlainObject(settings)) return result;
  for (const name of Object.keys(settings)) {
    if (!own(GROUPS, name)) {
      ignore(name);
      continue;
    }
    const group = name as Group;
    const raw = settings[group];
    if (!isPlainObject(raw)) {
      ignore(group);
      continue;
    }
    const valid: Record<string, unknown> = {};
    for (const field of Object.keys(raw)) {
      if (validField(group, field, raw[field])) valid[field] = raw[field];
      else ignore(`${group}.${field}`);
    }
    if (Object.keys(valid).length > 0) result[group] = valid;
  }
  return result;
}

/** What a backup saves: every setting, as stored (unknown stored values already normalised away). */
export async function backupSettings(): Promise<Record<string, unknown>> {
  return {
    readerSettings: normaliseSettings(await readerSettings.getValue().catch(() => null)),
    exportSettings: await readExportSettings(),
  };
}

export interface RestoredSettings {
  /** Whether any setting was written. */
  restored: boolean;
  /** One note per ignored setting, for the import report. */
  notes: string[];
}

/** Writes the backup's valid settings over the current ones. */
export async function restoreBackupSettings(settings: Record<string, unknown> | null | undefined) {
  const checked = checkBackupSettings(settings);
  if (checked.readerSettings) {
    const current = normaliseSettings(await readerSettings.getValue().catch(() => null));
    await readerSettings.setValue(normaliseSettings({ ...current, ...checked.readerSettings }));
  }
  if (checked.exportSettings) {
    const current = await readExportSettings();
    await exportSettings.setValue(normaliseExportSettings({ ...current, ...checked.exportSettings }));
  }
  const restored: RestoredSettings = {
    restored: !!(checked.readerSettings || checked.exportSettings),
    notes: checked.ignored.map((name) => t('libImportSettingIgnored', name)),
  };
  return restored;
}
