import { invocationOf } from '../scripts/cost/invocations.js';
import { itemSize } from '../scripts/cost/item-size.js';
import { PRICES } from '../scripts/cost/price-table.js';
import {
  gbSecondsOf,
  priceUsage,
  readUnitsOf,
  scaleUsage,
  totalUsd,
  withDirectTargets,
  writeUnitsOf,
} from '../scripts/cost/pricing.js';

describe('the cost model pricing', () => {
  it('prices each counted unit at its table price', () => {
    const items = priceUsage({ sqsRequest: 3, lambdaRequest: 2 });

    expect(items).toEqual([
      { price: 'lambdaRequest', quantity: 2, usd: expect.closeTo(0.4e-6, 12) },
      { price: 'sqsRequest', quantity: 3, usd: expect.closeTo(1.2e-6, 12) },
    ]);
  });

  it('prices a million orders at a million times one order', () => {
    const usage = { snsRequest: 1, eventBridgeEvent: 2, dynamoDbWriteUnit: 4 };

    expect(totalUsd(priceUsage(scaleUsage(usage, 1_000_000)))).toBeCloseTo(0.5 + 2 + 2.5, 9);
  });

  it('drops the SQS hops and invokes once per message for direct targets', () => {
    const usage = { sqsRequest: 10, lambdaRequest: 5, lambdaArmGbSecond: 1 };
    const queued = { messagesDelivered: 4, pollerRequests: 6, receiverInvocations: 3, receiverGbSeconds: 0.5 };

    expect(withDirectTargets(usage, queued)).toEqual({ sqsRequest: 0, lambdaRequest: 6, lambdaArmGbSecond: 1 });
  });

  it('bills duration as GB-s of the configured memory', () => {
    expect(gbSecondsOf(1000, 256)).toBe(0.25);
  });

  it('rounds DynamoDB writes up per KB and reads per 4 KB, transactions double', () => {
    expect([writeUnitsOf(100), writeUnitsOf(1025), writeUnitsOf(100, true)]).toEqual([1, 2, 2]);
    expect([readUnitsOf(100, 'eventual'), readUnitsOf(4097, 'strong'), readUnitsOf(1, 'transactional')]).toEqual([
      0.5, 2, 2,
    ]);
  });

  it('sizes an item by its attribute names and values', () => {
    expect(itemSize({ sku: { S: 'MUG' }, ok: { BOOL: true } })).toBe(3 + 3 + 2 + 1);
  });

  it('reads an invocation, its duration and its billed duration from sls offline output', () => {
    const line = '(λ: reserveStock) RequestId: 1f2e  Duration: 41.20 ms  Billed Duration: 42 ms';

    expect(invocationOf('inventory', line)).toEqual({
      service: 'inventory',
      functionKey: 'reserveStock',
      durationMs: 41.2,
      billedMs: 42,
    });
    expect(invocationOf('inventory', 'GET /inventory/MUG (λ: router)')).toBeUndefined();
  });

  it('names a source for every price', () => {
    for (const price of Object.values(PRICES)) expect(price.source).toMatch(/Pricing/);
  });
});
