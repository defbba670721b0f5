import {
  createDynamoDbIdempotencyStore,
  fingerprintOf,
  IdempotencyInProgressError,
  IdempotencyKeyReusedError,
  runIdempotent,
} from '../../../src/idempotency/index.js';
import { startDynalite, type LocalDynamo } from '../../helpers/dynalite.js';

describe('runIdempotent on a DynamoDB table (dynalite)', () => {
  let dynamo: LocalDynamo;
  let table = 0;

  beforeAll(async () => {
    dynamo = await startDynalite();
  });

  afterAll(async () => {
    await dynamo?.stop();
  });

  /** A fresh table per test, so no test sees another's records. */
  const storeWith = async (options: { lockSeconds?: number; now?: () => number } = {}) => {
    table += 1;
    const tableName = `idempotency-${table}`;
    await dynamo.createTable(tableName);
    return createDynamoDbIdempotencyStore({ tableName, client: dynamo.client, ...options });
  };

  it('runs the first call and replays its stored result to a duplicate', async () => {
    const store = await storeWith();
    let charges = 0;
    const charge = async () => {
      charges += 1;
      return { paymentId: 'pay-1', amount: 1299 };
    };

    const first = await runIdempotent(store, 'payments.charge#evt-1', charge);
    const second = await runIdempotent(store, 'payments.charge#evt-1', charge);

    expect(first).toEqual({ value: { paymentId: 'pay-1', amount: 1299 }, replayed: false });
    expect(second).toEqual({ value: { paymentId: 'pay-1', amount: 1299 }, replayed: true });
    expect(charges).toBe(1);
  });

  it('runs concurrent calls with one key exactly once; the others are told it is in progress', async () => {
    const store = await storeWith();
    let runs = 0;
    const slowReserve = async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return 'reserved';
    };

    const outcomes = await Promise.allSettled(
      Array.from({ length: 5 }, () => runIdempotent(store, 'inventory.reserve#evt-2', slowReserve)),
    );

    expect(runs).toBe(1);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    for (const outcome of outcomes.filter((each) => each.status === 'rejected')) {
      expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(IdempotencyInProgressError);
    }
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
    let clock = Date.parse('2026-11-22T10:00:00Z');
    const store = await storeWith({ lockSeconds: 30, now: () => clock });
    const crashed = await store.begin('orders.confirm#evt-4');
    expect(crashed.kind).toBe('started');

    await expect(runIdempotent(store, 'orders.confirm#evt-4', async () => 'too early')).rejects.toBeInstanceOf(
      IdempotencyInProgressError,
    );
    clock += 31_000;
    const takenOver = await runIdempotent(store, 'orders.confirm#evt-4', async () => 'confirmed');

    expect(takenOver).toEqual({ value: 'confirmed', replayed: false });
  });

  it('refuses a key reused with a different payload and replays the same payload', async () => {
    const store = await storeWith();
    const place = async () => ({ orderId: 'o-1' });
    const body = { customerId: 'c-1', items: [{ sku: 'SKU-1', quantity: 1 }] };

    await runIdempotent(store, 'orders#key-1', place, { fingerprint: fingerprintOf(body) });
    const sameBodyReordered = { items: [{ quantity: 1, sku: 'SKU-1' }], customerId: 'c-1' };
    const replay = await runIdempotent(store, 'orders#key-1', place, { fingerprint: fingerprintOf(sameBodyReordered) });
    const reuse = runIdempotent(store, 'orders#key-1', place, {
      fingerprint: fingerprintOf({ ...body, customerId: 'c-2' }),
    });

    expect(replay.replayed).toBe(true);
    await expect(reuse).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
  });

  it('stores an undefined result as null so a duplicate still replays', async () => {
    const store = await storeWith();

    await runIdempotent(store, 'notifications.send#evt-5', async () => undefined);
    const duplicate = await runIdempotent(store, 'notifications.send#evt-5', async () => 'sent twice');

    expect(duplicate).toEqual({ value: null, replayed: true });
  });
});
