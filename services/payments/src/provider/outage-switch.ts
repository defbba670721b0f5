import { existsSync } from 'node:fs';

/** Whether the simulated provider is down at this moment. */
export type OutageSwitch = () => boolean;

/**
 * The local stage's switch for a provider outage: while `flagFile` exists the simulator answers
 * every charge as a provider that is down would (ProviderUnavailableError), so the retry path can
 * be tried on a running system with `touch` and `rm`. The file is looked at on every charge, not
 * once, because `sls offline` may serve the function from several processes that share nothing
 * but the disk. Without a file, as in every deployed stage (serverless.yml sets none there), the
 * switch is off for good and no file is ever read.
 *
 * @example
 * const outage = outageSwitch('/tmp/payments-provider-down'); // down while that file exists
 */
export const outageSwitch = (flagFile: string | undefined): OutageSwitch =>
  flagFile ? () => existsSync(flagFile) : () => false;
