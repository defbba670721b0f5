import { createHash } from 'node:crypto';

/** The value JSON.stringify would write, with object keys sorted at every depth. */
const canonical = (value: unknown): unknown => {
  const json =
    value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function'
      ? (value as { toJSON: () => unknown }).toJSON() // a Date becomes its ISO string, as in JSON
      : value;
  if (Array.isArray(json)) return json.map(canonical);
  if (json !== null && typeof json === 'object') {
    return Object.fromEntries(
      Object.keys(json)
        .sort()
        .map((key) => [key, canonical((json as Record<string, unknown>)[key])]),
    );
  }
  return json;
};

/**
 * The sha256 (hex) of a payload's canonical JSON (keys sorted at every depth), so `{a, b}` and
 * `{b, a}` are the same request while any changed value is a different one.
 *
 * @example
 * await runIdempotent(store, `orders#${idempotencyKey}`, () => place(body), { fingerprint: fingerprintOf(body) });
 */
export const fingerprintOf = (payload: unknown): string =>
  createHash('sha256')
    .update(JSON.stringify(canonical(payload)) ?? 'undefined')
    .digest('hex');
