import { ProviderConfigurationError, ProviderUnavailableError } from '../../src/domain/provider.js';
import { createSimulatedProvider, FLAKY_FAILURES } from '../../src/provider/simulator.js';

const request = (token: string, attempt = 1) => ({
  idempotencyKey: 'pay-1',
  amount: 5248,
  currency: 'EUR',
  token,
  attempt,
});

describe('the simulated payment provider', () => {
  const provider = createSimulatedProvider({ apiKey: async () => 'sim_key' });

  it('pays tok_ok with a reference of its own', async () => {
    expect(await provider.charge(request('tok_ok'))).toEqual({
      outcome: 'succeeded',
      reference: expect.stringMatching(/^sim_/),
    });
  });

  it('declines tok_decline, and any token it does not know as invalid_token', async () => {
    expect(await provider.charge(request('tok_decline'))).toEqual({ outcome: 'declined', code: 'card_declined' });
    expect(await provider.charge(request('tok_visa'))).toEqual({ outcome: 'declined', code: 'invalid_token' });
  });

  it('fails tok_flaky transiently on its first two attempts, then pays', async () => {
    for (let attempt = 1; attempt <= FLAKY_FAILURES; attempt += 1) {
      await expect(provider.charge(request('tok_flaky', attempt))).rejects.toBeInstanceOf(ProviderUnavailableError);
    }
    expect(await provider.charge(request('tok_flaky', FLAKY_FAILURES + 1))).toMatchObject({ outcome: 'succeeded' });
  });

  it('answers every charge as an unreachable provider while its outage switch is on, and decides again after', async () => {
    let down = true;
    const switched = createSimulatedProvider({ apiKey: async () => 'sim_key', outage: () => down });

    const during = await Promise.all(
      ['tok_ok', 'tok_decline', 'tok_flaky'].map((token) =>
        switched.charge(request(token, 3)).catch((e: unknown) => e),
      ),
    );
    down = false;

    expect(during.map((answer) => answer instanceof ProviderUnavailableError)).toEqual([true, true, true]);
    expect(during[0]).toMatchObject({ retryable: true, message: 'Simulated provider outage (attempt 3)' });
    expect(await switched.charge(request('tok_ok', 4))).toMatchObject({ outcome: 'succeeded' });
  });

  it('refuses to work without an API key, for good (not retryable)', async () => {
    const keyless = createSimulatedProvider({ apiKey: async () => '' });

    const error = await keyless.charge(request('tok_ok')).catch((thrown: unknown) => thrown);

    expect(error).toBeInstanceOf(ProviderConfigurationError);
    expect(error).toMatchObject({ retryable: false });
  });
});
