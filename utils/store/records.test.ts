import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeArticle, makeCapture } from '../testing/articleFactory';
import { requestPersistentStorage } from './index';
import {
  buildCapture,
  captureIdFor,
  CURRENT_SCHEMA_VERSION,
  migrateCaptureRecord,
  normalizeFigureEdits,
  normalizeTags,
} from './records';
import { parseSearchQuery, scoreCapture } from './search';

describe('captureIdFor', () => {
  it('is a short stable hash of the canonical URL', () => {
    const url = 'http://lf.hebei.com.cn/system/2019/05/24/019653371.shtml';
    expect(captureIdFor(url)).toMatch(/^[0-9a-f]{16}$/);
    expect(captureIdFor(url)).toBe(captureIdFor(url));
    expect(captureIdFor(url)).not.toBe(captureIdFor(`${url}?page=2`));
    expect(captureIdFor('http://例子.cn/新闻')).not.toBe(captureIdFor('http://例子.cn/新闻2'));
  });
});

describe('normalisers', () => {
  it('tags: trimmed, de-duplicated, no empties or non-strings', () => {
    expect(normalizeTags([' 廊坊 ', '廊坊', '', 3, 'a  b'])).toEqual(['廊坊', 'a b']);
  });

  it('figure edits: last edit per key wins, empty edits and bad keys dropped', () => {
    expect(
      normalizeFigureEdits([
        { key: '1:2', pinned: true },
        { key: 'bad' },
        { key: '3:4' },
        { key: '1:2', hidden: true },
      ]),
    ).toEqual([{ key: '1:2', hidden: true }]);
  });

  it('buildCapture strips capture fields from an Article-or-Capture input', () => {
    const capture = buildCapture(makeCapture({ tags: ['stale'], id: 'x' }), '2024-01-01T00:00:00.000Z');
    expect(capture.tags).toEqual([]);
    expect(capture.id).toBe(captureIdFor(capture.canonicalUrl));
  });
});

describe('migrateCaptureRecord', () => {
  it('fills schema 1 gaps with defaults and keeps unknown fields', () => {
    const {
      tags: _t,
      note: _n,
      figureEdits: _f,
      schemaVersion: _s,
      updatedAt: _u,
      ...old
    } = makeCapture({ capturedAt: '2020-01-01T08:00:00+08:00' });
    const outcome = migrateCaptureRecord({ ...old, extra: 1 });
    expect('capture' in outcome && outcome.capture).toMatchObject({
      tags: [],
      note: '',
      figureEdits: [],
      schemaVersion: CURRENT_SCHEMA_VERSION,
      capturedAt: '2020-01-01T00:00:00.000Z',
      updatedAt: '2020-01-01T00:00:00.000Z',
      extra: 1,
    });
  });

  it('rejects records that are not captures or come from the future', () => {
    expect(migrateCaptureRecord(null)).toEqual({ error: 'not an object' });
    expect(migrateCaptureRecord({ ...makeCapture(), title: '' })).toEqual({ error: 'missing title' });
    expect(migrateCaptureRecord({ ...makeCapture(), tags: 'x' })).toEqual({ error: 'tags is not a list' });
    expect(migrateCaptureRecord({ ...makeCapture(), schemaVersion: 99 })).toHaveProperty('error');
  });

  it('drops invalid figures with a warning', () => {
    const outcome = migrateCaptureRecord({ ...makeCapture(), figures: [...makeArticle().figures, { text: 1 }] });
    expect('capture' in outcome && outcome.capture.figures).toHaveLength(3);
    expect('capture' in outcome && outcome.warnings).toEqual(['1 invalid figure(s) dropped']);
  });
});

describe('search scoring', () => {
  it('splits on any whitespace, including the ideographic space', () => {
    expect(parseSearchQuery(' 大厂\u3000副中心  大厂 ')).toEqual(['大厂', '副中心']);
  });

  it('ranks a title hit above a metadata hit above a body hit; misses score 0', () => {
    const capture = makeCapture({
      title: '大厂新闻',
      text: '正文提到京剧',
      tags: ['副中心'],
      keywords: [],
      figures: [],
    });
    expect(scoreCapture(capture, ['大厂'])).toBeGreaterThan(scoreCapture(capture, ['副中心']));
    expect(scoreCapture(capture, ['副中心'])).toBeGreaterThan(scoreCapture(capture, ['京剧']));
    expect(scoreCapture(capture, ['大厂', '上海'])).toBe(0);
  });

  it('searches figure labels, authors, source and the note', () => {
    const capture = makeCapture({ note: '要核对', figureEdits: [{ key: '0:1', corrected: { label: '改后含义' } }] });
    for (const term of ['总投资', '白万军', '长城网', '核对', '改后含义'])
      expect(scoreCapture(capture, [term])).toBeGreaterThan(0);
  });
});

describe('requestPersistentStorage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks navigator.storage.persist when there is one', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persisted: async () => false, persist } });
    expect(await requestPersistentStorage()).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
  });

  it('is false without the API or when refused', async () => {
    vi.stubGlobal('navigator', {});
    expect(await requestPersistentStorage()).toBe(false);
    vi.stubGlobal('navigator', { storage: { persist: async () => false } });
    expect(await requestPersistentStorage()).toBe(false);
  });
});

describe('untrusted field types', () => {
  it('keeps only well-typed corrections', () => {
    expect(
      normalizeFigureEdits([
        { key: '1:2', corrected: { value: '=cmd', label: 7, unit: 'CNY', max: Infinity } as never },
        { key: '3:4', corrected: { value: 'x' } as never },
      ]),
    ).toEqual([{ key: '1:2', corrected: { unit: 'CNY' } }]);
  });

  it('drops figures whose optional fields have the wrong type', () => {
    const outcome = migrateCaptureRecord({ ...makeCapture(), figures: [{ ...makeArticle().figures[0], label: 42 }] });
    expect('capture' in outcome && outcome.capture.figures).toEqual([]);
  });
});
