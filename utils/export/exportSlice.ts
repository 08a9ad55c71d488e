/**
 * An export worker's share of a zip export (exportWorker.ts), from the database to compressed parts: its
 * captures are read a batch per transaction (the next batch is read while this one converts), each becomes its
 * files (zip.ts captureFiles: offline pictures, Markdown) and each file a compressed part (zipParts.ts). The page
 * strings every worker's parts together in order (workerExport.ts). Replies: a batch of converted captures (their
 * bytes handed over, not copied) as each batch is done, then done.
 */
import type { MarkdownOptions } from './markdown';
import { markdownFileName } from './fileNames';
import { captureFiles } from './zip';
import { compressPart, type ZipPart } from './zipParts';
import { capturesByIds, openForExport, pictureOwners, picturesOfCapture } from '../store/exportReads';

export interface SliceRequest {
  type: 'slice';
  /** The captures of this share, in export order. */
  ids: string[];
  /** The place of ids[0] in the whole export. */
  first: number;
  options: MarkdownOptions;
  /** Put the offline pictures in images/. */
  pictures: boolean;
  dbName?: string;
  /** Captures per read (default 40). */
  batch?: number;
}

export interface SliceFile {
  name: string;
  part: ZipPart;
}

export interface SliceCapture {
  /** Place in the whole export. */
  index: number;
  /** Its Markdown file's name before collisions are numbered (markdownFileName). */
  fileName: string;
  pictures: SliceFile[];
  markdown: ZipPart;
}

export type SliceReply =
  | { type: 'batch'; captures: SliceCapture[]; handled: number }
  | { type: 'done' }
  | { type: 'error'; message: string };

export type SliceReplyFn = (reply: SliceReply, transfer?: Transferable[]) => void;

/** The buffers to hand over; a part that is a view into a larger buffer is copied first (never transfer twice). */
function handOver(captures: SliceCapture[]): Transferable[] {
  const buffers = new Set<ArrayBuffer>();
  const own = (part: ZipPart) => {
    const whole = part.data.byteOffset === 0 && part.data.byteLength === part.data.buffer.byteLength;
    if (!whole || buffers.has(part.data.buffer as ArrayBuffer)) part.data = part.data.slice();
    buffers.add(part.data.buffer as ArrayBuffer);
  };
  for (const capture of captures) {
    for (const picture of capture.pictures) own(picture.part);
    own(capture.markdown);
  }
  return [...buffers];
}

export async function exportSlice(request: SliceRequest, reply: SliceReplyFn, factory?: IDBFactory): Promise<void> {
  const db = await openForExport(factory, request.dbName);
  try {
    const owners = request.pictures ? await pictureOwners(db) : null;
    const size = Math.max(1, request.batch ?? 40);
    const batches: string[][] = [];
    for (let i = 0; i < request.ids.length; i += size) batches.push(request.ids.slice(i, i + size));
    let next = batches.length ? capturesByIds(db, batches[0]) : null;
    for (let b = 0; b < batches.length; b++) {
      const captures = await (next as ReturnType<typeof capturesByIds>);
      next = b + 1 < batches.length ? capturesByIds(db, batches[b + 1]) : null;
      const done: SliceCapture[] = [];
      for (const [i, capture] of captures.entries()) {
        if (!capture) continue; // deleted since the export began
        const index = request.first + b * size + i;
        const pictures = owners?.has(capture.id)
          ? async () =>
              (await picturesOfCapture(db, capture.id)).map((record) => ({
                src: record.src,
                type: record.type,
                bytes: new Uint8Array(record.bytes),
              }))
          : undefined;
        const files = await captureFiles(capture, index, { ...request.options, pictures });
        done.push({
          index,
          fileName: markdownFileName(capture),
          pictures: files.pictures.map((file) => ({ name: file.name, part: compressPart(file.data, file.deflate) })),
          markdown: compressPart(files.markdown, true),
        });
      }
      reply({ type: 'batch', captures: done, handled: batches[b].length }, handOver(done));
    }
    reply({ type: 'done' });
  } finally {
    db.close();
  }
}
