// `npm run bench:risk`: does the «Под угрозой» model foretell late answers better than the plain
// rule? Replays the demo city's past year (city-server/src/seed/demo.ts, as the server seeds it)
// and, beside it, a bench world the model was not shaped on (seed/bench.ts): every past working
// day at 09:00 Moscow, the company's issues as they stood then, the history known then, the
// model's flags and the plain rule's (whatever is due within one working day), judged against
// what really happened (the awaited report sent after the deadline, or none by then). Prints
// precision, recall and F1 of both, per window and world, and ends with one line: the ratio of
// the baseline's F1 to the model's in the demo city's one-working-day window (under 1 is better).
import { generateBenchWorld } from '../city-server/src/seed/bench';
import { generateDemoWorld } from '../city-server/src/seed/demo';
import type { SeedWorld } from '../city-server/src/seed/world';
import { scoresOf, type Confusion } from '../renderer/src/features/risk/compute/evaluate';
import { replayWorld, type Judged } from './risk/replay-days';

/** The demo city's date and seed in the other benchmarks: a fixed "now" gives the same figures every run. */
const NOW = new Date('2026-11-24T12:00:00+03:00');
const DEMO_SEED = 1;
const BENCH_ISSUES = Number(process.env['BENCH_RISK_ISSUES'] ?? 20_000);
const BENCH_SEED = 2;

const three = (value: number): string => value.toFixed(3);

function line(label: string, confusion: Confusion): string {
  const { precision, recall, f1 } = scoresOf(confusion);
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = confusion;
  return `    ${label.padEnd(24)} precision ${three(precision)}  recall ${three(recall)}  F1 ${three(f1)}  (${tp} caught, ${fp} false alarms, ${fn} missed)`;
}

function printWindow(title: string, judged: Judged): void {
  const late = judged.baseline.truePositives + judged.baseline.falseNegatives;
  const all = late + judged.baseline.falsePositives + judged.baseline.trueNegatives;
  console.log(`  ${title}: ${all} issue-mornings judged, ${late} late`);
  console.log(line('model', judged.model));
  console.log(line('baseline (due ≤ 1 w.d.)', judged.baseline));
  console.log(line('model without load', judged.withoutLoad));
  console.log(line('model, unassigned ×1', judged.withoutUnassigned));
}

function replayAndPrint(name: string, world: SeedWorld): Judged {
  const started = performance.now();
  const result = replayWorld(world, NOW.getTime());
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${name}: ${world.issues.length} issues, ${result.days} company-mornings replayed in ${seconds} s; the view would list ${result.flagsPerMorning.toFixed(1)} issues a morning`,
  );
  printWindow('due within one working day (24 working hours, the baseline’s own window)', result.dayAhead);
  printWindow('due by the end of the next working day', result.nextDayEnd);
  return result.dayAhead;
}

const demo = replayAndPrint(
  `demo city (seed ${DEMO_SEED})`,
  generateDemoWorld({ now: NOW, seed: DEMO_SEED }),
);
const bench = replayAndPrint(
  `bench world (seed ${BENCH_SEED})`,
  generateBenchWorld({ issues: BENCH_ISSUES, now: NOW, seed: BENCH_SEED }),
);
const model = scoresOf(demo.model).f1;
const baseline = scoresOf(demo.baseline).f1;
const held = scoresOf(bench.model).f1 / scoresOf(bench.baseline).f1;
const better = (ratio: number): string => `${((ratio - 1) * 100).toFixed(1)} %`;
console.log(
  `  the model's F1 is ${better(model / baseline)} above the baseline's in the demo city, ${better(held)} in the bench world`,
);
console.log(
  `bench risk: ratio ${(baseline / model).toFixed(3)} (baseline F1 ${three(baseline)} / model F1 ${three(model)}), ${better(model / baseline)} F1 over the baseline`,
);
if (model <= baseline) process.exitCode = 1;
