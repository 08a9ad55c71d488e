/**
 * The library's tabs. 文章 (the captures) is built in; other views (the figures across captures, made by
 * the export work) add an entry here, so LibraryApp never needs editing to gain one.
 */
import type { ComponentChildren } from 'preact';
import type { CaptureSummary } from '@/utils/store';

export interface LibraryTabContext {
  /** Every capture's summary (no bodies), newest capture first. */
  summaries: CaptureSummary[];
  /** Ids the user checked in the 文章 list (bulk actions). */
  selectedIds: string[];
  /** Opens a capture in the 文章 tab (optionally at a sentence). */
  openCapture: (id: string) => void;
}

export interface LibraryTab {
  id: string;
  /** Localised label (call t() inside). */
  label: () => string;
  render: (context: LibraryTabContext) => ComponentChildren;
}

/** Extra tabs after 文章; push to this list from the module that defines one. */
export const EXTRA_TABS: LibraryTab[] = [];

export interface BulkAction {
  id: string;
  label: () => string;
  run: (ids: string[]) => Promise<void> | void;
}

/** Extra bulk actions shown for the checked captures (zip, report, CSV ... from utils/export). */
export const EXTRA_BULK_ACTIONS: BulkAction[] = [];
