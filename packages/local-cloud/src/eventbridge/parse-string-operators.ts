import { EventPatternError } from './event-pattern-error.js';
import type { JsonScalar, ValueMatcher } from './event-pattern-types.js';
import { isJsonObject } from './json-values.js';
import { compileWildcard } from './wildcard.js';

/**
 * The string operators: `prefix` and `suffix` (each also as `{ "equals-ignore-case": "..." }`),
 * `equals-ignore-case` and `wildcard`
 * (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html).
 * They "only work on string-valued fields", so numbers, booleans and null never match them.
 */

const stringMatcher = (describe: string, test: (value: string) => boolean): ValueMatcher => ({
  describe,
  matches: (value: JsonScalar) => typeof value === 'string' && test(value),
});

const requireString = (operator: string, operand: unknown): string => {
  if (typeof operand !== 'string') throw new EventPatternError(`${operator} match pattern must be a string`);
  return operand;
};

/** Case-insensitive comparison as `equals-ignore-case` does it: both sides lower-cased. @internal */
export const foldCase = (text: string): string => text.toLowerCase();

/**
 * `"prefix": "us-"` or `"prefix": { "equals-ignore-case": "us-" }`, and the same for `suffix`.
 * @internal
 */
export const parseAffix = (operator: 'prefix' | 'suffix', operand: unknown): ValueMatcher => {
  const test = operator === 'prefix' ? String.prototype.startsWith : String.prototype.endsWith;
  if (!isJsonObject(operand)) {
    const affix = requireString(operator, operand);
    return stringMatcher(`${operator}:${affix}`, (value) => test.call(value, affix));
  }
  const entries = Object.entries(operand);
  const [name, ignoreCaseOperand] = entries[0] ?? [];
  if (name !== 'equals-ignore-case') {
    const label = operator === 'prefix' ? 'Prefix' : 'Suffix';
    throw new EventPatternError(
      name === undefined ? `${label} expression name not found` : `Unsupported ${operator} pattern: ${name}`,
    );
  }
  if (entries.length > 1) throw new EventPatternError('Only one key allowed in match expression');
  const affix = foldCase(requireString('equals-ignore-case', ignoreCaseOperand));
  return stringMatcher(`${operator}:equals-ignore-case:${affix}`, (value) => test.call(foldCase(value), affix));
};

/** `"equals-ignore-case": "alice"`. @internal */
export const parseEqualsIgnoreCase = (operand: unknown): ValueMatcher => {
  const expected = foldCase(requireString('equals-ignore-case', operand));
  return stringMatcher(`equals-ignore-case:${expected}`, (value) => foldCase(value) === expected);
};

/** `"wildcard": "*.png"`. @internal */
export const parseWildcard = (operand: unknown): ValueMatcher => {
  const pattern = requireString('wildcard', operand);
  const expression = compileWildcard(pattern);
  return stringMatcher(`wildcard:${pattern}`, (value) => expression.test(value));
};
