import fc from 'fast-check';
import { headerText, nastyText, oddEscapes, percentEncode } from './text.js';

/** Printable ASCII without spaces: what ids and keys may be made of. */
export const printable = (minLength: number, maxLength: number) =>
  fc.string({
    unit: fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code)),
    minLength,
    maxLength,
  });

/**
 * A path segment no id looks like: odd text percent-encoded, or a misleading escape. (Raw bytes
 * above ASCII are not tried: HTTP forbids them on the request line, and the gateway's HTTP parser
 * refuses them before any route is chosen.)
 */
export const oddSegment = fc.oneof(
  { weight: 4, arbitrary: nastyText.map(percentEncode) },
  { weight: 2, arbitrary: oddEscapes },
  { weight: 1, arbitrary: fc.tuple(nastyText, oddEscapes).map(([text, escape]) => percentEncode(text) + escape) },
);

/** A query value: odd text percent-encoded, or an escape that does not decode. */
export const oddQueryValue = fc.oneof({ weight: 3, arbitrary: nastyText.map(percentEncode) }, oddEscapes);

/** `k=v&k=v`, values written as given (already encoded, or odd on purpose). */
export const queryOf = (pairs: readonly (readonly [string, string])[]): string =>
  pairs.length === 0 ? '' : `?${pairs.map(([name, value]) => `${name}=${value}`).join('&')}`;

/** Query parameters no route reads, to be ignored or refused, never to break anything. */
export const strayParams = fc.array(
  fc.tuple(fc.oneof(nastyText.map(percentEncode), fc.constantFrom('__proto__', 'constructor', '', '%')), oddQueryValue),
  { maxLength: 2 },
);

/** Content types a client gets wrong, and a few it gets right in odd ways. */
export const contentType = fc.constantFrom(
  undefined,
  'application/json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/jsonx',
  'application/xml',
  'text/json',
  '*/*',
  '',
  'json',
  'application/',
  'ÿ/ÿ',
  // Binary types: the gateway base64-encodes the body (isBase64Encoded) before the router sees it.
  'application/octet-stream',
  'image/png',
);

/** Headers on top of a request's own: odd values for the ones the services read, and noise. */
export const oddHeaders: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    'x-correlation-id': fc.oneof(headerText, printable(1, 128), printable(129, 300)),
    accept: fc.constantFrom('*/*', 'text/html', 'application/xml', '', 'ÿ', 'application/json;q=0'),
    'idempotency-key': headerText,
    'x-forwarded-for': headerText,
    authorization: fc.constantFrom('Bearer x', 'Basic ÿÿ', '', 'Bearer '.padEnd(2000, 'a')),
  },
  { requiredKeys: [] },
);

/** Methods no route of these services declares on a path (API Gateway answers them itself). */
export const undeclaredMethod = (declared: readonly string[]) =>
  fc.constantFrom(...['DELETE', 'PATCH', 'PUT', 'POST'].filter((method) => !declared.includes(method)));
