import fc from 'fast-check';
import type { BodySpec } from './http.js';
import { isJson } from './text.js';

/** Text that is not JSON: cut short, single quotes, trailing commas, a BOM, a raw NUL, stray bytes. */
export const malformedJson = (valid: fc.Arbitrary<object>): fc.Arbitrary<BodySpec> =>
  fc.oneof(
    fc
      .constantFrom(
        '{',
        '[',
        'nul',
        'NaN',
        'undefined',
        "{'a':1}",
        '{"a":1,}',
        '{"a":1}}',
        '\ufeff{}',
        '{"a":"\u0000"}',
      )
      .map((text) => ({ text })),
    fc.constantFrom('// x\n{}', '0x1', '1e', '"', '{"a":1', '\u0000', '{"a":\ud800}').map((text) => ({ text })),
    valid.chain((body) => {
      const text = JSON.stringify(body);
      return fc.integer({ min: 1, max: text.length - 1 }).map((cut) => ({ text: text.slice(0, cut) }));
    }),
    fc
      .string({ unit: 'binary', minLength: 1, maxLength: 60 })
      .filter((text) => !isJson(text))
      .map((text) => ({ text })),
    // Bytes from 0x80 up never start a UTF-8 character: the text decodes to U+FFFD, never JSON.
    fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 40 }).map((bytes) => ({ bytes })),
  );

/** The valid body with invalid UTF-8 right after its first quote, where a key or a string starts. */
const invalidUtf8Inside = (valid: fc.Arbitrary<object>): fc.Arbitrary<BodySpec> =>
  fc
    .tuple(valid, fc.constantFrom([0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf8, 0x88, 0x80, 0x80]))
    .map(([body, bad]) => {
      const text = Buffer.from(JSON.stringify(body));
      const at = text.indexOf('"') + 1;
      return { bytes: [...text.subarray(0, at), ...bad, ...text.subarray(at)] };
    });

/**
 * JSON that is not the object asked for: any value at all, or the valid body with one field given
 * a wrong value, one field left out, or one field added.
 */
export const wrongShape = (
  valid: fc.Arbitrary<Record<string, unknown>>,
  wrongValues: Readonly<Record<string, fc.Arbitrary<unknown>>>,
): fc.Arbitrary<BodySpec> =>
  fc.oneof(
    fc.jsonValue().map((json) => ({ json })),
    fc
      .tuple(valid, fc.constantFrom(...Object.keys(wrongValues)))
      .chain(([body, field]) => wrongValues[field]!.map((value) => ({ json: { ...body, [field]: value } }))),
    valid.chain((body) =>
      fc.constantFrom(...Object.keys(body)).map((field) => ({
        json: Object.fromEntries(Object.entries(body).filter(([name]) => name !== field)),
      })),
    ),
    fc
      .tuple(valid, fc.string({ maxLength: 20 }), fc.jsonValue())
      .filter(([body, name]) => !(name in body))
      .map(([body, name, value]) => ({ json: { ...body, [name]: value } })),
    invalidUtf8Inside(valid),
  );

/**
 * Bodies past the services' 64 KiB limit (a 413 from the router) and, once in a while, past API
 * Gateway's 10 MB (a 413 from the gateway), and JSON nested tens of thousands deep.
 */
export const oversized: fc.Arbitrary<BodySpec> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 65_537, max: 1_200_000 }).map((padded) => ({ padded })) },
  { weight: 1, arbitrary: fc.constant({ padded: 10_600_000 }) },
  { weight: 3, arbitrary: fc.integer({ min: 500, max: 60_000 }).map((nested) => ({ nested })) },
);
