import { LOCAL_CREDENTIALS, LOCAL_REGION } from '@commerce/local-cloud/testing';
import { startSagaSystem } from '../../e2e/saga-system.js';

/**
 * The saga system for the suite. Its ports are picked free and bound a moment later, and on a
 * machine shared with other test runs another process may take one in between: the runner then
 * stops what it started and says the port is in use (or `sls offline` fails with EADDRINUSE), and
 * the system is started again on other ports.
 */
export const startFuzzSystem = async (options: Parameters<typeof startSagaSystem>[0] = {}, attempts = 3) => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startSagaSystem(options);
    } catch (error) {
      if (attempt >= attempts || !/is already in use|EADDRINUSE/.test(String(error))) throw error;
    }
  }
};

/** An AWS SDK client's settings for the local cloud, or for a service's Lambda endpoint under `sls offline`. */
export const localClient = (endpoint: string) => ({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
