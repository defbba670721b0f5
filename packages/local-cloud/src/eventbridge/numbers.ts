/**
 * Numeric matching "works with values that are JSON numbers. It is limited to values between
 * -5.0e9 and +5.0e9 inclusive, with 15 digits of precision, or six digits to the right of the
 * decimal point" ("Numeric matching",
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html#filtering-numeric-matching).
 * Scaling to integers of 1e-6 gives exactly that precision, and 5e9 × 1e6 stays below 2^53, so
 * comparisons of scaled numbers are exact.
 */
export const NUMERIC_MATCH_LIMIT = 5e9;
const DECIMAL_SCALE = 1e6;

/** A number as numeric matching compares it, or undefined when it is outside the documented range. @internal */
export const toComparableNumber = (value: number): number | undefined =>
  Number.isFinite(value) && Math.abs(value) <= NUMERIC_MATCH_LIMIT ? Math.round(value * DECIMAL_SCALE) : undefined;
