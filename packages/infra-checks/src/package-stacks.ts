import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVICES, type ServiceName } from '@commerce/contracts/catalog';
import { packageServices, type ServiceFolder } from '@commerce/local-cloud/tooling';
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

/**
 * `sls package` of each service for each stage, into a scratch folder (not the service's
 * .serverless, which `pnpm dev` owns), returning the templates. The scratch folder is removed.
 * Stages go one after another: two `sls package` runs in one folder share its .esbuild work directory.
 */
export const packageStacks = async (folders: readonly ServiceFolder[], stages: readonly string[]): Promise<Stack[]> => {
  const scratch = await mkdtemp(join(tmpdir(), 'commerce-infra-checks-'));
  const outDir = (folder: ServiceFolder, stage: string) => join(scratch, `${folder.name}-${stage}`);
  try {
    const stacks: Stack[] = [];
    for (const stage of stages) {
      await packageServices(folders, {
        stage,
        outDir: (folder) => outDir(folder, stage),
        env: withoutCredentials(scratch),
        timeoutMs: PACKAGE_TIMEOUT_MS,
      });
      for (const folder of folders) {
        const templateFile = join(outDir(folder, stage), 'cloudformation-template-update-stack.json');
        const template = JSON.parse(await readFile(templateFile, 'utf8')) as Template;
        stacks.push({ service: serviceName(folder), stage, template });
      }
    }
    return stacks.sort(
      (a, b) => a.service.localeCompare(b.service) || stages.indexOf(a.stage) - stages.indexOf(b.stage),
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
};
