import { createRecordingPublisher } from '@commerce/testing';
import { createPaymentCharger } from '../../src/domain/charge-payment.js';
import type { ChargeRequest, PaymentProvider } from '../../src/domain/provider.js';
import { createSimulatedProvider } from '../../src/provider/simulator.js';
import { createInMemoryPayments } from './in-memory-payments.js';

/** The simulated provider, with every request it was sent. */
export const recordingProvider = (provider: PaymentProvider = createSimulatedProvider({ apiKey: async () => 'k' })) => {
  const requests: ChargeRequest[] = [];
  return {
    requests,
    charge: (request: ChargeRequest) => {
      requests.push(request);
      return provider.charge(request);
    },
  };
};

/** A charger on fakes, with what it stored, published, asked the provider and asked the queue. */
export const chargerFixture = (options: { provider?: PaymentProvider; maxAttempts?: number } = {}) => {
  const payments = createInMemoryPayments();
  const handoffs = createRecordingPublisher();
  const provider = recordingProvider(options.provider);
  const delays: number[] = [];
  let ids = 0;
  const charger = createPaymentCharger({
    payments,
    provider,
    handoffs,
    maxAttempts: options.maxAttempts ?? 4,
    backoff: { baseSeconds: 1, maxSeconds: 8 },
    newId: () => `00000000-0000-4000-8000-${String((ids += 1)).padStart(12, '0')}`,
    now: () => new Date('2026-11-22T10:00:00.000Z'),
  });
  const delivery = { retryAfter: async (seconds: number) => void delays.push(seconds) };
  return { charger, payments, handoffs, provider, delays, delivery };
};
