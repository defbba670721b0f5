import { type GetParameterCommand } from '@aws-sdk/client-ssm';
import { apiKeyFrom } from '../../src/provider/api-key.js';

/** An SSM client that answers GetParameter from `values` (or fails), and counts its calls. */
const fakeSsm = (values: Record<string, string>, failures = 0) => {
  const calls: GetParameterCommand['input'][] = [];
  let failuresLeft = failures;
  return {
    calls,
    client: {
      send: async (command: GetParameterCommand) => {
        calls.push(command.input);
        if (failuresLeft-- > 0) throw new Error('ThrottlingException');
        const value = values[command.input.Name ?? ''];
        return { Parameter: value === undefined ? undefined : { Value: value } };
      },
    },
  };
};

describe('the provider API key', () => {
  it('is the setting itself when it does not name an SSM parameter (stage local)', async () => {
    const ssm = fakeSsm({});

    expect(await apiKeyFrom('sim_local_not_a_secret', () => ssm.client as never)()).toBe('sim_local_not_a_secret');
    expect(ssm.calls).toEqual([]);
  });

  it('is read from SSM with decryption once per process', async () => {
    const ssm = fakeSsm({ '/commerce/prod/payments/provider-api-key': 'sk_live_1' });
    const apiKey = apiKeyFrom('ssm:/commerce/prod/payments/provider-api-key', () => ssm.client as never);

    expect(await Promise.all([apiKey(), apiKey()])).toEqual(['sk_live_1', 'sk_live_1']);
    expect(await apiKey()).toBe('sk_live_1');
    expect(ssm.calls).toEqual([{ Name: '/commerce/prod/payments/provider-api-key', WithDecryption: true }]);
  });

  it('is read again after a failed read, rather than remembering the failure', async () => {
    const ssm = fakeSsm({ '/k': 'sk_1' }, 1);
    const apiKey = apiKeyFrom('ssm:/k', () => ssm.client as never);

    await expect(apiKey()).rejects.toThrow('ThrottlingException');
    expect(await apiKey()).toBe('sk_1');
  });

  it('fails naming the parameter when it holds nothing', async () => {
    const apiKey = apiKeyFrom('ssm:/missing', () => fakeSsm({}).client as never);

    await expect(apiKey()).rejects.toThrow('SSM parameter /missing holds no API key');
  });
});
