/**
 * `pnpm check:infra [service...] [--stage <stage>]...`: packages the services (all by default) for
 * each stage (dev and prod by default) without credentials, runs every policy and contract check
 * over the templates and prints what is wrong. Exits 1 on any violation. Checks that need every
 * service's stack run only when no service is named.
 */
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { discoverServices, selectServices } from '@commerce/local-cloud/tooling';
import { runChecks, STACK_CHECKS, SYSTEM_CHECKS } from './index.js';
import { packageStacks } from './package-stacks.js';
import { formatReport } from './report.js';

const DEFAULT_STAGES = ['dev', 'prod'];

const main = async (): Promise<number> => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { stage: { type: 'string', multiple: true } },
  });
  const root = join(dirname(import.meta.dirname), '..', '..');
  const all = discoverServices(root);
  const folders = selectServices(all, positionals);
  const stages = values.stage ?? DEFAULT_STAGES;
  const wholeSystem = folders.length === all.length;
  const checks = STACK_CHECKS.length + (wholeSystem ? SYSTEM_CHECKS.length : 0);
  console.log(`Packaging ${folders.map((f) => f.name).join(', ')} for ${stages.join(', ')} (no AWS credentials)…`);
  const stacks = await packageStacks(folders, stages);
  const violations = runChecks(stacks, { wholeSystem });
  console.log(formatReport(stacks, violations, checks));
  return violations.length === 0 ? 0 : 1;
};

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
