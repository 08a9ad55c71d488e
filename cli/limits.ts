/**
 * Limits that keep the command line bounded on any input: how much it reads (checked before reading, from the
 * file's size, and while reading a stream or device) and how many figures it writes.
 */
import { DEFAULT_MAX_PAGE_CHARS } from '../utils/pipeline/pageLimit';
import { PROGRAM, UsageError } from './errors';

/** 50 MB: a saved 长城网 page is well under 1 MB; "save as single file" pages with inlined pictures reach ~30 MB. */
export const DEFAULT_MAX_INPUT_BYTES = 50 * 1024 * 1024;

/**
 * 10,000 figures: a news article has tens, a long report hundreds. Each figure is about 300 bytes of JSON, so
 * the output stays within a few megabytes — a megabyte of numerals would otherwise print 40-70 MB.
 */
export const DEFAULT_MAX_FIGURES = 10_000;

/** The limits in force for this run (set once from the command line; passed on to worker threads). */
export const limits = {
  maxInputBytes: DEFAULT_MAX_INPUT_BYTES,
  maxFigures: DEFAULT_MAX_FIGURES,
  maxPageChars: DEFAULT_MAX_PAGE_CHARS,
};

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
};

/** `50MB`, `200M`, `1g`, `512k`, `1048576` -> bytes. */
export function parseSize(option: string, value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?b?)$/i.exec(value.trim());
  const bytes = m ? Math.floor(Number(m[1]) * UNITS[m[2].toLowerCase()]) : Number.NaN;
  if (!Number.isFinite(bytes) || bytes <= 0) {
    throw new UsageError(`--${option} must be a size such as 50MB, 200M or 1G (got '${value}')`);
  }
  return bytes;
}

export function parseCount(option: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) <= 0) {
    throw new UsageError(`--${option} must be a positive whole number (got '${value}')`);
  }
  return Number(value);
}

/** 52428800 -> "50 MB", 1536 -> "1.5 KB". */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${+(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${+(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** The one line for output cut at the figure limit (the output written is still whole JSON). */
export function tooManyFigures(cap: number): string {
  return `${PROGRAM}: stopped after ${cap} figures, the output limit (raise it with --max-figures N)`;
}
