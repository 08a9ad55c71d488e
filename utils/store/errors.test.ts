import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeArticle } from '../testing/articleFactory';
import { createCaptureStore } from './captureStore';
import { StoreError, storeErrorMessage, toStoreError } from './errors';

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('toStoreError', () => {
  it('maps QuotaExceededError, and an AbortError whose transaction failed on quota, to "quota"', () => {
    expect(toStoreError(quotaError()).code).toBe('quota');
    const abort = new DOMException('aborted', 'AbortError');
    expect(toStoreError(abort, { error: quotaError() }).code).toBe('quota');
    expect(toStoreError(abort, { error: null }).code).toBe('unknown');
  });

  it('maps VersionError to "version" and passes StoreErrors through', () => {
    expect(toStoreError(new DOMException('v', 'VersionError')).code).toBe('version');
    const original = new StoreError('blocked');
    expect(toStoreError(original)).toBe(original);
  });

  it('gives a Chinese and English message', () => {
    const error = new StoreError('quota');
    expect(error.message).toMatch(/存储空间/);
    expect(error.message).toMatch(/Storage is full/);
    expect(error).toBeInstanceOf(Error);
  });
});

describe('quota exceeded while saving', () => {
  afterEach(() => vi.restoreAllMocks());

  it('rejects with StoreError "quota" and writes nothing', async () => {
    const store = createCaptureStore({ indexedDB: new IDBFactory() });
    const { capture } = await store.saveArticle(makeArticle(), { note: 'before' });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quotaError();
    });
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw quotaError();
    });

    await expect(store.saveArticle(makeArticle({ title: 'changed' }), { note: 'after' })).rejects.toMatchObject({
      name: 'StoreError',
      code: 'quota',
    });
    await expect(store.saveArticle(makeArticle({ canonicalUrl: 'http://example.com/new' }))).rejects.toMatchObject({
      code: 'quota',
    });

    vi.restoreAllMocks();
    expect(await store.countCaptures()).toBe(1);
    expect(await store.getCapture(capture.id)).toEqual(capture);
  });
});

describe('storeErrorMessage (the one mapping the popup and the background use)', () => {
  const translate = (key: string) => `<${key}>`;
  it('says a full store in the UI language and keeps other messages', () => {
    expect(storeErrorMessage(toStoreError(quotaError()), translate)).toBe('<errorQuota>');
    expect(storeErrorMessage(new StoreError('blocked'), translate)).toContain('文库正在其他标签页中升级');
    expect(storeErrorMessage(new Error('boom'), translate)).toBe('boom');
    expect(storeErrorMessage('odd', translate)).toBe('odd');
  });
});
