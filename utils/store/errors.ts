/** Store failures the UI can explain: one code per thing the user can do something about. */

export type StoreErrorCode = 'quota' | 'blocked' | 'version' | 'not-found' | 'unknown';

const MESSAGES: Record<StoreErrorCode, string> = {
  quota:
    '存储空间已满，未能保存。请删除一些文章或导出备份后重试。 ' +
    '(Storage is full: nothing was saved. Delete some articles or export a backup, then try again.)',
  blocked:
    '文库正在其他标签页中升级，请关闭其他打开文库的标签页后重试。 ' +
    '(The library is being upgraded in another tab: close the other library tabs and try again.)',
  version:
    '文库由更新版本的扩展创建，请更新或重新加载扩展。 (The library was created by a newer version of the extension: update or reload it.)',
  'not-found': '文库中没有这篇文章。 (This article is not in the library.)',
  unknown: '文库出错，操作未完成。 (The library failed; the operation was not completed.)',
};

export class StoreError extends Error {
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, options: { cause?: unknown; detail?: string } = {}) {
    super(options.detail ? `${MESSAGES[code]} [${options.detail}]` : MESSAGES[code], { cause: options.cause });
    this.name = 'StoreError';
    this.code = code;
  }
}

function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error
    ? String((error as { name: unknown }).name)
    : undefined;
}

function errorMessage(error: unknown): string | undefined {
  return error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)
    ? String((error as { message: unknown }).message)
    : undefined;
}

/**
 * Any failure from IndexedDB -> StoreError. A quota failure often surfaces as an AbortError on the
 * request while the transaction's own error says QuotaExceededError, so the transaction is consulted too.
 */
export function toStoreError(error: unknown, transaction?: { error: DOMException | null } | null): StoreError {
  if (error instanceof StoreError) return error;
  let txError: unknown = null;
  try {
    txError = transaction?.error ?? null;
  } catch {
    // reading .error on a still-active transaction throws InvalidStateError in some engines
  }
  const names = [errorName(error), errorName(txError)];
  const detail = errorMessage(error) ?? (error === undefined ? undefined : String(error));
  const legacyQuota = names.includes('NS_ERROR_DOM_QUOTA_REACHED') || (error as { code?: unknown } | null)?.code === 22;
  if (names.includes('QuotaExceededError') || legacyQuota) return new StoreError('quota', { cause: error, detail });
  if (names.includes('VersionError')) return new StoreError('version', { cause: error, detail });
  return new StoreError('unknown', { cause: error, detail });
}

/**
 * What to tell the user when saving failed: the one mapping the popup and the background share.
 * A full store reads as the localised quota message (`errorQuota`); anything else keeps its own message.
 * `translate` is the UI's t(), passed in so the store stays free of browser APIs.
 */
export function storeErrorMessage(error: unknown, translate: (key: 'errorQuota') => string): string {
  if (error instanceof StoreError && error.code === 'quota') return translate('errorQuota');
  return error instanceof Error ? error.message : String(error);
}
