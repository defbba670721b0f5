import { GetParametersCommand, type SSMClient } from '@aws-sdk/client-ssm';
import { PreflightCheckFailedError } from './errors.js';

// GetParameters takes at most 10 names per call:
// https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetParameters.html
const NAMES_PER_CALL = 10;

const batchesOf = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

const reasonOf = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/**
 * The names among `names` that SSM does not have, in the order given. GetParameters answers a
 * missing name in `InvalidParameters` rather than failing, and never needs to decrypt to say a
 * SecureString exists, so reading names is all the deployer's role must be allowed.
 *
 * @example
 * const missing = await missingSsmParameters(new SSMClient({ region: 'eu-west-1' }), ['/commerce/dev/platform/event-bus-name']);
 */
export const missingSsmParameters = async (ssm: SSMClient, names: readonly string[]): Promise<string[]> => {
  try {
    const answers = await Promise.all(
      batchesOf(names, NAMES_PER_CALL).map((batch) => ssm.send(new GetParametersCommand({ Names: batch }))),
    );
    const invalid = new Set(answers.flatMap((answer) => answer.InvalidParameters ?? []));
    return names.filter((name) => invalid.has(name));
  } catch (error) {
    throw new PreflightCheckFailedError(
      `Could not check the SSM parameters this stack reads (${reasonOf(error)}). Nothing was ` +
        'deployed: fix the cause (credentials, ssm:GetParameters permission, network) and deploy again.',
      { cause: error },
    );
  }
};
