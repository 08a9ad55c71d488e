import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_FILE, SAMPLE_URL } from './demo';

const ROOT = path.resolve(__dirname, '..');

describe('demo sample', () => {
  it('is the page of the seed fixture, at the address that fixture records', () => {
    const fixture = path.join(ROOT, 'tests/fixtures/changcheng-dachang-2019-utf8');
    expect(JSON.parse(readFileSync(path.join(fixture, 'meta.json'), 'utf8')).url).toBe(SAMPLE_URL);
    expect(readFileSync(path.join(ROOT, SAMPLE_FILE))).toEqual(readFileSync(path.join(fixture, 'source.html')));
  });
});
