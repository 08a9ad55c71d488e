import { describe, expect, it } from 'vitest';
import { picturesNotice } from './picturesNotice';

describe('picturesNotice', () => {
  it('speaks only when the picture copy hit a full store', () => {
    // Outside the extension t() gives the message key.
    expect(picturesNotice({ ok: false, quota: true, message: 'x' })).toBe('picturesQuota');
    expect(picturesNotice({ ok: false, quota: false, message: 'network' })).toBeNull();
    expect(picturesNotice({ ok: true, result: { kept: 3, bytes: 10, skipped: 0 } })).toBeNull();
    expect(picturesNotice(undefined)).toBeNull();
    expect(picturesNotice('quota')).toBeNull();
  });
});
