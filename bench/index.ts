/**
 * `npm run bench [-- figures|capture|cli|size|popup]`: speed of the figures engine, of the capture pipeline,
 * of the command line's cold start (what a shell loop over many files pays per call), the built
 * extension's size, and the popup's time to show the sample article in headless Chromium.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runSections } from '../cli/sections';

const BIN = fileURLToPath(new URL('../bin/changcheng-reader.mjs', import.meta.url));
const RUNS = 5;
const SHORT_INPUT = '今年一季度，全县签约项目32个，总投资额达88.85亿元，同比增长12.3%。\n';

/** Median of RUNS spawns of `figures` on a short input; one untimed run first fills tsx's cache. */
async function cliColdStart(): Promise<string> {
  const once = () => {
    const started = performance.now();
    const r = spawnSync(process.execPath, [BIN, 'figures'], { input: SHORT_INPUT, encoding: 'utf8' });
    const ms = performance.now() - started;
    if (r.status !== 0) throw new Error(`figures exited ${r.status}: ${r.stderr.trim()}`);
    return ms;
  };
  once();
  const times = Array.from({ length: RUNS }, once).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  return (
    `changcheng-reader figures (short input), ${RUNS} runs: median ${median.toFixed(0)} ms ` +
    `(min ${times[0].toFixed(0)}, max ${times[times.length - 1].toFixed(0)})`
  );
}

process.exitCode = await runSections(
  [
    {
      name: 'figures',
      title: 'Figures engine',
      module: new URL('./figures.ts', import.meta.url),
      exportName: 'runFiguresBench',
    },
    {
      name: 'capture',
      title: 'Capture pipeline',
      module: new URL('./capture.ts', import.meta.url),
      exportName: 'runCaptureBench',
    },
    { name: 'cli', title: 'Command line cold start', run: cliColdStart },
    {
      name: 'size',
      title: 'Extension size (built)',
      module: new URL('./size.ts', import.meta.url),
      exportName: 'runSizeBench',
    },
    {
      name: 'popup',
      title: 'Popup in headless Chromium (built extension)',
      module: new URL('./popup.ts', import.meta.url),
      exportName: 'runPopupBench',
    },
  ],
  process.argv.slice(2),
);
