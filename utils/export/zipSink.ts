/**
 * Where the zip export's files go. `directZip` is fflate's streaming Zip in this thread (Node, the CLI, tests);
 * `workerZip` sends the same entries, in the same order, to a worker that runs `serveZip` — the same directZip
 * there — so the text is encoded and deflated off the page's main thread, in parallel with the Markdown
 * conversion (which needs the page's DOM parser and stays). Same entries and mtime in, same zip bytes out.
 */
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';

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
      // Level 1: under half the time of level 6 per Markdown file, for a somewhat larger zip (bench: export_zip_1000).
      const entry = deflate ? new ZipDeflate(name, { level: 1 }) : new ZipPassThrough(name);
      entry.mtime = mtime;
      zip.add(entry);
      entry.push(typeof data === 'string' ? strToU8(data) : data, true);
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

export type ZipRequest = { type: 'start'; mtime: number } | { type: 'add'; entry: ZipEntry } | { type: 'end' };
export type ZipReply = { type: 'done'; bytes: Uint8Array } | { type: 'error'; message: string };

/** The worker's side: requests in, one reply at the end (the zip, handed over rather than copied). */
export function serveZip(reply: (message: ZipReply, transfer?: Transferable[]) => void): (request: ZipRequest) => void {
  let sink: ZipSink | null = null;
  return (request) => {
    try {
      if (request.type === 'start') sink = directZip(new Date(request.mtime));
      else if (!sink) throw new Error('zip worker: no zip started');
      else if (request.type === 'add') sink.add(request.entry);
      else
        void sink.end().then(
          (bytes) => reply({ type: 'done', bytes }, [bytes.buffer]),
          (error) => reply({ type: 'error', message: String((error as Error)?.message ?? error) }),
        );
    } catch (error) {
      sink = null;
      reply({ type: 'error', message: String((error as Error)?.message ?? error) });
    }
  };
}

/** What workerZip needs of a Worker (a test hands in an in-process one). */
export interface ZipWorkerLike {
  postMessage(message: ZipRequest): void;
  onmessage: ((event: { data: ZipReply }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  terminate(): void;
}

/** The page's side: entries are posted as they come (copied, so the caller's bytes stay usable). */
export function workerZip(mtime: Date, worker: ZipWorkerLike): ZipSink {
  const result = new Promise<Uint8Array>((resolve, reject) => {
    worker.onmessage = ({ data }) =>
      data.type === 'done' ? resolve(data.bytes) : reject(new Error(`zip worker: ${data.message}`));
    worker.onerror = (event) => reject(new Error(`zip worker: ${event?.message || 'failed'}`));
  });
  result.catch(() => undefined); // rejected before end() is awaited: reported there
  worker.postMessage({ type: 'start', mtime: mtime.getTime() });
  return {
    add: (entry) => worker.postMessage({ type: 'add', entry }),
    async end() {
      worker.postMessage({ type: 'end' });
      try {
        return await result;
      } finally {
        worker.terminate();
      }
    },
    abort: () => worker.terminate(),
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
