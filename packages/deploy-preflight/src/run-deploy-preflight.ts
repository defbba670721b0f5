import { SSMClient } from '@aws-sdk/client-ssm';
import { checkDeployDependencies, type PreflightInput, type PreflightResult } from './preflight.js';

export interface DeployPreflightOptions extends Omit<PreflightInput, 'ssm'> {
  /** The profile osls deploys with (`--aws-profile`, `provider.profile`); none: the SDK's default chain. */
  readonly profile?: string | null;
}

/**
 * What the serverless plugin runs: {@link checkDeployDependencies} with an SSM client in the
 * deploy's region and credentials.
 *
 * @example
 * await runDeployPreflight({ service: 'orders', stage: 'dev', region: 'us-east-1', template });
 */
export const runDeployPreflight = async ({ profile, ...input }: DeployPreflightOptions): Promise<PreflightResult> => {
  const ssm = new SSMClient({ region: input.region, ...(profile ? { profile } : {}) });
  try {
    return await checkDeployDependencies({ ...input, ssm });
  } finally {
    ssm.destroy();
  }
};
