import { describe, expect, it } from 'vitest';
import { formatBytes } from './useOfflinePictures';

describe('formatBytes', () => {
  it('says sizes as people read them: no .0, one decimal otherwise', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(2047)).toBe('2 KB');
    expect(formatBytes(500 * 1024 * 1024)).toBe('500 MB');
    expect(formatBytes(20.5 * 1024 * 1024)).toBe('20.5 MB');
    expect(formatBytes(1.5 * 1024 ** 3)).toBe('1.5 GB');
  });
});
