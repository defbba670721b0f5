import type { ScaledNumber } from './filter-policy-types.js';

/**
 * SNS compares numbers "from -10^9 to 10^9, with five digits of accuracy after the decimal point"
 * (https://docs.aws.amazon.com/sns/latest/dg/subscription-filter-policy-constraints.html).
 * Scaling to integers of 1e-5 makes 301.5 and 3.015e2 (and 301.500001) the same number, and keeps
 * every policy value within 2^53, so comparisons are exact.
 */
const DECIMAL_SCALE = 1e5;
const POLICY_NUMBER_LIMIT = 1e9;

/** A message's or policy's number as SNS compares it. @internal */
export const scaleNumber = (value: number): ScaledNumber => Math.round(value * DECIMAL_SCALE);

/** Whether a policy number is within the range SNS accepts in a filter policy. @internal */
export const isPolicyNumberInRange = (value: number): boolean =>
  Number.isFinite(value) && Math.abs(value) <= POLICY_NUMBER_LIMIT;

/**
 * A `Number` message attribute's value, or undefined when it is not a number. Publish refuses
 * such an attribute, so a malformed one simply matches no numeric condition here. @internal
 */
export const parseNumberAttribute = (text: string): number | undefined => {
  const value = text.trim() === '' ? Number.NaN : Number(text);
  return Number.isFinite(value) ? value : undefined;
};
