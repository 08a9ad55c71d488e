/** `figures`: plain text -> Figure[] as one JSON array (json) or one array per input line (jsonl). */
import { decodeHtml } from '../utils/article/decodeHtml';
import { extractFigures, type ExtractFiguresOptions } from '../utils/figures/index';
import type { Figure } from '../utils/types';
import type { FiguresCommand } from './args';
import { CliError, EXIT, type ExitStatus } from './errors';
import { inputLabel, printError, readInputBytes, type Output } from './io';
import { limits, tooManyFigures } from './limits';

/** Output is gathered into chunks of about this size: one write per figure would be slow. */
const CHUNK_CHARS = 64 * 1024;

export async function runFigures(cmd: FiguresCommand, out: Output): Promise<ExitStatus> {
  let bytes: Uint8Array;
  try {
    bytes = await readInputBytes(cmd.file);
  } catch (err) {
    if (err instanceof CliError) throw new CliError(`${inputLabel(cmd.file)}: ${err.message}`, err.exitStatus);
    throw err;
  }
  // Same charset rules as saved pages (BOM, then UTF-8, else GB18030): text copied from 长城网 is
  // often saved by tools that keep the site's GBK.
  const text = decodeHtml(bytes).html;
  const options: ExtractFiguresOptions = { referenceDate: cmd.date ?? null, all: cmd.all };

  const cap = limits.maxFigures;
  let written: number;
  if (cmd.format === 'json') {
    const figures = extractFigures(text, options);
    written = figures.length;
    await writeJsonArray(out, figures.length > cap ? figures.slice(0, cap) : figures);
  } else {
    written = await writeLinesAsJsonl(out, splitLines(text), options, cap);
  }
  if (written <= cap) return EXIT.ok;
  printError(tooManyFigures(cap));
  return EXIT.failure;
}

/**
 * Lines as a text editor sees them: \n or \r\n ends a line (the \r is not part of it, so offsets
 * stay right), and a final line terminator does not start one more, empty line.
 */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** `[\n  {...},\n  {...}\n]` — valid JSON written piecewise, so huge results never build one string. */
export async function writeJsonArray(out: Output, figures: readonly Figure[]): Promise<void> {
  if (figures.length === 0) {
    await out.write('[]\n');
    return;
  }
  let chunk = '[\n';
  for (let i = 0; i < figures.length; i++) {
    chunk += `  ${JSON.stringify(figures[i])}${i < figures.length - 1 ? ',' : ''}\n`;
    if (chunk.length >= CHUNK_CHARS) {
      await out.write(chunk);
      chunk = '';
    }
  }
  await out.write(`${chunk}]\n`);
}

/** One array per line until `cap` figures are written; returns how many were found (more than `cap`: cut). */
async function writeLinesAsJsonl(
  out: Output,
  lines: readonly string[],
  options: ExtractFiguresOptions,
  cap: number,
): Promise<number> {
  let chunk = '';
  let count = 0;
  for (const line of lines) {
    // An empty line has no figures; skipping the extractor also keeps blank-heavy input fast.
    const figures = line.trim() === '' ? [] : extractFigures(line, options);
    count += figures.length;
    chunk += `${JSON.stringify(count > cap ? figures.slice(0, cap - (count - figures.length)) : figures)}\n`;
    if (chunk.length >= CHUNK_CHARS || count > cap) {
      await out.write(chunk);
      chunk = '';
    }
    if (count > cap) return count;
  }
  if (chunk) await out.write(chunk);
  return count;
}
