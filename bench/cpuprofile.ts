/**
 * `npx tsx bench/cpuprofile.ts FILE.cpuprofile [N]`: the N functions with the most self time in a V8 CPU
 * profile (as the library bench writes with LIBRARY_BENCH_CPUPROFILE), and the total sampled busy time.
 */
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const [file, count = '25'] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map<string, number>();
let busy = 0;
profile.samples.forEach((id, i) => {
  const frame = byId.get(id)!.callFrame;
  const ms = (profile.timeDeltas[i] ?? 0) / 1000;
  const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
  self.set(name, (self.get(name) ?? 0) + ms);
  if (frame.functionName !== '(idle)' && frame.functionName !== '(program)') busy += ms;
});
console.log(`busy ${busy.toFixed(0)} ms`);
for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(count)))
  console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
