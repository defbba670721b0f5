import { expectTypeOf } from 'expect-type';
import { runIdempotent, type IdempotencyStore, type RunResult } from '../../../src/idempotency/index.js';

/** A store that always lets the run start; only the types matter here, plus one runtime check. */
const store: IdempotencyStore = {
  begin: async () => ({ kind: 'started', lockToken: 't' }),
  complete: async () => undefined,
  abandon: async () => undefined,
};

// `tsc --noEmit` (the typecheck step) checks these; the runtime assertions keep Jest honest.
describe('runIdempotent types', () => {
  it('infers the value type from an async function', async () => {
    const result = await runIdempotent(store, 'k', async () => ({ orderId: 'o-1', total: 1299 }));

    expectTypeOf(result).toEqualTypeOf<RunResult<{ orderId: string; total: number }>>();
    expect(result.value.total).toBe(1299);
  });

  it('unwraps a synchronous function and a void handler alike', async () => {
    const sync = await runIdempotent(store, 'k', () => 'reserved' as const);
    const handler = async (): Promise<void> => undefined;
    const voided = await runIdempotent(store, 'k', handler);

    expectTypeOf(sync.value).toEqualTypeOf<'reserved'>();
    expectTypeOf(voided.value).toEqualTypeOf<void>();
    expectTypeOf(voided.replayed).toBeBoolean();
    expect(sync).toEqual({ value: 'reserved', replayed: false });
  });

  it('accepts only a string fingerprint', () => {
    expectTypeOf(runIdempotent).parameter(3).toEqualTypeOf<{ fingerprint?: string } | undefined>();
    // @ts-expect-error -- a fingerprint is a string such as fingerprintOf(body), not the body itself
    const wrong = () => runIdempotent(store, 'k', async () => 1, { fingerprint: { sku: 'SKU-1' } });

    expect(wrong).toBeInstanceOf(Function);
  });
});
