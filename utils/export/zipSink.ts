/**
 * Where the zip export's files go: `directZip` compresses each file (zipParts.ts) into fflate's streaming Zip in
 * this thread (Node, the CLI, tests, and the library page where no worker runs). The library page's export runs
 * in workers instead (workerExport.ts), which compress the same files the same way: same entries and mtime in,
 * same zip bytes out.
 */
import { Zip } from 'fflate';
import { addPart, compressPart } from './zipParts';

export interface ZipEntry {
  name: string;
  /** A string is stored as UTF-8. */
  data: Uint8Array | string;
  deflate: boolean;
}

export interface ZipSink {
  add(entry: ZipEntry): void;
  /** The finished zip. */
  end(): Promise<Uint8Array>;
  /** Gives up (the export was cancelled or failed). */
  abort(): void;
}

export function directZip(mtime: Date): ZipSink {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else chunks.push(data);
  });
  return {
    add({ name, data, deflate }) {
      addPart(zip, name, compressPart(data, deflate), mtime);
    },
    async end() {
      zip.end();
      if (failure) throw failure;
      return concat(chunks);
    },
    abort() {
      chunks.length = 0;
    },
  };
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
