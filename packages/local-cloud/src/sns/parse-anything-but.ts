import { FilterPolicyError } from './filter-policy-error.js';
import type { ScaledNumber, StringTest, ValueMatcher } from './filter-policy-types.js';
import { parsePolicyNumber } from './parse-numeric-range.js';
import { parseWildcardMatcher } from './parse-string-operand.js';

/**
 * What SNS documents inside `anything-but` as an object: a prefix, a suffix or a wildcard, each
 * one string ("Anything-but matching", https://docs.aws.amazon.com/sns/latest/dg/string-value-matching.html).
 * EventBridge also takes `equals-ignore-case` and lists here; the SNS guide does not, so they are refused.
 */
const NEGATED_STRING_TESTS = new Map<string, (operand: string) => StringTest>([
  ['prefix', (prefix) => (value) => value.startsWith(prefix)],
  ['suffix', (suffix) => (value) => value.endsWith(suffix)],
  [
    'wildcard',
    (pattern) => {
      const { pattern: compiled } = parseWildcardMatcher(pattern);
      return (value) => compiled.test(value);
    },
  ],
]);

const parseNegatedStringTest = (operand: object): ValueMatcher => {
  const entries = Object.entries(operand);
  const [entry] = entries;
  const build = entry && NEGATED_STRING_TESTS.get(entry[0]);
  if (entries.length !== 1 || !entry || !build) {
    const names = Object.keys(operand).join(', ') || 'nothing';
    throw new FilterPolicyError(
      `Unsupported anything-but operator: ${names} (SNS documents prefix, suffix and wildcard)`,
    );
  }
  const [operator, value] = entry;
  if (typeof value !== 'string') throw new FilterPolicyError(`Value of anything-but ${operator} must be a string`);
  return { kind: 'anything-but-string', operator, test: build(value) };
};

/**
 * `{"anything-but": ...}`: one string or number, a list of them, or a negated prefix, suffix or
 * wildcard. Numbers are compared numerically (numeric-value-matching), strings exactly. @internal
 */
export const parseAnythingBut = (operand: unknown): ValueMatcher => {
  if (operand !== null && typeof operand === 'object' && !Array.isArray(operand)) {
    return parseNegatedStringTest(operand);
  }
  const values: unknown[] = Array.isArray(operand) ? operand : [operand];
  if (values.length === 0) throw new FilterPolicyError('Empty arrays are not allowed');
  const strings: string[] = [];
  const numbers: ScaledNumber[] = [];
  for (const value of values) {
    if (typeof value === 'string') strings.push(value);
    else if (typeof value === 'number') numbers.push(parsePolicyNumber(value));
    else throw new FilterPolicyError('Inside anything-but, only strings and numbers are allowed');
  }
  return { kind: 'anything-but', strings, numbers };
};
