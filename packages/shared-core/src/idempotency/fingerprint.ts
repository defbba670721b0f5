import { createHash } from 'node:crypto';

const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
};

/**
 * A sha256 of the payload's canonical JSON (keys sorted), so `{a, b}` and `{b, a}` are the same request.
 *
 * @example
 * await runIdempotent(store, `orders#${idempotencyKey}`, place, { fingerprint: fingerprintOf(body) });
 */
export const fingerprintOf = (payload: unknown): string =>
  createHash('sha256')
    .update(JSON.stringify(canonical(payload)))
    .digest('hex');
