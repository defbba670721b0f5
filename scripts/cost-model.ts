/**
 * `pnpm cost:model`: runs a small saga workload on the local system (each outcome in turn), counts
 * the billable requests at the edge and the Lambda invocations `sls offline` reports, prices them
 * per 1M orders with and without SQS between the buses and the functions, and writes
 * docs/cost-model.md. `--orders <n>` sets the orders per outcome (default 5). The run's counts are
 * kept in artifacts/cost-model.json; `--from-artifacts` renders the doc from them without a run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SAGA_SERVICES } from '../test/e2e/saga-system.js';
import { orderUsage, type PhaseCounts } from './cost/counts.js';
import { eventSourceMappings, functionMemory } from './cost/function-memory.js';
import { renderCostModel } from './cost/render-doc.js';
import { runCostWorkload, type CostWorkload } from './cost/run-workload.js';

const root = join(import.meta.dirname, '..');
const artifact = join(root, 'artifacts', 'cost-model.json');
const { values } = parseArgs({
  options: { orders: { type: 'string', default: '5' }, 'from-artifacts': { type: 'boolean', default: false } },
});

let workload: CostWorkload;
if (values['from-artifacts']) {
  workload = JSON.parse(readFileSync(artifact, 'utf8')) as CostWorkload;
} else {
  workload = await runCostWorkload(Number(values.orders));
  mkdirSync(join(root, 'artifacts'), { recursive: true });
  writeFileSync(artifact, JSON.stringify(workload, null, 2));
}

const phases = new Map(Object.entries(workload.phases) as [string, PhaseCounts][]);
const memory = functionMemory(root, SAGA_SERVICES, 'local');
const doc = renderCostModel({
  date: workload.date,
  ordersPerOutcome: workload.ordersPerOutcome,
  usage: new Map([...phases].map(([outcome, counts]) => [outcome, orderUsage(counts, memory, workload.itemSizes)])),
  memory,
  items: workload.itemSizes,
  mappings: eventSourceMappings(root, SAGA_SERVICES),
  edgeRows: phases,
});
const docPath = join(root, 'docs', 'cost-model.md');
writeFileSync(docPath, doc);
// Formatted as `pnpm format:check` expects, as the reliability report is.
spawnSync(process.execPath, [join(root, 'node_modules/prettier/bin/prettier.cjs'), '--write', docPath], {
  stdio: 'ignore',
});
process.stdout.write('✔ docs/cost-model.md written\n');
