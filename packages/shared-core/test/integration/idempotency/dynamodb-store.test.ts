import {
  createDynamoDbIdempotencyStore,
  fingerprintOf,
  IdempotencyInProgressError,
  IdempotencyKeyReusedError,
  runIdempotent,
  type DynamoDbIdempotencyOptions,
} from '../../../src/idempotency/index.js';
import { startDynalite, type LocalDynamo } from '../../helpers/dynalite.js';

// A real DynamoDB-compatible server (dynalite, in memory, on a free loopback port) and the real SDK
// client. dynalite ignores ReturnValuesOnConditionCheckFailure, so duplicates here take the
// consistent GetItem path; it never deletes expired items, which is what the TTL test relies on.
describe('runIdempotent on a DynamoDB table (dynalite)', () => {
  let dynamo: LocalDynamo | undefined;
  let tables = 0;

  beforeAll(async () => {
    dynamo = await startDynalite();
  });

  afterAll(async () => {
    await dynamo?.stop();
  });

  /** A fresh table per test, so no test sees another's records. */
  const storeWith = async (options: Partial<DynamoDbIdempotencyOptions> = {}) => {
    if (!dynamo) throw new Error('dynalite did not start');
    tables += 1;
    const tableName = `idempotency-${tables}`;
    await dynamo.createTable(tableName);
    return createDynamoDbIdempotencyStore({ tableName, client: dynamo.client, ...options });
  };

  /** A clock the test moves by hand. */
  const manualClock = () => {
    let nowMs = Date.parse('2026-11-22T10:00:00Z');
    return { now: () => nowMs, advance: (ms: number) => void (nowMs += ms) };
  };

  it('runs the first call and replays its stored result to a duplicate', async () => {
    const store = await storeWith();
    let charges = 0;
    const charge = async () => {
      charges += 1;
      return { paymentId: 'pay-1', amount: 1299 };
    };

    const first = await runIdempotent(store, 'payments.charge#evt-1', charge);
    const duplicate = await runIdempotent(store, 'payments.charge#evt-1', charge);

    expect(first).toEqual({ value: { paymentId: 'pay-1', amount: 1299 }, replayed: false });
    expect(duplicate).toEqual({ value: { paymentId: 'pay-1', amount: 1299 }, replayed: true });
    expect(charges).toBe(1);
  });

  it('runs concurrent calls with one key exactly once; the others are told it is in progress', async () => {
    const store = await storeWith();
    let runs = 0;
    let settled = 0;
    let othersSettled!: () => void;
    const allOthersSettled = new Promise<void>((resolve) => (othersSettled = resolve));
    // The winner holds the key until every other call has been answered, so none can see it completed.
    const reserve = async () => {
      runs += 1;
      await allOthersSettled;
      return 'reserved';
    };

    const calls = Array.from({ length: 5 }, () =>
      runIdempotent(store, 'inventory.reserve#evt-2', reserve).finally(() => {
        settled += 1;
        if (settled === 4) othersSettled();
      }),
    );
    const outcomes = await Promise.allSettled(calls);

    const rejected = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []));
    expect(runs).toBe(1);
    expect(rejected).toHaveLength(4);
    for (const reason of rejected) expect(reason).toBeInstanceOf(IdempotencyInProgressError);
  });

  it('lets a retry run again after a failed run', async () => {
    const store = await storeWith();
    let attempts = 0;
    const flaky = async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('provider timeout');
      return 'charged';
    };

    await expect(runIdempotent(store, 'payments.charge#evt-3', flaky)).rejects.toThrow('provider timeout');
    const retried = await runIdempotent(store, 'payments.charge#evt-3', flaky);

    expect(retried).toEqual({ value: 'charged', replayed: false });
    expect(attempts).toBe(2);
  });

  it('lets a later run take over a lock whose holder never finished', async () => {
    const clock = manualClock();
    const store = await storeWith({ lockSeconds: 30, now: clock.now });
    const crashed = await store.begin('orders.confirm#evt-4');

    const tooEarly = runIdempotent(store, 'orders.confirm#evt-4', async () => 'too early');
    await expect(tooEarly).rejects.toBeInstanceOf(IdempotencyInProgressError);
    clock.advance(31_000);
    const takenOver = await runIdempotent(store, 'orders.confirm#evt-4', async () => 'confirmed');

    expect(crashed.kind).toBe('started');
    expect(takenOver).toEqual({ value: 'confirmed', replayed: false });
  });

  it('runs again once the record is past its TTL, though DynamoDB has not deleted it yet', async () => {
    const clock = manualClock();
    const store = await storeWith({ ttlSeconds: 3600, now: clock.now });
    await runIdempotent(store, 'notifications.send#evt-5', async () => 'sent');

    clock.advance(3601_000);
    const later = await runIdempotent(store, 'notifications.send#evt-5', async () => 'sent again');

    expect(later).toEqual({ value: 'sent again', replayed: false });
  });

  it('refuses a key reused with a different payload and replays the same payload in any key order', async () => {
    const store = await storeWith();
    const place = async () => ({ orderId: 'o-1' });
    const body = { customerId: 'c-1', items: [{ sku: 'SKU-1', quantity: 1 }] };
    await runIdempotent(store, 'orders#key-1', place, { fingerprint: fingerprintOf(body) });

    const sameBodyReordered = { items: [{ quantity: 1, sku: 'SKU-1' }], customerId: 'c-1' };
    const replay = await runIdempotent(store, 'orders#key-1', place, { fingerprint: fingerprintOf(sameBodyReordered) });
    const reuse = runIdempotent(store, 'orders#key-1', place, {
      fingerprint: fingerprintOf({ ...body, customerId: 'c-2' }),
    });

    expect(replay).toEqual({ value: { orderId: 'o-1' }, replayed: true });
    await expect(reuse).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
  });

  it('replays a run that returned nothing as undefined', async () => {
    const store = await storeWith();

    await runIdempotent(store, 'analytics.record#evt-6', async () => undefined);
    const duplicate = await runIdempotent(store, 'analytics.record#evt-6', async () => 'recorded twice');

    expect(duplicate).toEqual({ value: undefined, replayed: true });
  });
});
