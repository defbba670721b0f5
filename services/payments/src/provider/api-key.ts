import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { ProviderConfigurationError } from '../domain/provider.js';

const SSM_PREFIX = 'ssm:';

type ParameterReader = Pick<SSMClient, 'send'>;

/**
 * The provider's API key from PROVIDER_API_KEY: the key itself (stage local, where the local cloud
 * has no SSM), or `ssm:<name>` of a SecureString, read with decryption on first use and kept for
 * the life of the process, so a cold start costs one SSM call and a rotated key arrives with the
 * next cold start. A failed read is not kept: the next charge tries again.
 *
 * @example
 * const apiKey = apiKeyFrom('ssm:/commerce/prod/payments/provider-api-key');
 * await apiKey(); // the decrypted value
 */
export const apiKeyFrom = (setting: string, ssm: () => ParameterReader = () => new SSMClient({})) => {
  if (!setting.startsWith(SSM_PREFIX)) return async () => setting;
  const name = setting.slice(SSM_PREFIX.length);
  let key: Promise<string> | undefined;
  const read = async () => {
    const { Parameter } = await ssm().send(new GetParameterCommand({ Name: name, WithDecryption: true }));
    if (!Parameter?.Value) throw new ProviderConfigurationError(`SSM parameter ${name} holds no API key`);
    return Parameter.Value;
  };
  return (): Promise<string> => {
    key ??= read().catch((error: unknown) => {
      key = undefined;
      throw error;
    });
    return key;
  };
};
