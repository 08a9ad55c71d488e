/**
 * The backup of everything, pictures included (version 3): one zip holding `backup.json` (the captures,
 * settings and a list of the pictures) and `pictures/NNNNNN.ext`, each picture stored as it was fetched.
 *
 * Why a zip and not base64 inside the JSON: pictures are most of a library's bytes (up to 500 MB by the
 * caps); base64 adds a third to them and would put the whole library and every picture into one JavaScript
 * string (V8 strings stop near 512 MB, and JSON.parse doubles the memory). In the zip JPEG/PNG bytes are
 * stored as they are (no deflate: they are compressed already), the JSON stays the size it was, and fflate is
 * already the library's zip writer. JSON backups (versions 1–3, no pictures) still import.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { PictureRecord } from '../store/dbSchema';
import type { ImportedPicture } from '../store/importPictures';
import { schemeFreeKey } from '../store/importRecords';
import { DEFAULT_PICTURE_CAPS } from '../store/pictureCaps';
import type { Capture } from '../types';
import {
  BACKUP_FORMAT,
  BACKUP_LIMITS,
  BACKUP_VERSION,
  BackupError,
  isPlainObject,
  parseBackup,
  parseJson,
  readBackup,
  type ParsedBackup,
} from './backup';

export const BACKUP_ZIP_LIMITS = {
  /** The whole file. */
  bytes: 1_200_000_000,
  entries: 200_000,
  json: BACKUP_LIMITS.chars,
  picture: DEFAULT_PICTURE_CAPS.perPicture,
  pictures: DEFAULT_PICTURE_CAPS.total,
} as const;

const JSON_NAME = 'backup.json';
/** pictures/000001.jpg: the only picture names read (anything else in the zip is ignored). */
const PICTURE_NAME = /^pictures\/\d{6}\.[a-z0-9]{1,5}$/;
const IMAGE_TYPE = /^image\/[a-z0-9.+-]{1,40}$/;
const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif' };

export interface ParsedBackupFile extends ParsedBackup {
  pictures: ImportedPicture[];
}

interface PictureEntry {
  url: string;
  src: string;
  type: string;
  size: number;
  savedAt: string;
  file: string;
}

/** The zip of the captures, their pictures (those of captures in the list) and the settings. */
export function createBackupZip(
  captures: readonly Capture[],
  pictures: readonly PictureRecord[],
  exportedAt: Date = new Date(),
  extras: { settings?: Record<string, unknown> } = {},
): Uint8Array {
  const urlOf = new Map(captures.map((capture) => [capture.id, capture.canonicalUrl]));
  const files: Zippable = {};
  const list: PictureEntry[] = [];
  for (const picture of pictures) {
    const url = urlOf.get(picture.captureId);
    if (!url) continue;
    const extension = EXTENSIONS[picture.type] ?? (picture.type.split('/')[1] ?? 'bin').replace(/[^a-z0-9]/g, '');
    const file = `pictures/${String(list.length + 1).padStart(6, '0')}.${extension.slice(0, 5) || 'bin'}`;
    files[file] = [new Uint8Array(picture.bytes), { level: 0 }];
    const { src, type, size, savedAt } = picture;
    list.push({ url, src, type, size, savedAt, file });
  }
  const backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    captures,
    ...(extras.settings ? { settings: extras.settings } : {}),
    pictures: list,
  };
  files[JSON_NAME] = [strToU8(JSON.stringify(backup)), { level: 1 }];
  return zipSync(files);
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Reads and checks a whole backup file (zip or JSON); throws BackupError when the file itself is wrong. */
export function parseBackupFile(bytes: Uint8Array, now: Date = new Date()): ParsedBackupFile {
  if (bytes.length > BACKUP_ZIP_LIMITS.bytes) throw new BackupError('too-large', `${bytes.length} bytes`);
  if (!isZip(bytes)) return { ...parseBackup(new TextDecoder().decode(bytes), now), pictures: [] };
  const files = unzipChecked(bytes);
  const json = files[JSON_NAME];
  if (!json) throw new BackupError('wrong-format', `no ${JSON_NAME}`);
  const data = parseJson(strFromU8(json));
  const parsed = readBackup(data, now);
  const pictures = readPictures(isPlainObject(data) ? data.pictures : undefined, files, parsed, now);
  return { ...parsed, pictures };
}

function unzipChecked(bytes: Uint8Array): Record<string, Uint8Array> {
  let entries = 0;
  let pictureBytes = 0;
  try {
    return unzipSync(bytes, {
      filter(file) {
        if (++entries > BACKUP_ZIP_LIMITS.entries) throw new BackupError('too-large', `${entries} entries`);
        if (file.name === JSON_NAME) {
          if (file.originalSize > BACKUP_ZIP_LIMITS.json) throw new BackupError('too-large', JSON_NAME);
          return true;
        }
        if (!PICTURE_NAME.test(file.name) || file.originalSize > BACKUP_ZIP_LIMITS.picture) return false;
        pictureBytes += file.originalSize;
        if (pictureBytes > BACKUP_ZIP_LIMITS.pictures) throw new BackupError('too-large', 'pictures');
        return true;
      },
    });
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError('damaged', error instanceof Error ? error.message.slice(0, 120) : undefined);
  }
}

function httpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 4096) return false;
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** The pictures list, entry by entry: a bad entry or a missing file is a warning, never a write. */
function readPictures(
  raw: unknown,
  files: Record<string, Uint8Array>,
  parsed: ParsedBackup,
  now: Date,
): ImportedPicture[] {
  if (raw === undefined) return [];
  const warn = (message: string) => {
    if (parsed.warnings.length < BACKUP_LIMITS.warnings) parsed.warnings.push(message);
  };
  if (!Array.isArray(raw)) {
    warn('图片列表无法读取，已忽略 (pictures list unreadable: ignored)');
    return [];
  }
  const pages = new Set(parsed.captures.map((capture) => schemeFreeKey(capture.canonicalUrl)));
  const pictures: ImportedPicture[] = [];
  for (const [index, entry] of raw.slice(0, BACKUP_ZIP_LIMITS.entries).entries()) {
    const problem = pictureProblem(entry, files, pages);
    if (problem || !isPlainObject(entry)) {
      warn(`图片 #${index + 1} (picture #${index + 1}): ${problem}`);
      continue;
    }
    const bytes = files[entry.file as string];
    const time = typeof entry.savedAt === 'string' ? Date.parse(entry.savedAt) : Number.NaN;
    pictures.push({
      url: entry.url as string,
      src: entry.src as string,
      type: entry.type as string,
      bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      savedAt: new Date(Number.isFinite(time) ? time : now.getTime()).toISOString(),
    });
  }
  return pictures;
}

/** Why a pictures-list entry cannot be imported, or null when it can. */
function pictureProblem(entry: unknown, files: Record<string, Uint8Array>, pages: Set<string>): string | null {
  if (!isPlainObject(entry) || !httpUrl(entry.url) || !httpUrl(entry.src) || typeof entry.file !== 'string')
    return '字段缺失或无效 (missing or bad fields)';
  const bytes = files[entry.file];
  if (!bytes || !PICTURE_NAME.test(entry.file)) return '文件缺失或过大 (file missing or too large)';
  if (typeof entry.type !== 'string' || !IMAGE_TYPE.test(entry.type)) return '不是图片 (not an image)';
  if (entry.size !== bytes.length) return '大小不符 (size does not match)';
  if (!pages.has(schemeFreeKey(entry.url))) return '所属文章不在备份中 (its article is not in the file)';
  return null;
}
