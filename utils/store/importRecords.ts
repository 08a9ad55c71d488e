/**
 * Strict checks for records that come from outside (a backup file, another library): on top of the
 * record migration, every URL must be http(s) and is canonicalised again, the id must be the one its
 * canonical URL gives (else it is re-keyed), dates must be real, and every field — unknown ones
 * included — has a size cap. A record that fails is refused with the reason; nothing is truncated
 * silently.
 */
import type { Capture } from '../types';
import { captureIdFor, migrateCaptureRecord } from './records';

export const IMPORT_LIMITS = {
  urlLength: 4_096,
  titleLength: 2_000,
  /** Any other single string (source, author, caption, label ...). */
  shortString: 10_000,
  /** All fields this version does not know, serialised. */
  unknownFields: 100_000,
  /** The whole record, serialised. */
  recordChars: 8_000_000,
  listItems: 5_000,
} as const;

/** Earliest date a capture or edit can carry (the web) and how far ahead of the clock one may be. */
const EARLIEST = Date.UTC(1990, 0, 1);
const FUTURE_SLACK_MS = 2 * 24 * 3600 * 1000;

export type ImportCheck = { capture: Capture; warnings: string[]; rekeyed: boolean } | { error: string };

function httpUrl(value: unknown): URL | null {
  if (typeof value !== 'string' || value.length > IMPORT_LIMITS.urlLength) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** The canonical form imports are keyed by: tracking parameters and fragment gone, host lower-cased. */
export function recanonicalize(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    for (const key of [...parsed.searchParams.keys()]) if (TRACKING.test(key)) parsed.searchParams.delete(key);
    return parsed.toString();
  } catch {
    return url;
  }
}

/** Tracking parameters (as utils/article/parse.ts drops them at capture time), e.g. utm_source, spm, from. */
const TRACKING_NAMES = [
  'utm_\\w+',
  'spm',
  'from',
  'scm',
  'share',
  'share_token',
  'share_source',
  'shareid',
  'isappinstalled',
  'fbclid',
  'gclid',
  'yclid',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'wfr',
  'ref',
  'refer',
  'source',
  'timestamp',
  'tt_from',
  'vd_source',
];
const TRACKING = new RegExp(`^(?:${TRACKING_NAMES.join('|')})$`, 'i');

/** http and https of one host are one page: the key that ignores the scheme. */
export function schemeFreeKey(canonicalUrl: string): string {
  return canonicalUrl.replace(/^https?:/i, '');
}

function checkDate(raw: Record<string, unknown>, field: string, now: number): string | null {
  const value = raw[field];
  if (value === undefined) return null;
  if (typeof value !== 'string' && typeof value !== 'number') return `${field} is not a date`;
  const time = new Date(value).getTime();
  if (!Number.isFinite(time)) return `${field} is not a date (${String(value).slice(0, 40)})`;
  if (time < EARLIEST || time > now + FUTURE_SLACK_MS) return `${field} is impossible (${String(value).slice(0, 40)})`;
  return null;
}

/** Longest string anywhere inside a known list field (authors, images, figures ...). */
function oversizedString(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.length > IMPORT_LIMITS.shortString;
  if (depth > 4 || typeof value !== 'object' || value === null) return false;
  const items = Array.isArray(value) ? value : Object.values(value);
  if (Array.isArray(value) && value.length > IMPORT_LIMITS.listItems) return true;
  return items.some((item) => oversizedString(item, depth + 1));
}

const LONG_FIELDS = new Set(['text', 'contentHtml', 'note']);
/** Article and Capture fields this version reads (types.ts); anything else is "unknown" and kept, capped. */
const KNOWN_FIELDS = new Set([
  ...['url', 'canonicalUrl', 'site', 'siteName', 'title', 'authors', 'source', 'publishedAt', 'editor', 'keywords'],
  ...['channel', 'excerpt', 'images', 'length', 'figures', 'capturedAt', 'updatedAt', 'tags', 'figureEdits'],
  'schemaVersion',
]);

export function checkImportRecord(raw: unknown, nowIso: string): ImportCheck {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { error: 'not an object' };
  const record = raw as Record<string, unknown>;
  let serialised: string;
  try {
    serialised = JSON.stringify(record);
  } catch {
    return { error: 'not serialisable' };
  }
  if (serialised.length > IMPORT_LIMITS.recordChars) return { error: `record too large (${serialised.length} chars)` };
  const canonical = httpUrl(record.canonicalUrl);
  if (!canonical) return { error: 'canonicalUrl is not an http(s) address' };
  if (record.url !== undefined && !httpUrl(record.url)) return { error: 'url is not an http(s) address' };
  if (typeof record.title === 'string' && record.title.length > IMPORT_LIMITS.titleLength)
    return { error: 'title too long' };
  const now = Date.parse(nowIso);
  for (const field of ['capturedAt', 'updatedAt', 'publishedAt']) {
    const problem = field === 'publishedAt' && record[field] === null ? null : checkDate(record, field, now);
    if (problem) return { error: problem };
  }
  const outcome = migrateCaptureRecord(record, nowIso);
  if ('error' in outcome) return outcome;
  let unknownChars = 0;
  for (const [key, value] of Object.entries(record)) {
    if (LONG_FIELDS.has(key)) continue; // capped by the migration (text, contentHtml, note)
    if (!KNOWN_FIELDS.has(key)) {
      unknownChars += key.length + (JSON.stringify(value)?.length ?? 0);
      continue;
    }
    if (oversizedString(value)) return { error: `${key} too large` };
  }
  if (unknownChars > IMPORT_LIMITS.unknownFields) return { error: `unknown fields too large (${unknownChars} chars)` };

  const canonicalUrl = recanonicalize(canonical.href);
  const url = httpUrl(record.url)?.href ?? canonicalUrl;
  const id = captureIdFor(canonicalUrl);
  const rekeyed = outcome.capture.id !== id;
  const warnings = rekeyed ? [...outcome.warnings, 'id did not match its canonical URL: re-keyed'] : outcome.warnings;
  return { capture: { ...outcome.capture, canonicalUrl, url, id }, warnings, rekeyed };
}
