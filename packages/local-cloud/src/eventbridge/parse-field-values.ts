import { EventPatternError } from './event-pattern-error.js';
import type { FieldCondition, ValueMatcher } from './event-pattern-types.js';
import { isJsonObject, isJsonScalar } from './json-values.js';
import { ABSENT, parseOperator } from './parse-operator.js';

/**
 * A leaf field's value array: "the value to match is in a JSON array ... so that you can provide
 * multiple values" (OR), each a string, number, `true`, `false`, `null` or an operator object
 * (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern.html#eb-filtering-match-values).
 *
 * Exact values compare by type and value: `"300"` never equals `300`, and `""` never equals `null`
 * ("Null values and empty strings are not interchangeable",
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns-null-values.html).
 */

const exactly = (expected: string | number | boolean | null): ValueMatcher => ({
  describe: JSON.stringify(expected),
  matches: (value) => value === expected,
});

/** Parses the value array of the field at `path`. @internal */
export const parseFieldValues = (path: string, values: readonly unknown[]): FieldCondition => {
  if (values.length === 0) throw new EventPatternError('Empty arrays are not allowed');
  const matchers = values.map((value) => {
    if (isJsonScalar(value)) return exactly(value);
    if (isJsonObject(value)) return parseOperator(value);
    throw new EventPatternError('Match value must be String, number, true, false, or null');
  });
  return { path, matchers, matchesAbsence: matchers.includes(ABSENT) };
};
