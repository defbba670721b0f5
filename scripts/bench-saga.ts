/**
 * `pnpm bench:saga`: saga throughput and latency on the local system at 1, 2, 4 and 8 orders in
 * flight, with each step of the saga timed and the bottleneck named; writes docs/saga-throughput.md.
 * About 6 minutes. `--levels 1,2,4` picks the levels; the run's figures are kept in
 * artifacts/saga-bench.json and `--from-artifacts` renders the doc from them without a run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { freshSku } from '../test/e2e/orders.js';
import { startSagaSystem } from '../test/e2e/saga-system.js';
import { warmUp } from '../test/reliability/load/place-orders.js';
import { invocationOf, type Invocation } from './cost/invocations.js';
import { sagaAnalysis } from './bench/saga/analysis.js';
import { runClosedLoop } from './bench/saga/closed-loop.js';
import { measureCpuBusy } from './bench/saga/cpu-busy.js';
import { sagaHops } from './bench/saga/hops.js';
import { isFailure } from '../test/e2e/service-logs.js';
import type { LevelFigures } from './bench/saga/level-figures.js';
import { renderSagaBench, type SagaBench } from './bench/saga/render-saga.js';
import { watchSettlements } from './bench/saga/settlements.js';

const root = join(import.meta.dirname, '..');
const artifact = join(root, 'artifacts', 'saga-bench.json');
const { values } = parseArgs({
  options: { levels: { type: 'string', default: '1,2,4,8' }, 'from-artifacts': { type: 'boolean', default: false } },
});
const levels = values.levels.split(',').map(Number);
if (levels.some((level) => !Number.isInteger(level) || level < 1 || level > 16)) {
  throw new Error(`--levels takes whole numbers from 1 to 16, comma-separated, not "${values.levels}"`);
}
/** Enough orders per level for stable medians; bounded in count and, per level, in time. */
const ordersAt = (concurrency: number) => Math.max(16, 6 * concurrency);
const LEVEL_DEADLINE_MS = 180_000;
const progress = (message: string) => process.stderr.write(`[bench:saga] ${message}\n`);

const measure = async (): Promise<SagaBench> => {
  const watch = watchSettlements();
  const invocations: Invocation[] = [];
  const failures: string[] = [];
  const saga = await startSagaSystem({
    serviceOutput: (service, line) => {
      watch.hear(service, line);
      const invocation = invocationOf(service, line);
      if (invocation) invocations.push(invocation);
      if (isFailure(line)) failures.push(`${service}: ${line.length > 300 ? `${line.slice(0, 300)}…` : line}`);
    },
  });
  try {
    const sku = freshSku('bench');
    await saga.setStock(sku, 1_000_000, 1250);
    const top = Math.max(...levels);
    // Workers warm for the busiest level: under sls offline a function's first invocations load its bundle.
    await warmUp(saga, top);
    const settled = (orderId: string) => watch.settled(saga, orderId, 120_000);
    await runClosedLoop(saga, { concurrency: top, orders: 2 * top, deadlineMs: LEVEL_DEADLINE_MS, sku }, settled);

    const figures: LevelFigures[] = [];
    for (const concurrency of levels) {
      progress(`${concurrency} in flight: ${ordersAt(concurrency)} orders`);
      const busy = measureCpuBusy();
      const from = invocations.length;
      const failuresFrom = failures.length;
      const plan = { concurrency, orders: ordersAt(concurrency), deadlineMs: LEVEL_DEADLINE_MS, sku };
      const level = await runClosedLoop(saga, plan, settled);
      const cpuBusy = busy();
      const levelInvocations = invocations.slice(from);
      if (level.refused > 0) throw new Error(`${level.refused} orders were refused at ${concurrency} in flight`);
      // Traces are read after the level, one at a time, so reading them loads nothing measured.
      const hops = [];
      for (const { orderId, postedAt } of level.runs) {
        const { correlationId } = (await saga.order(orderId)).body;
        const trace = await saga.eventually(
          () => saga.trace(correlationId),
          ({ body }) => {
            try {
              return sagaHops(body.events, postedAt).length > 0;
            } catch {
              return false;
            }
          },
          60_000,
        );
        hops.push(sagaHops(trace.body.events, postedAt));
      }
      figures.push({
        concurrency,
        orders: level.runs.length,
        elapsedMs: level.elapsedMs,
        latenciesMs: hops.map((orderHops) => orderHops.reduce((sum, hop) => sum + hop.ms, 0)),
        hops,
        invocations: levelInvocations.map(({ service, functionKey, durationMs }) => ({
          service,
          functionKey,
          durationMs,
        })),
        cpuBusy,
        failures: failures.slice(failuresFrom),
      });
    }
    const [one] = loadavg();
    return {
      date: new Date().toISOString().slice(0, 10),
      machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.versions.node}, load ${one?.toFixed(1)} at the end`,
      levels: figures,
    };
  } finally {
    await saga.stop();
  }
};

let bench: SagaBench;
if (values['from-artifacts']) bench = JSON.parse(readFileSync(artifact, 'utf8')) as SagaBench;
else {
  bench = await measure();
  mkdirSync(join(root, 'artifacts'), { recursive: true });
  writeFileSync(artifact, JSON.stringify(bench, null, 2));
}
const docPath = join(root, 'docs', 'saga-throughput.md');
writeFileSync(docPath, renderSagaBench(bench, sagaAnalysis(bench)));
spawnSync(process.execPath, [join(root, 'node_modules/prettier/bin/prettier.cjs'), '--write', docPath], {
  stdio: 'ignore',
});
progress('docs/saga-throughput.md written');
