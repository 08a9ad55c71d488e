import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { t } from './i18n';

describe('t', () => {
  afterEach(() => vi.restoreAllMocks());

  it('asks the browser once per message and substitutions, and again when getMessage is another function', () => {
    const first = vi
      .spyOn(fakeBrowser.i18n, 'getMessage')
      .mockImplementation(((key: string, subs?: string[]) => `${key}:${[subs ?? []].flat().join(',')}`) as never);
    expect(t('libCaptured')).toBe('libCaptured:');
    expect(t('libCaptured')).toBe('libCaptured:');
    expect(t('libraryCount', '3')).toBe('libraryCount:3');
    expect(t('libraryCount', '4')).toBe('libraryCount:4');
    expect(t('libraryCount', ['3'])).toBe('libraryCount:3');
    // Two lookups of libCaptured, of libraryCount with 3 and 4: three calls (['3'] is '3').
    expect(first).toHaveBeenCalledTimes(3);
    vi.restoreAllMocks();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((() => '另一种') as never);
    expect(t('libCaptured')).toBe('另一种');
  });

  it('gives the key itself where the browser has no message', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((() => '') as never);
    expect(t('noSuchKey')).toBe('noSuchKey');
  });
});
