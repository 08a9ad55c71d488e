import { describe, expect, it } from 'vitest';
import { isolated } from './bidi';

describe('isolated', () => {
  it('wraps page words in first-strong isolate … pop directional isolate', () => {
    expect(isolated('总投资')).toBe('\u2068总投资\u2069');
    const hostile = '标题\u202Eabc';
    expect(`已删除《${isolated(hostile)}》 撤销`).toBe('已删除《\u2068标题\u202Eabc\u2069》 撤销');
  });
});
