import { randomUUID } from 'node:crypto';
import {
  ProviderConfigurationError,
  ProviderUnavailableError,
  type ChargeRequest,
  type ChargeResult,
  type PaymentProvider,
} from '../domain/provider.js';
import type { OutageSwitch } from './outage-switch.js';

/** Attempts of a `tok_flaky` charge that fail before one succeeds. */
export const FLAKY_FAILURES = 2;

/**
 * A payment provider that decides by token, for every stage until a real provider is contracted:
 * `tok_ok` pays, `tok_decline` is declined, `tok_flaky` fails transiently on its first two
 * attempts and then pays, and any other token is declined as `invalid_token`. It is stateless (the
 * attempt number comes with the request) because Lambda, and sls offline, may run the function in
 * several processes that share nothing. Like a real provider it refuses to work without an API key.
 * While `outage` says it is down (the local stage's switch, see outage-switch.ts) it answers every
 * charge as an unreachable provider would, before looking at the key or the token.
 *
 * @example
 * const provider = createSimulatedProvider({ apiKey: apiKeyFrom(config.PROVIDER_API_KEY) });
 * await provider.charge({ idempotencyKey: paymentId, amount: 2500, currency: 'EUR', token: 'tok_ok', attempt: 1 });
 */
export const createSimulatedProvider = ({
  apiKey,
  outage = () => false,
}: {
  apiKey: () => Promise<string>;
  outage?: OutageSwitch;
}): PaymentProvider => ({
  async charge(request: ChargeRequest): Promise<ChargeResult> {
    if (outage()) throw new ProviderUnavailableError(`Simulated provider outage (attempt ${request.attempt})`);
    if (!(await apiKey())) throw new ProviderConfigurationError('The payment provider has no API key');
    switch (request.token) {
      case 'tok_ok':
        return { outcome: 'succeeded', reference: `sim_${randomUUID()}` };
      case 'tok_decline':
        return { outcome: 'declined', code: 'card_declined' };
      case 'tok_flaky':
        if (request.attempt <= FLAKY_FAILURES) {
          throw new ProviderUnavailableError(`Simulated provider outage (attempt ${request.attempt})`);
        }
        return { outcome: 'succeeded', reference: `sim_${randomUUID()}` };
      default:
        return { outcome: 'declined', code: 'invalid_token' };
    }
  },
});
