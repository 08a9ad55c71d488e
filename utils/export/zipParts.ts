/**
 * Zip files compressed one at a time: `compressPart` deflates a file (fflate's deflateSync, level 1: under half
 * the time of level 6 per Markdown file, and in Chromium about twice as fast as the streaming ZipDeflate) and
 * `addPart` puts a compressed part into fflate's streaming Zip (the same headers, data descriptors and directory
 * as fflate writes for its own entries). The export workers compress their files into parts and the page only
 * strings them together (workerExport.ts); directZip (zipSink.ts) does both in one thread. Same entries and mtime
 * in, same zip bytes out, either way.
 */
import { deflateSync, strToU8, type Zip, ZipPassThrough, type ZipInputFile } from 'fflate';

export interface ZipPart {
  /** Compressed (deflate) or stored bytes. */
  data: Uint8Array;
  /** CRC-32 and size of the uncompressed bytes. */
  crc: number;
  size: number;
  /** 8: deflate, 0: stored. */
  compression: number;
  /** The header's bits 1-2, how hard deflate tried: 3 for level 1, as fflate's ZipDeflate writes it. */
  flag: number;
}

/** CRC-32 of the bytes (fflate computes it as data passes through an entry). */
function crcOf(bytes: Uint8Array): number {
  const entry = new ZipPassThrough('');
  entry.ondata = () => undefined;
  entry.push(bytes, true);
  return entry.crc;
}

/**
 * Files smaller than this are stored even when they could be deflated. Deflate pays a fixed cost per file
 * (about 1 ms in Chromium: its Huffman tables and buffers) that for an article of a few thousand characters is
 * most of the zip export's time (1,000 captures: deflate was more than half of the workers' time, for about 6 kB
 * saved per file); from 32 kB (deflate's window) on, the saving is worth it.
 */
export const MIN_DEFLATE_BYTES = 32 * 1024;

/** One file's part: a string as UTF-8, deflated at level 1 (from MIN_DEFLATE_BYTES on), else stored as it is. */
export function compressPart(data: Uint8Array | string, deflate: boolean): ZipPart {
  const bytes = typeof data === 'string' ? strToU8(data) : data;
  const crc = crcOf(bytes);
  if (!deflate || bytes.length < MIN_DEFLATE_BYTES)
    return { data: bytes, crc, size: bytes.length, compression: 0, flag: 0 };
  return { data: deflateSync(bytes, { level: 1 }), crc, size: bytes.length, compression: 8, flag: 3 };
}

/** Adds a compressed part to `zip` under `name`, its bytes used as they are. */
export function addPart(zip: Zip, name: string, part: ZipPart, mtime: Date): void {
  const file: ZipInputFile & { mtime: Date } = {
    filename: name,
    size: part.size,
    crc: part.crc,
    compression: part.compression,
    flag: part.flag,
    mtime,
  };
  zip.add(file);
  file.ondata?.(null, part.data as Uint8Array<ArrayBuffer>, true);
}
