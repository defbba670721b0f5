import fc from 'fast-check';
import { malformedJson, oversized, wrongShape } from './bodies.js';
import { nonAsciiText, percentEncode } from './text.js';

/** A SKU of the suite's own, never stocked by the seed: writing it changes nothing anyone reads. */
export const fuzzSku = fc.stringMatching(/^FUZZ-[0-9A-F]{8}$/);
/** SKUs the pattern refuses (lower case, too long, a leading dash, a space) or odd text. */
export const badSku = fc.oneof(
  fc.constantFrom('mug-11oz', '-MUG', 'A', 'A'.repeat(33), 'MUG%2011OZ', 'MUG_11OZ', 'MUG-11OZ%00'),
  nonAsciiText.map(percentEncode),
);

/** An order POST /orders accepts, for a SKU nobody stocks (its saga ends OUT_OF_STOCK at once). */
export const validOrder = fc.record({
  customerId: fc.uuid(),
  items: fc.constant([{ sku: 'FUZZ-NOT-STOCKED', quantity: 1 }]),
  paymentToken: fc.constant('tok_ok'),
});
const wrongLine = fc.oneof(
  fc.record({ sku: nonAsciiText, quantity: fc.constant(1) }),
  fc.record({ sku: fc.constant('FUZZ-1'), quantity: fc.constantFrom(0, -1, 1000, 1.5, 1e21, '1', null, true, [1]) }),
  fc.record({ sku: fc.constant('FUZZ-1') }),
);
const orderFieldsGoneWrong = {
  customerId: fc.oneof(nonAsciiText, fc.integer(), fc.constant(null), fc.constant({})),
  items: fc.oneof(
    fc.constant([]),
    fc.constant(Array.from({ length: 51 }, (_, n) => ({ sku: `FUZZ-${n}`, quantity: 1 }))),
    fc.array(wrongLine, { minLength: 1, maxLength: 3 }),
    fc.oneof(nonAsciiText, fc.constant({}), fc.constant(null)),
  ),
  paymentToken: fc.oneof(nonAsciiText, fc.constantFrom('4111111111111111', 'tk', '_tok', 'tok ok', 7)),
};

/** A stock level PUT /inventory/{sku} accepts. */
export const stockUpdate = fc.record({ available: fc.nat({ max: 1000 }), price: fc.nat({ max: 100_000 }) });
const stockFieldsGoneWrong = {
  available: fc.constantFrom(-1, 1.5, 1_000_000_001, '5', null, true, 1e21),
  price: fc.constantFrom(-1, 0.5, 10_000_000_001, '100', null, [], {}),
};

/** Any of the ways a JSON body goes wrong. */
const badBody = (valid: fc.Arbitrary<Record<string, unknown>>, wrong: Record<string, fc.Arbitrary<unknown>>) =>
  fc.oneof(
    { weight: 3, arbitrary: malformedJson(valid) },
    { weight: 5, arbitrary: wrongShape(valid, wrong) },
    oversized,
  );

/** Bodies of POST /orders that are wrong by construction. */
export const badOrder = badBody(validOrder, orderFieldsGoneWrong);

/** Bodies of PUT /inventory/{sku} that are wrong by construction. */
export const badStockUpdate = badBody(stockUpdate, stockFieldsGoneWrong);

/**
 * Orders the API accepts at its edges: up to fifty lines of stocked and unknown SKUs, quantities
 * of 1 and 999, a customer id in capitals, tokens of any valid shape (the simulator declines the
 * unknown ones). SKUs are never repeated (the API refuses that, 422): the property is about what
 * it accepts.
 */
export const oddValidOrder = (stocked: readonly string[]) =>
  fc.record({
    customerId: fc.uuid().chain((id) => fc.constantFrom(id, id.toUpperCase())),
    items: fc.uniqueArray(
      fc.record({
        sku: fc.oneof(fc.constantFrom(...stocked), fc.stringMatching(/^FUZZ-[0-9A-Z]{4}$/)),
        quantity: fc.oneof(fc.constantFrom(1, 999), fc.integer({ min: 1, max: 999 })),
      }),
      { minLength: 1, maxLength: 50, selector: (line) => line.sku },
    ),
    paymentToken: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom('tok_ok', 'tok_decline') },
      fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{2,254}$/),
    ),
  });
