/**
 * `pnpm check:bundles` (part of `pnpm test`): bundles every function of every service as its
 * serverless.yml asks serverless-esbuild to, and fails when one is over its size budget
 * (bundles/budgets.ts) or compiles a schema at cold start. Sizes are deterministic: no timing here.
 */
import { join } from 'node:path';
import { BUNDLE_BUDGET } from './bundles/budgets.js';
import { bundleFindings } from './bundles/bundle-findings.js';
import { bundleEveryFunction } from './bundles/bundle-function.js';

const root = join(import.meta.dirname, '..');
const findings: string[] = [];
const rows: string[] = [];
for (const bundle of await bundleEveryFunction(root)) {
  rows.push(
    `${`${bundle.service}/${bundle.name}`.padEnd(36)} ${String(bundle.bytes).padStart(8)} B  ${String(bundle.gzipBytes).padStart(7)} B gzip`,
  );
  findings.push(...bundleFindings(bundle, BUNDLE_BUDGET));
}
process.stdout.write(`${rows.join('\n')}\n`);
if (findings.length > 0) {
  process.stderr.write(`✖ ${findings.length} bundle finding(s):\n${findings.map((f) => `  - ${f}`).join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(
  `✔ ${rows.length} functions within ${BUNDLE_BUDGET.minifiedBytes} B minified / ${BUNDLE_BUDGET.gzipBytes} B gzip, no schema compiled at cold start\n`,
);
