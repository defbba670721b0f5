import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

const slsScript = createRequire(import.meta.url).resolve('serverless/bin/serverless.js');

type Value = string | number | boolean | Record<string, unknown>;
interface Printed {
  provider?: { environment?: Record<string, Value> };
  functions?: Record<string, { environment?: Record<string, Value> }>;
}

/**
 * `{ Ref: 'PaymentsTable' }` → `PaymentsTable`: what CloudFormation would resolve at deploy time is
 * a name or ARN the handler only keeps at import, so any non-empty text loads it alike.
 */
const asText = (value: Value): string =>
  typeof value === 'object' ? Object.values(value).flat().join('.') : String(value);

/**
 * Each function's environment in stage `local`, as `sls print` resolves the service's
 * serverless.yml (params, `${self:...}`), so a bench can load the real handler, which reads its
 * settings at import and refuses to start without them. NODE_OPTIONS is left out: a probe must
 * not inherit flags (source maps) that its baselines do not have.
 */
export const localEnvironments = async (serviceDir: string): Promise<Map<string, Record<string, string>>> => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [slsScript, 'print', '--stage', 'local', '--format', 'json'],
    { cwd: serviceDir, maxBuffer: 16 * 2 ** 20 },
  );
  const printed = JSON.parse(stdout) as Printed;
  return new Map(
    Object.entries(printed.functions ?? {}).map(([name, fn]) => {
      const merged = { ...printed.provider?.environment, ...fn.environment };
      delete merged['NODE_OPTIONS'];
      return [name, Object.fromEntries(Object.entries(merged).map(([key, value]) => [key, asText(value)]))];
    }),
  );
};
