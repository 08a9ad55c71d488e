/**
 * The library as one JSON file, and back. Reading is strict about the envelope (so a wrong file is
 * refused with a clear message) and forgiving about records (a bad one is skipped with a warning).
 */
import type { Capture } from '../types';
import { migrateCaptureRecord } from '../store/records';

export const BACKUP_FORMAT = 'changcheng-reader-backup';
export const BACKUP_VERSION = 1;
/** Sanity caps: a personal library is far smaller; beyond these the file is not ours or is damaged. */
export const BACKUP_LIMITS = { chars: 300_000_000, captures: 100_000, warnings: 100 } as const;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  captures: Capture[];
}

export type BackupErrorCode = 'not-json' | 'wrong-format' | 'future-version' | 'too-large';

const MESSAGES: Record<BackupErrorCode, string> = {
  'not-json': '文件不是有效的 JSON，可能已损坏。 (The file is not valid JSON; it may be damaged.)',
  'wrong-format': '这不是长城网阅读器的备份文件。 (This is not a Changcheng Reader backup file.)',
  'future-version':
    '备份由更新版本的扩展创建，请先更新扩展。 (The backup was made by a newer version of the extension: update it first.)',
  'too-large': '备份文件过大，无法导入。 (The backup file is too large to import.)',
};

export class BackupError extends Error {
  readonly code: BackupErrorCode;

  constructor(code: BackupErrorCode, detail?: string) {
    super(detail ? `${MESSAGES[code]} [${detail}]` : MESSAGES[code]);
    this.name = 'BackupError';
    this.code = code;
  }
}

export function createBackup(captures: readonly Capture[], exportedAt: Date = new Date()): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    captures: [...captures],
  };
  return JSON.stringify(backup, null, 1);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Captures from a backup file, migrated to the current record shape; problems with single records become warnings. */
export function parseBackup(json: string): { captures: Capture[]; warnings: string[] } {
  if (typeof json !== 'string') throw new BackupError('wrong-format', 'not text');
  if (json.length > BACKUP_LIMITS.chars) throw new BackupError('too-large', `${json.length} characters`);
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new BackupError('not-json', error instanceof Error ? error.message : undefined);
  }
  if (!isPlainObject(data) || data.format !== BACKUP_FORMAT) throw new BackupError('wrong-format');
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    throw new BackupError('wrong-format', 'bad version');
  if (version > BACKUP_VERSION) throw new BackupError('future-version', `version ${version}`);
  if (!Array.isArray(data.captures)) throw new BackupError('wrong-format', 'no captures list');
  if (data.captures.length > BACKUP_LIMITS.captures)
    throw new BackupError('too-large', `${data.captures.length} captures`);

  const captures: Capture[] = [];
  const warnings: string[] = [];
  const warn = (message: string) => {
    if (warnings.length < BACKUP_LIMITS.warnings) warnings.push(message);
    else if (warnings.length === BACKUP_LIMITS.warnings) warnings.push('… (more warnings left out)');
  };
  const indexByUrl = new Map<string, number>();
  const now =
    typeof data.exportedAt === 'string' && !Number.isNaN(Date.parse(data.exportedAt))
      ? new Date(data.exportedAt).toISOString()
      : new Date().toISOString();
  data.captures.forEach((raw, index) => {
    const label = `#${index + 1}${isPlainObject(raw) && typeof raw.title === 'string' ? ` 《${raw.title.slice(0, 40)}》` : ''}`;
    const outcome = migrateCaptureRecord(raw, now);
    if ('error' in outcome) {
      warn(`跳过第 ${label} 条：${outcome.error} (skipped record ${label}: ${outcome.error})`);
      return;
    }
    for (const warning of outcome.warnings) warn(`${label}: ${warning}`);
    const earlier = indexByUrl.get(outcome.capture.canonicalUrl);
    if (earlier === undefined) {
      indexByUrl.set(outcome.capture.canonicalUrl, captures.push(outcome.capture) - 1);
      return;
    }
    // One record per page, as in the library: the most recently updated copy wins.
    warn(
      `第 ${label} 条与前面的记录重复，保留较新的一条 (record ${label} duplicates an earlier one; the newer is kept)`,
    );
    if (outcome.capture.updatedAt > captures[earlier].updatedAt) captures[earlier] = outcome.capture;
  });
  return { captures, warnings };
}
