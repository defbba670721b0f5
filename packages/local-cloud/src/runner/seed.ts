import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One request of a service's `local/seed.json`, sent to its own HTTP API once it is up. */
export interface SeedRequest {
  method: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export const SEED_FILE = join('local', 'seed.json');

const readSeed = (serviceDir: string): SeedRequest[] => {
  const file = join(serviceDir, SEED_FILE);
  if (!existsSync(file)) return [];
  const requests: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(requests)) throw new Error(`${file} must be a JSON array of {method, path, body?, headers?}`);
  return requests as SeedRequest[];
};

/**
 * Seeds a running service with demo data (inventory's stock, say) through its own API, so what
 * is seeded passes the same validation as any request. Each service owns its seed file; the runner
 * knows nothing of what is in it. A refused request stops the run: demo data that is not there
 * would only surface later as a confusing failure.
 */
export const seedService = async (name: string, serviceDir: string, url: string): Promise<number> => {
  const requests = readSeed(serviceDir);
  for (const { method, path, body, headers } of requests) {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error(`${name}: seeding ${method} ${path} was refused (${response.status}): ${await response.text()}`);
    }
  }
  return requests.length;
};
