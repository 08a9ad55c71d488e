import { describe, expect, it } from 'vitest';
import { makeCapture, makeUniqueArticle } from '@/utils/testing/articleFactory';
import { summarize } from '@/utils/store/summary';
import { facets, filterSummaries, NO_FILTERS, sortSummaries } from './filters';
import { diffRecapture } from './recaptureDiff';

const summary = (overrides: object, docNo: number) =>
  summarize(makeCapture({ ...makeUniqueArticle(), id: `id${docNo}`, ...overrides }), docNo);

const a = summary(
  { publishedAt: '2019-05-24T11:34:00+08:00', tags: ['待核实'], capturedAt: '2024-01-03T00:00:00Z' },
  1,
);
const b = summary(
  { publishedAt: null, note: '笔记', channel: ['长城网', '财经频道'], capturedAt: '2024-01-02T00:00:00Z' },
  2,
);
const c = summary({ publishedAt: '2024-09-12T11:08:00+08:00', figures: [], capturedAt: '2024-01-01T00:00:00Z' }, 3);

describe('library filters', () => {
  it('date range on the publication day (undated left out), channel, tag, figure kind, has note', () => {
    const ids = (filters: object) => filterSummaries([a, b, c], { ...NO_FILTERS, ...filters }).map((s) => s.id);
    expect(ids({})).toEqual(['id1', 'id2', 'id3']);
    expect(ids({ from: '2019-05-24', to: '2019-05-24' })).toEqual(['id1']);
    expect(ids({ from: '2020-01-01' })).toEqual(['id3']);
    expect(ids({ channel: '财经频道' })).toEqual(['id2']);
    expect(ids({ channel: '长城网' })).toEqual(['id1', 'id2', 'id3']);
    expect(ids({ tag: '待核实' })).toEqual(['id1']);
    expect(ids({ kind: 'money' })).toEqual(['id1', 'id2']);
    expect(ids({ hasNote: true })).toEqual(['id2']);
  });

  it('sorts by capture or publication date, undated last', () => {
    expect(sortSummaries([c, a, b], NO_FILTERS).map((s) => s.id)).toEqual(['id1', 'id2', 'id3']);
    expect(sortSummaries([a, b, c], { ...NO_FILTERS, sort: 'publishedAt' }).map((s) => s.id)).toEqual([
      'id3',
      'id1',
      'id2',
    ]);
  });

  it('offers the channels and tags in use', () => {
    expect(facets([a, b, c]).tags).toEqual(['待核实']);
    expect(facets([a, b, c]).channels).toContain('财经频道');
  });
});

describe('what a re-capture changed', () => {
  it('counts figures added and removed and the text delta', () => {
    const before = makeCapture();
    const after = {
      ...makeUniqueArticle(),
      title: before.title,
      text: `${before.text}补充`,
      figures: before.figures.slice(1),
    };
    expect(diffRecapture(before, { ...after, publishedAt: before.publishedAt })).toMatchObject({
      title: false,
      textDelta: 2,
      figuresAdded: 0,
      figuresRemoved: 1,
      publishedAt: false,
    });
  });
});
