import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { describe, expect, it } from 'vitest';
import { compressPart, MIN_DEFLATE_BYTES } from './zipParts';
import { concat, directZip } from './zipSink';

const MTIME = new Date(2024, 5, 1, 12, 0);
const TEXT = '今年一季度，全县签约项目32个，总投资额达88.85亿元。\n'.repeat(600); // 44 kB: deflated
const SHORT = '计划举办24期，培训3.6万人次。\n'.repeat(100); // 4 kB: stored
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);

/** The zip as fflate's own streaming entries write it (how directZip wrote it before parts; small files stored). */
function fflateZip(files: Array<[string, Uint8Array, boolean]>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, data, deflate] of files) {
    const entry =
      deflate && data.length >= MIN_DEFLATE_BYTES ? new ZipDeflate(name, { level: 1 }) : new ZipPassThrough(name);
    entry.mtime = MTIME;
    zip.add(entry);
    entry.push(data, true);
  }
  zip.end();
  return concat(chunks);
}

describe('zip parts', () => {
  it('write the zip fflate writes for the same files (headers, flags, descriptors, directory)', async () => {
    const files: Array<[string, Uint8Array, boolean]> = [
      ['images/a-1.jpg', JPEG, false],
      ['2024-01-01-标题.md', strToU8(TEXT), true],
      ['2024-01-02-短.md', strToU8(SHORT), true],
      ['空.md', new Uint8Array(0), true],
    ];
    const sink = directZip(MTIME);
    for (const [name, data, deflate] of files) sink.add({ name, data, deflate });
    const bytes = await sink.end();
    expect([...bytes]).toEqual([...fflateZip(files)]);
    const entries = unzipSync(bytes);
    expect(Object.keys(entries)).toEqual(files.map(([name]) => name));
    expect(strFromU8(entries['2024-01-01-标题.md'])).toBe(TEXT);
    expect(strFromU8(entries['2024-01-02-短.md'])).toBe(SHORT);
    expect([...entries['images/a-1.jpg']]).toEqual([...JPEG]);
  });

  it('deflate long text, and store short text and pictures as they are', () => {
    const text = compressPart(TEXT, true);
    expect(text.compression).toBe(8);
    expect(text.size).toBe(strToU8(TEXT).length);
    expect(text.data.length).toBeLessThan(text.size / 5);
    const short = compressPart(SHORT, true);
    expect(short).toMatchObject({ compression: 0, size: strToU8(SHORT).length });
    expect(strFromU8(short.data)).toBe(SHORT);
    const picture = compressPart(JPEG, false);
    expect(picture).toMatchObject({ compression: 0, size: JPEG.length, data: JPEG });
  });
});
