/** The capture library: IndexedDB store, errors, and the pure record helpers it is built on. */
import { createCaptureStore, type CaptureStore } from './captureStore';

export { createCaptureStore } from './captureStore';
export type {
  CaptureStore,
  CaptureStoreOptions,
  CapturePatch,
  CaptureSort,
  SummaryListOptions,
  ImportResult,
  ListCapturesOptions,
} from './captureStore';
export { StoreError, storeErrorMessage, toStoreError, type StoreErrorCode } from './errors';
export { DB_NAME, CAPTURES } from './schema';
export type { CaptureSummary } from './summary';
export type { SearchHit, SearchResult, SearchOptions } from './query';
export type { LibraryChange } from './changes';
export { prepareImport, type PreparedImport } from './importer';
export { checkImportRecord, IMPORT_LIMITS } from './importRecords';
export {
  CURRENT_SCHEMA_VERSION,
  captureIdFor,
  migrateCaptureRecord,
  normalizeTags,
  normalizeFigureEdits,
  mergeFigureEdits,
  type CaptureExtras,
} from './records';
export { parseSearchQuery, scoreCapture } from './search';

let defaultStore: CaptureStore | null = null;

/** The extension's one library, created on first use (so importing this module opens nothing). */
export function getCaptureStore(): CaptureStore {
  defaultStore ??= createCaptureStore();
  return defaultStore;
}

/** Asks the browser not to evict the library under storage pressure; false when refused or unsupported. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    const storage = (globalThis.navigator as Navigator | undefined)?.storage;
    if (await storage?.persisted?.()) return true;
    return (await storage?.persist?.()) === true;
  } catch {
    return false;
  }
}
