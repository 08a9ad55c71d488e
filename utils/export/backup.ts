/**
 * The library as one JSON file, and back. The whole file is read and every record checked before
 * anything is written: a file that is not ours, damaged, hostile (`__proto__` keys) or from a newer
 * version is refused with one clear reason; records that fail the import checks (utils/store/
 * importRecords.ts) are listed as problems, and the caller decides (the library imports nothing
 * unless the user then asks for the valid records alone).
 */
import type { Capture } from '../types';
import { checkImportRecord, schemeFreeKey } from '../store/importRecords';

export const BACKUP_FORMAT = 'changcheng-reader-backup';
/** 1: captures only; 2: captures and settings; 3: and pictures (a zip: backupZip.ts). */
export const BACKUP_VERSION = 3;
/** Sanity caps: a personal library is far smaller; beyond these the file is not ours or is damaged. */
export const BACKUP_LIMITS = { chars: 300_000_000, captures: 100_000, warnings: 100, settingsChars: 10_000 } as const;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  captures: Capture[];
  /** Small preferences by name: readerSettings, exportSettings (checked on import by platform/backupSettings.ts). */
  settings?: Record<string, unknown>;
}

export interface ParsedBackup {
  captures: Capture[];
  settings: Record<string, unknown> | null;
  /** Things changed on the way in that lose nothing (a duplicate page, a re-keyed id, a bad figure dropped). */
  warnings: string[];
  /** Records refused, with why; when not empty the import should change nothing unless the user insists. */
  problems: string[];
  /** Records in the file. */
  total: number;
  exportedAt: string | null;
}

export type BackupErrorCode = 'not-json' | 'wrong-format' | 'future-version' | 'too-large' | 'hostile' | 'damaged';

const MESSAGES: Record<BackupErrorCode, string> = {
  'not-json': '文件不是有效的 JSON，可能已损坏或不完整。 (The file is not valid JSON; it may be damaged or truncated.)',
  'wrong-format': '这不是长城网阅读器的备份文件。 (This is not a Changcheng Reader backup file.)',
  'future-version':
    '备份由更新版本的扩展创建，请先更新扩展。 (The backup was made by a newer version of the extension: update it first.)',
  'too-large': '备份文件过大，无法导入。 (The backup file is too large to import.)',
  hostile: '备份文件含有不安全的内容（__proto__ 键），未导入。 (The file contains unsafe content (__proto__ keys).)',
  damaged: '备份压缩包已损坏或不完整。 (The backup archive is damaged or incomplete.)',
};

export class BackupError extends Error {
  readonly code: BackupErrorCode;

  constructor(code: BackupErrorCode, detail?: string) {
    super(detail ? `${MESSAGES[code]} [${detail}]` : MESSAGES[code]);
    this.name = 'BackupError';
    this.code = code;
  }
}

export function createBackup(
  captures: readonly Capture[],
  exportedAt: Date = new Date(),
  extras: { settings?: Record<string, unknown> } = {},
): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    captures: [...captures],
    ...(extras.settings ? { settings: extras.settings } : {}),
  };
  return JSON.stringify(backup, null, 1);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON.parse that notices `__proto__` keys anywhere (however escaped), which Object.assign would act on. */
export function parseJson(json: string): unknown {
  let hostile = false;
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''), (key, value) => {
      if (key === '__proto__') hostile = true;
      return value;
    });
  } catch (error) {
    throw new BackupError('not-json', error instanceof Error ? error.message.slice(0, 120) : undefined);
  }
  if (hostile) throw new BackupError('hostile');
  return data;
}

function readSettings(value: unknown, warn: (message: string) => void): Record<string, unknown> | null {
  if (value === undefined) return null;
  if (!isPlainObject(value) || JSON.stringify(value).length > BACKUP_LIMITS.settingsChars) {
    warn('设置无法读取，已忽略 (settings unreadable: ignored)');
    return null;
  }
  return value;
}

/** Reads and checks the whole file; throws BackupError when the file itself is wrong. */
export function parseBackup(json: string, now: Date = new Date()): ParsedBackup {
  if (typeof json !== 'string') throw new BackupError('wrong-format', 'not text');
  if (json.length > BACKUP_LIMITS.chars) throw new BackupError('too-large', `${json.length} characters`);
  return readBackup(parseJson(json), now);
}

/**
 * A refused record's reason in Chinese, from the store's English one (importRecords.ts, records.ts): the
 * library's notes read Chinese first, the English follows for whoever reports it.
 */
const PROBLEMS_ZH: Array<[RegExp, string]> = [
  [/^not an object$/, '不是一条记录'],
  [/^not serialisable$/, '无法读取'],
  [/^record too large \((\d+) chars\)$/, '记录过大（$1 字）'],
  [/^unknown fields too large \((\d+) chars\)$/, '未知字段过大（$1 字）'],
  [/^(\w+) is not an http\(s\) address$/, '$1 不是 http(s) 网址'],
  [/^bad schemaVersion$/, 'schemaVersion 无效'],
  [/^schemaVersion (\d+) is newer than this app$/, '版本 $1 比本扩展新，请先更新扩展'],
  [/^missing (\w+)$/, '缺少 $1'],
  [/^(\w+) too (?:long|large)$/, '$1 过长'],
  [/^(\w+) is not a string$/, '$1 不是文本'],
  [/^(\w+) is not a list$/, '$1 不是列表'],
  [/^(\w+) is not a date(?: \((.*)\))?$/, '$1 不是日期'],
  [/^(\w+) is impossible \((.*)\)$/, '$1 的日期不可能（$2）'],
  // Warnings (the record is imported).
  [/^(\d+) invalid figure\(s\) dropped$/, '略去 $1 个无效数字'],
  [/^id did not match its canonical URL: re-keyed$/, '编号与网址不符，已按网址重新编号'],
];

export function problemInChinese(error: string): string {
  for (const [pattern, zh] of PROBLEMS_ZH) if (pattern.test(error)) return error.replace(pattern, zh);
  return error;
}

/** Checks a parsed backup object (the JSON file, or a zip's backup.json). */
export function readBackup(data: unknown, now: Date = new Date()): ParsedBackup {
  if (!isPlainObject(data) || data.format !== BACKUP_FORMAT) throw new BackupError('wrong-format');
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    throw new BackupError('wrong-format', 'bad version');
  if (version > BACKUP_VERSION) throw new BackupError('future-version', `version ${version}`);
  if (!Array.isArray(data.captures)) throw new BackupError('wrong-format', 'no captures list');
  if (data.captures.length > BACKUP_LIMITS.captures)
    throw new BackupError('too-large', `${data.captures.length} captures`);

  const warnings: string[] = [];
  const problems: string[] = [];
  const note = (list: string[]) => (message: string) => {
    if (list.length < BACKUP_LIMITS.warnings) list.push(message);
    else if (list.length === BACKUP_LIMITS.warnings) list.push('… (more left out)');
  };
  const warn = note(warnings);
  const refuse = note(problems);
  const captures: Capture[] = [];
  const indexByKey = new Map<string, number>();
  const nowIso = now.toISOString();
  data.captures.forEach((raw, index) => {
    const title = isPlainObject(raw) && typeof raw.title === 'string' ? ` 《${raw.title.slice(0, 40)}》` : '';
    const label = `#${index + 1}${title}`;
    const checked = checkImportRecord(raw, nowIso);
    if ('error' in checked) {
      refuse(`第 ${label} 条无效：${problemInChinese(checked.error)} (record ${label} refused: ${checked.error})`);
      return;
    }
    for (const warning of checked.warnings) warn(`第 ${label} 条：${problemInChinese(warning)} (${label}: ${warning})`);
    const key = schemeFreeKey(checked.capture.canonicalUrl);
    const earlier = indexByKey.get(key);
    if (earlier === undefined) {
      indexByKey.set(key, captures.push(checked.capture) - 1);
      return;
    }
    // One record per page, as in the library: the most recently updated copy wins.
    warn(`第 ${label} 条与前面的记录重复，保留较新的一条 (record ${label} duplicates an earlier one; newer kept)`);
    if (checked.capture.updatedAt > captures[earlier].updatedAt) captures[earlier] = checked.capture;
  });
  return {
    captures,
    settings: readSettings(data.settings, warn),
    warnings,
    problems,
    total: data.captures.length,
    exportedAt: typeof data.exportedAt === 'string' ? data.exportedAt : null,
  };
}
