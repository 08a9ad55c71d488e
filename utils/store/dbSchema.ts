/** The database's stores and indexes, as types (schema.ts makes them; indexWrites.ts writes them). */
import type { DBSchema } from 'idb';
import type { Capture } from '../types';
import type { CaptureSummary } from './summary';
import type { FigureRowsRecord } from './figureRowRecords';
import type { DocOrderBlock, DocTextRecord } from './docStores';
import type { Fence, FigureBucket } from './figureBuckets';

export interface CaptureDbSchema extends DBSchema {
  captures: {
    key: string;
    value: Capture;
    indexes: {
      canonicalUrl: string;
      capturedAt: string;
      updatedAt: string;
      publishedAt: string;
      site: string;
      /** multiEntry over the breadcrumb: a capture is found under every channel it sits in. */
      channel: string;
      /** multiEntry over tags. */
      tags: string;
    };
  };
  pictures: {
    key: [string, string];
    value: PictureRecord;
    indexes: { captureId: string };
  };
  summaries: {
    key: string;
    value: CaptureSummary;
    indexes: { docNo: number; capturedAt: string; updatedAt: string; publishedTime: number };
  };
  grams: { key: string; value: Uint8Array };
  meta: { key: string; value: number };
  /** v5: captures not yet merged into `grams`: document number -> folded searchable text. */
  pending: { key: number; value: string };
  /** v5 and v6 only (v7 grouped them into figbuckets): the 数字 tab's rows, one record per capture. */
  figrows: { key: string; value: FigureRowsRecord; indexes: { capturedAt: string } };
  /** v6: document number -> its searchable fields and body as written (the search's verification reads). */
  texts: { key: number; value: DocTextRecord };
  /** v6: document number >> 7 -> the order keys of that block's live documents (the search's first query). */
  docorder: { key: number; value: DocOrderBlock };
  /** v7: the 数字 tab's rows, about 100 captures a record, keyed by their bucket's fence (figureBuckets.ts). */
  figbuckets: { key: Fence; value: FigureBucket };
}

/** One picture of one capture, as fetched at save time. */
export interface PictureRecord {
  captureId: string;
  /** Absolute address the article's HTML uses (new URL(src).href). */
  src: string;
  /** MIME type from the response, e.g. image/jpeg. */
  type: string;
  /** Bytes (an ArrayBuffer clones everywhere a Blob may not). */
  bytes: ArrayBuffer;
  size: number;
  savedAt: string;
}
