import { availableParallelism } from 'node:os';
import type { ServiceFolder } from './discover-services.js';
import { runSls } from './sls-cli.js';

export interface PackageOptions {
  stage: string;
  /** Where each service's package goes; its own `.serverless` folder when absent. */
  outDir?: (service: ServiceFolder) => string;
  /** The environment `sls package` runs in (the infrastructure checks strip every AWS credential). */
  env?: NodeJS.ProcessEnv;
  /** A run that has not finished in this long is stuck (a failed esbuild step can hang sls). */
  timeoutMs?: number;
  /** Told as each service starts packaging. */
  onStart?: (service: ServiceFolder) => void;
}

/**
 * `sls package` of each service for one stage, one service per core: packaging is CPU-bound, and
 * these machines have two. Used by `pnpm dev` (into each service's `.serverless`) and by the
 * infrastructure checks (into a scratch folder, without credentials), so both package the same way.
 *
 * @example
 * await packageServices(discoverServices(root), { stage: 'local' });
 */
export const packageServices = async (services: readonly ServiceFolder[], options: PackageOptions): Promise<void> => {
  const { stage, outDir, env, timeoutMs, onStart } = options;
  const queue = [...services];
  const worker = async (): Promise<void> => {
    for (let service = queue.shift(); service; service = queue.shift()) {
      onStart?.(service);
      const out = outDir ? ['--package', outDir(service)] : [];
      await runSls({ cwd: service.dir, args: ['package', '--stage', stage, ...out], env, timeoutMs });
    }
  };
  const workers = Math.max(1, Math.min(availableParallelism(), services.length));
  await Promise.all(Array.from({ length: workers }, worker));
};
