import { describe, expect, it, vi } from 'vitest';
import type { CaptureSummary } from '@/utils/store';
import { warmSearch, warmUpWords } from './warmSearch';

const titled = (...titles: string[]) => titles.map((title) => ({ title }) as CaptureSummary);

describe('warm-up searches', () => {
  it('takes a two- and a three-character piece of the newest titles’ Chinese', () => {
    expect(warmUpWords(titled('2024年河北省雄安新区建设', '其他'))).toEqual(['年河', '北省雄']);
    expect(warmUpWords(titled('GDP', '廊坊', '石家庄市区'))).toEqual(['廊坊', '庄市区']);
    expect(warmUpWords(titled('GDP 5%', 'abc'))).toEqual([]);
    expect(warmUpWords([])).toEqual([]);
  });

  it('searches them in the list’s order when idle, and stops once a query is typed or the page goes', async () => {
    const search = vi.fn(async () => ({ terms: [], hits: [], total: 0, exact: true }));
    let typed = false;
    warmSearch({ search }, titled('河北省雄安新区'), 15, () => typed);
    await vi.waitFor(() => expect(search).toHaveBeenCalledTimes(2), { timeout: 3000 });
    expect(search.mock.calls).toEqual([
      ['河北', { sort: 'capturedAt', limit: 15 }],
      ['省雄安', { sort: 'capturedAt', limit: 15 }],
    ]);
    search.mockClear();
    typed = true;
    warmSearch({ search }, titled('河北省雄安新区'), 15, () => typed);
    const cancel = warmSearch({ search }, titled('河北省雄安新区'), 15, () => false);
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(search).not.toHaveBeenCalled();
  });
});
