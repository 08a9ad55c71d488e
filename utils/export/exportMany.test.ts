import { strFromU8, unzipSync } from 'fflate';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostileCaptures } from '../testing/hostileCaptures';
import { makeCapture } from '../testing/articleFactory';
import { articleToMarkdown } from './markdown';
import { combinedReport } from './report';
import { exportMarkdownZip } from './zip';

const GOLDEN = path.join(import.meta.dirname, 'golden');
const MTIME = new Date(2024, 5, 1, 12, 0);
const CITED = new Date(2024, 5, 1, 12, 0);

/** Compares with the golden file; UPDATE_GOLDEN=1 rewrites it (read the diff before committing). */
function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const noPause = () => Promise.resolve();

describe('exportMarkdownZip', () => {
  it('names files YYYY-MM-DD-标题.md, safe and unique, and matches the golden listing', async () => {
    const captures = hostileCaptures();
    const { bytes, files } = await exportMarkdownZip(captures, { mtime: MTIME, pause: noPause });
    expect(files).toBe(captures.length);
    const entries = unzipSync(bytes);
    const names = Object.keys(entries);
    golden('hostile-zip-names.txt', `${names.join('\n')}\n`);
    const encoder = new TextEncoder();
    for (const name of names) {
      expect(name).not.toMatch(/[\\/:*?"<>|\u0000-\u001f]/);
      expect(name).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
      expect(name).not.toMatch(/[ .]$/);
      expect(encoder.encode(name).length).toBeLessThanOrEqual(240);
      expect(name.length).toBeLessThanOrEqual(100);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    // Each file is what the single export gives.
    captures.forEach((capture, index) => {
      expect(strFromU8(entries[names[index]])).toBe(articleToMarkdown(capture));
    });
    golden('hostile-4.md', strFromU8(entries[names[3]]));
  });

  it('puts offline pictures in images/ and links them relatively', async () => {
    const capture = makeCapture();
    const src = capture.images[0].src;
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    const result = await exportMarkdownZip([capture], {
      mtime: MTIME,
      pause: noPause,
      pictures: () => [{ src, type: 'image/jpeg', bytes: jpeg }],
    });
    expect(result.pictures).toBe(1);
    const entries = unzipSync(result.bytes);
    expect(Object.keys(entries).sort()).toEqual([
      '2019-05-24-大厂：打造北京城市副中心后花园.md',
      'images/c0ffee0000000000-1.jpg',
    ]);
    expect([...entries['images/c0ffee0000000000-1.jpg']]).toEqual([...jpeg]);
    const markdown = strFromU8(entries['2019-05-24-大厂：打造北京城市副中心后花园.md']);
    expect(markdown).toContain('](images/c0ffee0000000000-1.jpg)');
    expect(markdown).not.toContain(`](${src})`);
  });

  it('reports progress chunk by chunk, pausing between chunks, and can be cancelled', async () => {
    const captures = Array.from({ length: 7 }, (_, i) => makeCapture({ id: `c${i}`, title: `第${i}篇` }));
    const seen: number[] = [];
    let pauses = 0;
    await exportMarkdownZip(captures, {
      chunkSize: 3,
      onProgress: (p) => seen.push(p.done),
      pause: async () => {
        pauses++;
      },
    });
    expect(seen).toEqual([0, 3, 6, 7]);
    expect(pauses).toBe(2);
    const controller = new AbortController();
    controller.abort();
    await expect(exportMarkdownZip(captures, { signal: controller.signal, pause: noPause })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});

describe('combinedReport', () => {
  it('has a table of contents, one figures table, every article and a 参考文献 list (golden)', async () => {
    const report = await combinedReport(hostileCaptures(), { citedOn: CITED, pause: noPause });
    golden('hostile-report.md', report);
    const lines = report.split('\n');
    expect(lines.filter((line) => line === '## 目录')).toHaveLength(1);
    expect(lines.filter((line) => line === '## 关键数字')).toHaveLength(1);
    expect(lines.filter((line) => line === '## 参考文献')).toHaveLength(1);
    expect(lines.filter((line) => /^## \d+\. /.test(line))).toHaveLength(6);
    // Front matter only once, at the top; article headings moved below the report's.
    expect(lines.filter((line) => line === '---')).toHaveLength(2);
    expect(lines.filter((line) => /^# /.test(line))).toHaveLength(1);
    expect(report).toContain('[3] 甲, 乙, 丙, 等. ');
    expect(report).toContain('[2] CON[N/OL]. 长城网[2024-06-01]. ');
    // The code block in article 6 stays as it was.
    expect(report).toContain('# code');
  });

  it('an empty selection is still a readable report', async () => {
    const report = await combinedReport([], { citedOn: CITED, pause: noPause });
    expect(report).toContain('# 长城网文章汇编');
    expect(report).not.toContain('## 参考文献');
  });
});

describe('forEachChunk', () => {
  it('ends a chunk early once it has run its time budget, every item done once and in order', async () => {
    const { forEachChunk } = await import('./chunks');
    const seen: number[] = [];
    const progress: number[] = [];
    let pauses = 0;
    const busy = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until);
    };
    await forEachChunk(
      Array.from({ length: 6 }, (_, i) => i),
      {
        budgetMs: 5,
        onProgress: (p) => progress.push(p.done),
        pause: async () => {
          pauses++;
        },
      },
      (item) => {
        seen.push(item);
        busy(8);
      },
    );
    expect(seen).toEqual([0, 1, 2, 3, 4, 5]);
    expect(progress).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(pauses).toBe(5);
  });
});
