/**
 * Capture records without IndexedDB: ids, record migration and normalisation.
 * Pure on purpose: the JSON backup reader (utils/export/backup.ts) migrates old records the same way.
 */
import type { Article, Capture, Figure, FigureEdit } from '../types';
import { rekeyFigureEdits } from './figureEditKeys';

/** Schema version of the database and of every record in it (bump with a new upgrade step). */
export const CURRENT_SCHEMA_VERSION = 7;

/** Limits that keep one record (from a page or a backup) from swamping the library. */
export const RECORD_LIMITS = {
  tags: 50,
  tagLength: 50,
  noteLength: 100_000,
  textLength: 2_000_000,
  htmlLength: 5_000_000,
  figures: 5_000,
  figureEdits: 5_000,
} as const;

/** What the user adds on save or edit. */
export interface CaptureExtras {
  tags?: string[];
  note?: string;
  figureEdits?: FigureEdit[];
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = (1n << 64n) - 1n;

/** Stable 16-hex-digit id of a canonical URL (FNV-1a 64 over UTF-8): short enough for page URLs. */
export function captureIdFor(canonicalUrl: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(canonicalUrl)) {
    hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}

/** Trimmed, de-duplicated, non-empty tags, capped in number and length. */
export function normalizeTags(tags: readonly unknown[] | undefined): string[] {
  const seen = new Set<string>();
  for (const tag of tags ?? []) {
    if (typeof tag !== 'string') continue;
    const clean = tag.replace(/\s+/g, ' ').trim().slice(0, RECORD_LIMITS.tagLength);
    if (clean) seen.add(clean);
    if (seen.size >= RECORD_LIMITS.tags) break;
  }
  return [...seen];
}

/** Drops edits that change nothing, keeps the last edit per figure key. */
export function normalizeFigureEdits(edits: readonly FigureEdit[] | undefined): FigureEdit[] {
  const byKey = new Map<string, FigureEdit>();
  for (const edit of edits ?? []) {
    if (!edit || typeof edit.key !== 'string' || !/^\d+:\d+$/.test(edit.key)) continue;
    const clean: FigureEdit = { key: edit.key };
    if (edit.pinned) clean.pinned = true;
    if (edit.hidden) clean.hidden = true;
    const corrected = cleanCorrection(edit.corrected);
    if (corrected) clean.corrected = corrected;
    byKey.delete(edit.key); // re-insert so the latest edit also takes the latest position
    if (clean.pinned || clean.hidden || clean.corrected) byKey.set(edit.key, clean);
  }
  return [...byKey.values()].slice(0, RECORD_LIMITS.figureEdits);
}

/** Only the overridable fields, each with its proper type (backups are untrusted input). */
function cleanCorrection(raw: unknown): FigureEdit['corrected'] | undefined {
  if (!isObject(raw)) return undefined;
  const corrected: Record<string, unknown> = {};
  if (raw.value === null || isFiniteNumber(raw.value)) corrected.value = raw.value;
  if (isFiniteNumber(raw.max)) corrected.max = raw.max;
  for (const field of ['unit', 'label', 'qualifier', 'kind', 'measure'] as const) {
    if (typeof raw[field] === 'string') corrected[field] = raw[field];
  }
  return Object.keys(corrected).length ? (corrected as FigureEdit['corrected']) : undefined;
}

/** Existing edits overlaid with newer ones, per figure key (a newer edit replaces the older one). */
export function mergeFigureEdits(
  existing: readonly FigureEdit[],
  incoming: readonly FigureEdit[] | undefined,
): FigureEdit[] {
  return normalizeFigureEdits([...existing, ...(incoming ?? [])]);
}

const CAPTURE_ONLY_FIELDS = ['id', 'capturedAt', 'updatedAt', 'tags', 'note', 'figureEdits', 'schemaVersion'] as const;

/** The Article part of an Article or Capture (so re-saving a Capture never smuggles in stale user fields). */
export function articleFields(article: Article | Capture): Article {
  const copy: Record<string, unknown> = { ...article };
  for (const field of CAPTURE_ONLY_FIELDS) delete copy[field];
  return copy as unknown as Article;
}

/** A new capture, or `existing` refreshed with the page's current content and the extras merged in. */
export function buildCapture(article: Article, now: string, extras: CaptureExtras = {}, existing?: Capture): Capture {
  return {
    ...articleFields(article),
    id: existing?.id ?? captureIdFor(article.canonicalUrl),
    capturedAt: existing?.capturedAt ?? now,
    updatedAt: now,
    tags: normalizeTags([...(existing?.tags ?? []), ...(extras.tags ?? [])]),
    note: clampNote(extras.note ?? existing?.note ?? ''),
    // The page's text may have moved its figures: the stored edits follow them to their new offsets.
    figureEdits: mergeFigureEdits(
      existing ? rekeyFigureEdits(existing.figureEdits ?? [], existing.figures ?? [], article.figures ?? []) : [],
      extras.figureEdits,
    ),
    schemaVersion: CURRENT_SCHEMA_VERSION,
  };
}

function clampNote(note: string): string {
  return note.slice(0, RECORD_LIMITS.noteLength);
}

export type MigrationOutcome = { capture: Capture; warnings: string[] } | { error: string };

/**
 * Any stored or backed-up record (schemaVersion 1..current, or none = 1) -> a current Capture.
 * Schema 1 records lacked tags, note, figureEdits, updatedAt and schemaVersion; they get defaults.
 * Records that are not captures at all (no canonicalUrl/title/text) give `{ error }`.
 */
export function migrateCaptureRecord(raw: unknown, now = new Date().toISOString()): MigrationOutcome {
  if (!isObject(raw)) return { error: 'not an object' };
  const version = raw.schemaVersion === undefined ? 1 : raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { error: 'bad schemaVersion' };
  if (version > CURRENT_SCHEMA_VERSION) return { error: `schemaVersion ${version} is newer than this app` };
  for (const field of ['canonicalUrl', 'title'] as const) {
    if (typeof raw[field] !== 'string' || !(raw[field] as string).trim()) return { error: `missing ${field}` };
  }
  if (typeof raw.text !== 'string') return { error: 'missing text' };
  if ((raw.text as string).length > RECORD_LIMITS.textLength) return { error: 'text too long' };
  const html = raw.contentHtml ?? '';
  if (typeof html !== 'string') return { error: 'contentHtml is not a string' };
  if (html.length > RECORD_LIMITS.htmlLength) return { error: 'contentHtml too long' };
  for (const field of ['authors', 'keywords', 'channel', 'images', 'figures', 'tags', 'figureEdits'] as const) {
    if (raw[field] !== undefined && !Array.isArray(raw[field])) return { error: `${field} is not a list` };
  }

  const warnings: string[] = [];
  const figures = ((raw.figures as unknown[] | undefined) ?? [])
    .filter(isFigure)
    .slice(0, RECORD_LIMITS.figures)
    .map((figure) => ({ ...figure, score: typeof figure.score === 'number' ? figure.score : 0 }));
  const droppedFigures = ((raw.figures as unknown[] | undefined) ?? []).length - figures.length;
  if (droppedFigures > 0) warnings.push(`${droppedFigures} invalid figure(s) dropped`);
  const canonicalUrl = (raw.canonicalUrl as string).trim();
  const text = raw.text as string;
  const capturedAt = isoOr(raw.capturedAt, now);
  const capture: Capture = {
    url: stringOr(raw.url, canonicalUrl),
    canonicalUrl,
    site: raw.site === 'changcheng' ? 'changcheng' : 'generic',
    siteName: stringOrNull(raw.siteName),
    title: raw.title as string,
    authors: stringList(raw.authors),
    source: stringOrNull(raw.source),
    publishedAt: stringOrNull(raw.publishedAt),
    editor: stringOrNull(raw.editor),
    keywords: stringList(raw.keywords),
    channel: stringList(raw.channel),
    excerpt: stringOr(raw.excerpt, ''),
    text,
    contentHtml: html,
    images: ((raw.images as unknown[] | undefined) ?? []).flatMap((image) =>
      isObject(image) && typeof image.src === 'string'
        ? [
            {
              src: image.src,
              caption: stringOrNull(image.caption),
              // null is what the extractor writes for a picture without alt: kept, so a backup comes back equal.
              ...(typeof image.alt === 'string' || image.alt === null ? { alt: image.alt } : {}),
            },
          ]
        : [],
    ),
    length: typeof raw.length === 'number' ? raw.length : text.length,
    figures,
    id: typeof raw.id === 'string' && raw.id ? raw.id : captureIdFor(canonicalUrl),
    capturedAt,
    updatedAt: isoOr(raw.updatedAt, capturedAt),
    tags: normalizeTags(raw.tags as unknown[] | undefined),
    note: clampNote(stringOr(raw.note, '')),
    figureEdits: normalizeFigureEdits(raw.figureEdits as FigureEdit[] | undefined),
    schemaVersion: CURRENT_SCHEMA_VERSION,
  };
  return { capture: { ...extraFields(raw), ...capture }, warnings };
}

/** Fields this version does not know are kept (the types allow extra fields; never lose data). */
function extraFields(raw: Record<string, unknown>): Record<string, unknown> {
  const known = new Set([
    'url',
    'canonicalUrl',
    'site',
    'siteName',
    'title',
    'authors',
    'source',
    'publishedAt',
    'editor',
    'keywords',
    'channel',
    'excerpt',
    'text',
    'contentHtml',
    'images',
    'length',
    'figures',
    ...CAPTURE_ONLY_FIELDS,
  ]);
  return Object.fromEntries(Object.entries(raw).filter(([key]) => !known.has(key) && key !== '__proto__'));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFigure(value: unknown): value is Figure {
  return (
    isObject(value) &&
    typeof value.text === 'string' &&
    typeof value.kind === 'string' &&
    Number.isInteger(value.start) &&
    Number.isInteger(value.end) &&
    (value.value === null || isFiniteNumber(value.value)) &&
    typeof value.unit === 'string' &&
    typeof value.qualifier === 'string' &&
    typeof value.sentence === 'string' &&
    optional(value.max, isFiniteNumber) &&
    optional(value.score, isFiniteNumber) &&
    optional(value.label, isString) &&
    optional(value.measure, isString) &&
    optional(value.date, isString)
  );
}

function optional(value: unknown, check: (value: unknown) => boolean): boolean {
  return value === undefined || check(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** A valid date as UTC ISO (so stored times sort as strings), else the fallback. */
function isoOr(value: unknown, fallback: string): string {
  if (typeof value !== 'string' && typeof value !== 'number') return fallback;
  const time = new Date(value).getTime();
  return Number.isFinite(time) ? new Date(time).toISOString() : fallback;
}
