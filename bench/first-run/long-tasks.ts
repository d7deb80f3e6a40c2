// npx tsx bench/first-run/long-tasks.ts <profile.json> — what the UI thread ran in each stretch
// of work over 50 ms, read from the CPU profile `BENCH_FIRST_RUN_PROFILE=<file> npm run
// bench:first-run` writes: a stretch is consecutive samples that are not idle, so it is a long
// task (or a few back to back); for each, the functions that took most of it, with and without
// their callees.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const path = process.argv[2];
if (!path) throw new Error('usage: long-tasks.ts <profile.json>');
const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const label = (node: ProfileNode) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.split('/').at(-1) ?? '';
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
};
const stackOf = (id: number): ProfileNode[] => {
  const stack: ProfileNode[] = [];
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const node = byId.get(at);
    if (node) stack.push(node);
  }
  return stack;
};

interface Stretch {
  startMs: number;
  ms: number;
  samples: { id: number; ms: number }[];
}
const stretches: Stretch[] = [];
let clock = 0;
let current: Stretch | null = null;
profile.samples.forEach((id, k) => {
  const deltaMs = (profile.timeDeltas[k + 1] ?? 0) / 1000;
  const idle = byId.get(id)?.callFrame.functionName === '(idle)';
  if (idle) {
    if (current && current.ms > 50) stretches.push(current);
    current = null;
  } else {
    current ??= { startMs: clock, ms: 0, samples: [] };
    current.ms += deltaMs;
    current.samples.push({ id, ms: deltaMs });
  }
  clock += deltaMs;
});

const top = (times: Map<string, number>, count: number) =>
  [...times.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `${Math.round(ms)} ms ${name}`);

console.log(
  `${stretches.length} stretches of work over 50 ms; the longest ${Math.round(Math.max(0, ...stretches.map((s) => s.ms)))} ms`,
);
const overall = new Map<string, number>();
for (const stretch of [...stretches].sort((a, b) => b.ms - a.ms).slice(0, 25)) {
  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  for (const sample of stretch.samples) {
    const stack = stackOf(sample.id);
    const leaf = stack[0];
    if (leaf) self.set(label(leaf), (self.get(label(leaf)) ?? 0) + sample.ms);
    for (const name of new Set(stack.map(label))) {
      if (name.startsWith('(root)')) continue;
      inclusive.set(name, (inclusive.get(name) ?? 0) + sample.ms);
    }
  }
  for (const [name, ms] of inclusive) overall.set(name, (overall.get(name) ?? 0) + ms);
  console.log(`\nat ${(stretch.startMs / 1000).toFixed(1)} s: ${Math.round(stretch.ms)} ms`);
  console.log(`  with callees: ${top(inclusive, 12).join(' · ')}`);
  console.log(`  self: ${top(self, 6).join(' · ')}`);
}
console.log(`\nover the 25 longest, with callees: ${top(overall, 20).join('\n  ')}`);
