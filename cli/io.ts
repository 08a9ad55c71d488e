/**
 * Input bytes and output streams. Reading a file or stdin without trusting it: a directory or an oversized
 * regular file is refused before a byte is read, a device or pipe is read in chunks and stopped as soon as it is
 * over the limit, and binary data is recognised from its first chunk (`/dev/zero`, `/dev/urandom`, a PNG).
 * Writing to stdout waits for the reader, and a reader that went away ends the run with one line.
 */
import { createReadStream, fstatSync, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { describeFsError, UnreadableInputError } from './errors';
import { formatSize, limits } from './limits';

/** How far we look for NUL and control bytes: binary data shows them almost at once. */
export const BINARY_SNIFF_BYTES = 8192;

export function isStdin(file: string): boolean {
  return file === '-';
}

/** How an input is named in messages: the path as given, or "(standard input)" for '-'. */
export function inputLabel(file: string): string {
  return isStdin(file) ? '(standard input)' : file;
}

function tooLarge(size: string | null, maxBytes: number): UnreadableInputError {
  const over = `over the ${formatSize(maxBytes)} limit (raise it with --max-input, e.g. --max-input 200MB)`;
  return new UnreadableInputError(`too large: ${size ? `${size}, ` : ''}${over}`);
}

function refuseBySize(stats: Stats, maxBytes: number): void {
  if (stats.isDirectory()) throw new UnreadableInputError('cannot read: is a directory, not a file');
  if (stats.isFile() && stats.size > maxBytes) throw tooLarge(formatSize(stats.size), maxBytes);
}

/** Reads a file (or stdin for '-') and refuses what cannot be text: missing, directory, too large, binary. */
export async function readInputBytes(file: string, maxBytes = limits.maxInputBytes): Promise<Uint8Array> {
  let stream: Readable;
  try {
    if (isStdin(file)) {
      refuseBySize(fstatSync(0), maxBytes);
      if (process.stdin.isTTY) process.stderr.write('(reading standard input; end with Ctrl-D)\n');
      stream = process.stdin;
    } else {
      refuseBySize(await stat(file), maxBytes);
      stream = createReadStream(file);
    }
  } catch (err) {
    if (err instanceof UnreadableInputError) throw err;
    throw new UnreadableInputError(`cannot read: ${describeFsError(err)}`);
  }
  return readCapped(stream, maxBytes);
}

async function readCapped(stream: Readable, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  let sniffed = false;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      total += buffer.length;
      if (total > maxBytes) throw tooLarge(null, maxBytes);
      chunks.push(buffer);
      if (!sniffed && total >= BINARY_SNIFF_BYTES) {
        sniffed = true;
        const reason = binaryReason(Buffer.concat(chunks));
        if (reason) throw new UnreadableInputError(reason);
      }
    }
  } catch (err) {
    stream.destroy();
    if (err instanceof UnreadableInputError) throw err;
    throw new UnreadableInputError(`cannot read: ${describeFsError(err)}`);
  }
  const bytes = Buffer.concat(chunks);
  const reason = sniffed ? null : binaryReason(bytes);
  if (reason) throw new UnreadableInputError(reason);
  return bytes;
}

/** Well-known file signatures, so the error can say what the file is instead of just "binary". */
const SIGNATURES: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive (or an Office document)'],
  [[0x1f, 0x8b], 'gzip-compressed data (gunzip it first)'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable'],
];

/**
 * Why these bytes cannot be text, or null if they can. NUL bytes never occur in real HTML/text
 * (except UTF-16, which announces itself with a BOM); other control bytes are rare, so a file
 * where they are common is binary even when its first KBs happen to hold no NUL (compressed data).
 */
export function binaryReason(bytes: Uint8Array): string | null {
  for (const [magic, what] of SIGNATURES) {
    if (magic.every((b, i) => bytes[i] === b)) return `not a text or HTML file (${what})`;
  }
  if (hasUtf16Bom(bytes)) return null;
  const end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i];
    if (b === 0) return 'not a text or HTML file (binary data)';
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return end > 0 && control / end > 0.05 ? 'not a text or HTML file (binary data)' : null;
}

export function looksBinary(bytes: Uint8Array): boolean {
  return binaryReason(bytes) !== null;
}

function hasUtf16Bom(b: Uint8Array): boolean {
  return b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));
}

/** Thrown by Output.write once the reader went away (EPIPE): the command stops with one line, exit 1. */
export class OutputClosedError extends Error {
  constructor(message = 'standard output was closed before everything was written') {
    super(message);
    this.name = 'OutputClosedError';
  }
}

/**
 * A stdout writer that waits for 'drain' (so a 100 MB output is not buffered in memory twice) and
 * turns EPIPE into OutputClosedError instead of an unhandled 'error' event with a stack trace.
 */
export class Output {
  private closed = false;
  private failure: Error | null = null;

  constructor(private readonly stream: NodeJS.WritableStream & { destroyed?: boolean } = process.stdout) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      // EPIPE/ERR_STREAM_DESTROYED: the reader is gone (e.g. `| head`). Anything else: also stop
      // writing; main reports the failure when the next write throws.
      this.closed = true;
      if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') {
        this.failure = new OutputClosedError(`cannot write to standard output: ${describeFsError(err)}`);
      }
    });
  }

  get isClosed(): boolean {
    return this.closed || Boolean(this.stream.destroyed);
  }

  async write(chunk: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.isClosed) throw new OutputClosedError();
    if (this.stream.write(chunk)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.stream.off('drain', done);
        this.stream.off('close', done);
        this.stream.off('error', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('close', done);
      this.stream.on('error', done);
    });
    if (this.failure) throw this.failure;
    if (this.isClosed) throw new OutputClosedError();
  }

  /** Waits until everything written has left the process, so a reader that closed early is noticed. */
  async finish(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.isClosed) throw new OutputClosedError();
    await new Promise<void>((resolve) => {
      const done = () => {
        this.stream.off('error', done);
        resolve();
      };
      this.stream.on('error', done);
      if (!this.stream.write('', done)) this.stream.once('drain', done);
    });
    if (this.failure) throw this.failure;
    if (this.isClosed) throw new OutputClosedError();
  }
}

/** Warnings and errors for people: one line each on stderr; a closed stderr is not our problem. */
export function printError(line: string): void {
  try {
    process.stderr.write(`${line}\n`);
  } catch {
    /* stderr closed: nothing sensible left to do */
  }
}
