/**
 * Runner for `npm run bench` and `npm run eval`: named sections run in order, each from a module
 * another part of the team owns. A missing module prints a note instead of failing the others, and
 * `npm run eval -- cwced` runs only the sections named on the command line.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Section {
  name: string;
  title: string;
  /** Module beside the caller (URL) and the function it exports; or a local function. */
  module?: URL;
  exportName?: string;
  run?: () => Promise<unknown>;
}

export async function runSections(sections: readonly Section[], argv: readonly string[]): Promise<number> {
  const wanted = argv.filter((a) => !a.startsWith('-'));
  const unknown = wanted.filter((w) => !sections.some((s) => s.name === w));
  if (unknown.length) {
    console.error(`unknown section '${unknown[0]}' (expected ${sections.map((s) => s.name).join(', ')})`);
    return 2;
  }
  let status = 0;
  for (const section of sections) {
    if (wanted.length && !wanted.includes(section.name)) continue;
    console.log(`\n=== ${section.title} ===`);
    const started = performance.now();
    try {
      const result = await runOne(section);
      if (result === undefined) continue;
      if (typeof result === 'string') console.log(result);
      else console.log(JSON.stringify(result, null, 2));
    } catch (err) {
      status = 1;
      const debug = process.env.CHANGCHENG_DEBUG === '1';
      const why = err instanceof Error ? (debug ? err.stack : err.message) : String(err);
      console.error(`${section.name} failed: ${why}`);
    } finally {
      console.log(`(${section.name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    }
  }
  return status;
}

async function runOne(section: Section): Promise<unknown> {
  if (section.run) return section.run();
  const path = fileURLToPath(section.module!);
  if (!existsSync(path)) {
    console.log(`note: ${path.replace(`${process.cwd()}/`, '')} is not there yet; skipped.`);
    return undefined;
  }
  const mod = (await import(section.module!.href)) as Record<string, unknown>;
  const fn = mod[section.exportName!];
  if (typeof fn !== 'function') {
    console.log(`note: ${section.exportName} is not exported by ${section.module!.pathname}; skipped.`);
    return undefined;
  }
  return (fn as () => unknown)();
}
