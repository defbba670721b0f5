import fc from 'fast-check';
import type { FuzzRequest } from './http.js';
import { oddHeaders, queryOf, strayParams } from './request-parts.js';
import { nonAsciiText, oddEscapes, percentEncode } from './text.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

/** A value no id rule accepts: empty, too long for any, or holding a character outside printable ASCII. */
const refusedId = fc.oneof(
  { weight: 4, arbitrary: nonAsciiText.map(percentEncode) },
  fc.constant(''),
  fc.integer({ min: 129, max: 3000 }).map((length) => 'x'.repeat(length)),
);

const get = (target: string, bad: boolean) =>
  oddHeaders.map((headers): FuzzRequest => ({ method: 'GET', target, headers, bad }));

/**
 * `GET <path>?<name>=`: the id left out, refused (a 4xx), a misleading escape, a valid one, or
 * given twice (API Gateway joins repeated parameters with a comma).
 */
export const oddIdQuery = (path: string, name: string, valid: fc.Arbitrary<string>): fc.Arbitrary<FuzzRequest> =>
  fc
    .oneof(
      strayParams.map((pairs) => ({ pairs, bad: true })),
      {
        weight: 4,
        arbitrary: fc
          .tuple(refusedId, strayParams)
          .map(([id, pairs]) => ({ pairs: [[name, id] as const, ...pairs], bad: true })),
      },
      oddEscapes.map((id) => ({ pairs: [[name, id] as const], bad: false })),
      valid.map((id) => ({ pairs: [[name, encodeURIComponent(id)] as const], bad: false })),
      fc.tuple(valid, valid).map(([one, two]) => ({
        pairs: [[name, encodeURIComponent(one)] as const, [name, encodeURIComponent(two)] as const],
        bad: false,
      })),
    )
    .chain(({ pairs, bad }) => get(`${path}${queryOf(pairs)}`, bad));

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value) ?? '').toString('base64url');

/**
 * A page cursor made up by the caller: mostly the three fields of a real one, for the customer
 * asking, with values DynamoDB would refuse as a key (empty, over its 2048 and 1024 byte limits) or
 * that are merely odd; now and then another customer's, or a stray field. Only a cursor the API
 * could have handed out (its key fields well formed, the customer's own id) may be used; any other
 * is a 400.
 */
export const forgedCursor = (customerId: string): fc.Arbitrary<{ cursor: string; bad: boolean }> =>
  fc
    .record({
      orderId: fc.oneof(
        fc.uuid(),
        nonAsciiText,
        fc.constantFrom('', 'x'.repeat(2049), 'x'.repeat(3000)),
        fc.jsonValue(),
      ),
      customerId: fc.oneof({ weight: 5, arbitrary: fc.constant(customerId) }, fc.uuid(), nonAsciiText),
      placedAt: fc.oneof(
        fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) }).map((date) => date.toISOString()),
        nonAsciiText,
        fc.constantFrom('', 'x'.repeat(1025)),
        fc.jsonValue(),
      ),
      stray: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, fc.jsonValue()),
    })
    .map(({ stray, ...fields }) => {
      const key = stray === undefined ? fields : { ...fields, stray };
      const wellFormed =
        typeof fields.orderId === 'string' &&
        UUID.test(fields.orderId) &&
        fields.customerId === customerId &&
        typeof fields.placedAt === 'string' &&
        UTC_TIME.test(fields.placedAt) &&
        stray === undefined;
      return { cursor: base64url(key), bad: !wellFormed };
    });

const refusedLimit = fc.oneof(
  fc.constantFrom('0', '101', '-1', '1.5', '1e2', '', '%205', '%EF%BC%91', 'ten', '1000000000000000000000'),
  nonAsciiText.map(percentEncode),
);

/** `GET /orders?customerId=&limit=&cursor=`: one thing wrong at a time, or nothing (a page of nothing). */
export const listQuery = (cursors: typeof forgedCursor): fc.Arbitrary<FuzzRequest> =>
  fc
    .uuid()
    .chain((customerId) =>
      fc.oneof(
        strayParams.map((pairs) => ({ pairs, bad: true })),
        refusedId.map((id) => ({ pairs: [['customerId', id] as const], bad: true })),
        refusedLimit.map((limit) => ({
          pairs: [
            ['customerId', customerId],
            ['limit', limit],
          ] as const,
          bad: true,
        })),
        {
          weight: 3,
          arbitrary: cursors(customerId).map(({ cursor, bad }) => ({
            pairs: [
              ['customerId', customerId],
              ['cursor', cursor],
            ] as const,
            bad,
          })),
        },
        fc.oneof(refusedId, oddEscapes).map((cursor) => ({
          pairs: [
            ['customerId', customerId],
            ['cursor', cursor],
          ] as const,
          bad: true,
        })),
        fc.integer({ min: 1, max: 100 }).map((limit) => ({
          pairs: [
            ['customerId', customerId],
            ['limit', String(limit)],
          ] as const,
          bad: false,
        })),
      ),
    )
    .chain(({ pairs, bad }) => get(`/orders${queryOf(pairs)}`, bad));
