import { FilterPolicyError } from './filter-policy-error.js';
import type { NumericBound, ScaledNumber, ValueMatcher } from './filter-policy-types.js';
import { isPolicyNumberInRange, scaleNumber } from './numbers.js';

/** A number written in the policy, checked against the range SNS accepts, then scaled. @internal */
export const parsePolicyNumber = (value: number): ScaledNumber => {
  if (!isPolicyNumberInRange(value)) {
    // "the value can range from -10^9 to 10^9" (subscription-filter-policy-constraints).
    throw new FilterPolicyError(`Numeric value ${value} is out of range: it must be between -1e9 and 1e9`);
  }
  return scaleNumber(value);
};

type NumericMatcher = Extract<ValueMatcher, { kind: 'numeric' }>;

/** The range operators and the bound each sets; `=` stands alone. */
const RANGE_OPERATORS = new Map<string, { side: 'lower' | 'upper'; inclusive: boolean }>([
  ['>', { side: 'lower', inclusive: false }],
  ['>=', { side: 'lower', inclusive: true }],
  ['<', { side: 'upper', inclusive: false }],
  ['<=', { side: 'upper', inclusive: true }],
]);

/**
 * `{"numeric": ["=", 301.5]}` or a range of one or two bounds such as `[">", 0, "<=", 150]`
 * ("Numeric value matching", https://docs.aws.amazon.com/sns/latest/dg/numeric-value-matching.html).
 * @internal
 */
export const parseNumericRange = (operand: unknown): NumericMatcher => {
  if (!Array.isArray(operand) || operand.length === 0 || operand.length % 2 !== 0 || operand.length > 4) {
    throw new FilterPolicyError('Value of numeric must be an array of one or two [operator, number] pairs');
  }
  const bounds: { lower?: NumericBound; upper?: NumericBound } = {};
  for (let index = 0; index < operand.length; index += 2) {
    const operator: unknown = operand[index];
    const value: unknown = operand[index + 1];
    const range = typeof operator === 'string' ? RANGE_OPERATORS.get(operator) : undefined;
    if (operator !== '=' && !range) {
      throw new FilterPolicyError(`Unrecognized numeric range operator: ${JSON.stringify(operator)}`);
    }
    if (typeof value !== 'number') throw new FilterPolicyError(`Value of ${String(operator)} must be numeric`);
    const scaled = parsePolicyNumber(value);
    if (!range) {
      if (operand.length !== 2) throw new FilterPolicyError('Numeric "=" cannot be combined with a range operator');
      return { kind: 'numeric', equals: scaled };
    }
    if (bounds[range.side]) throw new FilterPolicyError(`A numeric range can have only one ${range.side} bound`);
    bounds[range.side] = { value: scaled, inclusive: range.inclusive };
  }
  return { kind: 'numeric', ...bounds };
};
