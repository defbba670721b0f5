import { EventPatternError } from './event-pattern-error.js';
import type { ValueMatcher } from './event-pattern-types.js';
import { toComparableNumber } from './numbers.js';

/**
 * `numeric` ("Numeric matching",
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html#filtering-numeric-matching):
 * `["=", n]`, one bound (`>`, `>=`, `<`, `<=`), or a range of a lower bound then an upper bound,
 * `[">", 0, "<=", 5]`. Reasons follow Event Ruler's wording.
 */

type Comparison = (value: number, bound: number) => boolean;

const COMPARISONS: Record<string, Comparison> = {
  '=': (value, bound) => value === bound,
  '>': (value, bound) => value > bound,
  '>=': (value, bound) => value >= bound,
  '<': (value, bound) => value < bound,
  '<=': (value, bound) => value <= bound,
};
const LOWER_BOUNDS = new Set(['>', '>=']);
const UPPER_BOUNDS = new Set(['<', '<=']);

interface Condition {
  operator: string;
  bound: number;
}

const boundOf = (operator: string, operand: unknown): number => {
  if (typeof operand !== 'number') {
    throw new EventPatternError(`Value of ${operator === '=' ? 'equals' : operator} must be numeric`);
  }
  const comparable = toComparableNumber(operand);
  // The documented range is a limit, so a bound outside it is refused rather than never matched.
  if (comparable === undefined) {
    throw new EventPatternError(`Value of ${operator} must be between -5.0e9 and 5.0e9 inclusive: ${operand}`);
  }
  return comparable;
};

const parseConditions = (terms: unknown[]): Condition[] => {
  const [operator, operand, upperOperator, upperOperand, ...extra] = terms;
  if (typeof operator !== 'string') {
    // Event Ruler quotes the token it stopped at; for an empty array that is the closing bracket.
    throw new EventPatternError(`Invalid member in numeric match: ${operator === undefined ? ']' : String(operator)}`);
  }
  if (!Object.hasOwn(COMPARISONS, operator)) {
    throw new EventPatternError(`Unrecognized numeric range operator: ${operator}`);
  }
  const first = { operator, bound: boundOf(operator, operand) };
  if (terms.length <= 2) return [first];
  if (!LOWER_BOUNDS.has(operator)) throw new EventPatternError('Too many elements in numeric expression');
  if (typeof upperOperator !== 'string') {
    throw new EventPatternError(`Bad value in numeric range: ${String(upperOperator)}`);
  }
  if (!UPPER_BOUNDS.has(upperOperator)) throw new EventPatternError(`Bad numeric range operator: ${upperOperator}`);
  const second = { operator: upperOperator, bound: boundOf(upperOperator, upperOperand) };
  if (extra.length > 0) throw new EventPatternError('Too many terms in numeric range expression');
  if (first.bound >= second.bound) throw new EventPatternError('Bottom must be less than top');
  return [first, second];
};

/** Parses the operand of `numeric`. Only JSON numbers in the documented range match it. @internal */
export const parseNumeric = (operand: unknown): ValueMatcher => {
  if (!Array.isArray(operand)) throw new EventPatternError('Value of numeric must be an array.');
  const conditions = parseConditions(operand);
  return {
    describe: `numeric:${JSON.stringify(operand)}`,
    matches: (value) => {
      const comparable = typeof value === 'number' ? toComparableNumber(value) : undefined;
      return (
        comparable !== undefined &&
        conditions.every(({ operator, bound }) => COMPARISONS[operator]?.(comparable, bound) === true)
      );
    },
  };
};
