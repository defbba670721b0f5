import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVICES, type ServiceName } from '@commerce/contracts/catalog';
import { runSls, type ServiceFolder } from '@commerce/local-cloud/tooling';
import type { Stack, Template } from './template.js';

/** Packaging takes seconds; one that has not finished in this long is stuck (a failed esbuild step can hang sls). */
const PACKAGE_TIMEOUT_MS = 180_000;

/**
 * The environment `sls package` runs in: no AWS credentials of any kind, so packaging provably needs
 * none (any stage, any machine, CI without secrets).
 */
const withoutCredentials = (scratch: string): NodeJS.ProcessEnv => {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('AWS_')));
  return {
    ...env,
    AWS_SHARED_CREDENTIALS_FILE: join(scratch, 'no-credentials'),
    AWS_CONFIG_FILE: join(scratch, 'no-config'),
    AWS_EC2_METADATA_DISABLED: 'true',
  };
};

const serviceName = (folder: ServiceFolder): ServiceName => {
  const known = SERVICES.find((service) => service === folder.name);
  if (!known) throw new Error(`services/${folder.name} is not in the catalog's SERVICES: add it there first`);
  return known;
};

const packageService = async (folder: ServiceFolder, stages: readonly string[], scratch: string): Promise<Stack[]> => {
  const stacks: Stack[] = [];
  // One stage after another: two `sls package` runs in one folder share its .esbuild work directory.
  for (const stage of stages) {
    const out = join(scratch, `${folder.name}-${stage}`);
    await runSls({
      cwd: folder.dir,
      args: ['package', '--stage', stage, '--package', out],
      env: withoutCredentials(scratch),
      timeoutMs: PACKAGE_TIMEOUT_MS,
    });
    const template = JSON.parse(
      await readFile(join(out, 'cloudformation-template-update-stack.json'), 'utf8'),
    ) as Template;
    stacks.push({ service: serviceName(folder), stage, template });
  }
  return stacks;
};

/**
 * `sls package` of each service for each stage, into a scratch folder (not the service's
 * .serverless, which `pnpm dev` owns), returning the templates. The scratch folder is removed.
 */
export const packageStacks = async (folders: readonly ServiceFolder[], stages: readonly string[]): Promise<Stack[]> => {
  const scratch = await mkdtemp(join(tmpdir(), 'commerce-infra-checks-'));
  try {
    const queue = [...folders];
    const stacks: Stack[] = [];
    // Packaging is CPU-bound: one service per core.
    const worker = async (): Promise<void> => {
      for (let folder = queue.shift(); folder; folder = queue.shift()) {
        stacks.push(...(await packageService(folder, stages, scratch)));
      }
    };
    await Promise.all(Array.from({ length: Math.min(availableParallelism(), folders.length) }, worker));
    return stacks.sort(
      (a, b) => a.service.localeCompare(b.service) || stages.indexOf(a.stage) - stages.indexOf(b.stage),
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
};
