import { CommerceError, DependencyError } from '@commerce/shared-core';

/** What payments asks a provider to do. Amounts are minor units of `currency`. */
export interface ChargeRequest {
  /** The payment id: a provider answers a repeated key with the first answer, never a second charge. */
  idempotencyKey: string;
  amount: number;
  currency: string;
  /** The customer's opaque provider token from the order; never logged, never stored. */
  token: string;
  /** Which try this is (1 for the first), for the provider's logs and the simulator. */
  attempt: number;
}

export type ChargeResult = { outcome: 'succeeded'; reference: string } | { outcome: 'declined'; code: string };

/**
 * A payment provider adapter. `charge` resolves with the provider's decision, and throws
 * ProviderUnavailableError when there was none (timeout, 5xx, throttling): the charge may be
 * retried with the same idempotency key.
 */
export interface PaymentProvider {
  charge(request: ChargeRequest): Promise<ChargeResult>;
}

/** The provider could not decide now; trying again later with the same key is safe. */
export class ProviderUnavailableError extends DependencyError {
  override name = 'ProviderUnavailableError';
}

/** The provider refuses our credentials: no retry can help until someone fixes the key. */
export class ProviderConfigurationError extends CommerceError {
  override name = 'ProviderConfigurationError';
  constructor(message: string) {
    super('CONFIG_INVALID', message, { retryable: false });
  }
}
