/** Test helpers shared by the command-line tests: temporary files, the one-line error check, sample text. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';

/** A temporary folder removed after the test file; `file(name, content)` writes into it and returns the path. */
export function tempFiles(prefix: string): {
  dir: string;
  file: (name: string, content: string | Uint8Array) => string;
} {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  return { dir, file };
}

/** One line, prefixed with the program name, no stack frames. */
export function expectOneLineError(stderr: string, pattern: RegExp) {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^changcheng-reader: /);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

export const PARAGRAPHS = [
  '5月24日上午，大厂回族自治县在北京举办2019年京津冀协同发展招商推介会，共有来自全国各地的200余家企业参加，现场签约项目32个，总投资额达88.85亿元。',
  '据介绍，本次签约项目涵盖影视文化、高端装备制造、电子信息、现代服务业等多个领域，其中投资超过10亿元的项目有3个，预计全部达产后年产值可达120亿元，新增就业岗位约6000个。',
  '近年来，大厂县紧紧抓住京津冀协同发展机遇，持续优化营商环境，今年一季度全县地区生产总值同比增长7.8%，固定资产投资同比增长12.3%，主要经济指标增速位居廊坊市前列。',
  '大厂县有关负责人表示，下一步将全力做好签约项目的跟踪服务，推动项目早落地、早开工、早投产，力争在3至5年内把大厂建设成为京东地区重要的新兴产业聚集区。',
];

/** GB18030 bytes for a string, via Node's ICU (TextEncoder only does UTF-8); null if unsupported. */
export function encodeGb18030(text: string): Uint8Array | null {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else if (table.has(ch)) out.push(...table.get(ch)!);
    else return null;
  }
  return new Uint8Array(out);
}
