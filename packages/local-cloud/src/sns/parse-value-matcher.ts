import { FilterPolicyError } from './filter-policy-error.js';
import type { ValueMatcher } from './filter-policy-types.js';
import { parseAnythingBut } from './parse-anything-but.js';
import { parseNumericRange, parsePolicyNumber } from './parse-numeric-range.js';
import { parseCidrOperand, parseWildcardMatcher, requireStringOperand } from './parse-string-operand.js';

// A Map, not an object literal: a key such as "constructor" must not find Object.prototype.
const OPERATOR_PARSERS = new Map<string, (operand: unknown) => ValueMatcher>([
  ['prefix', (operand) => ({ kind: 'prefix', prefix: requireStringOperand('prefix', operand) })],
  ['suffix', (operand) => ({ kind: 'suffix', suffix: requireStringOperand('suffix', operand) })],
  [
    'equals-ignore-case',
    (operand) => ({
      kind: 'equals-ignore-case',
      lowerCased: requireStringOperand('equals-ignore-case', operand).toLowerCase(),
    }),
  ],
  ['wildcard', (operand) => parseWildcardMatcher(requireStringOperand('wildcard', operand))],
  ['cidr', (operand) => ({ kind: 'cidr', ...parseCidrOperand(operand) })],
  ['numeric', parseNumericRange],
  ['anything-but', parseAnythingBut],
  [
    'exists',
    (operand) => {
      if (typeof operand !== 'boolean')
        throw new FilterPolicyError('exists match pattern must be either true or false.');
      return { kind: 'exists', exists: operand };
    },
  ],
]);

/**
 * The operator names of a filter policy. An `$or` whose branches use one of them as a key is not
 * an `$or` but an ordinary key named "$or" ("OR operator", https://docs.aws.amazon.com/sns/latest/dg/and-or-logic.html).
 * @internal
 */
export const RESERVED_KEYWORDS: ReadonlySet<string> = new Set(OPERATOR_PARSERS.keys());

/**
 * One element of a key's array: a string, number, `true`, `false` or `null` to equal, or an
 * operator object such as `{"prefix": "bas"}`. @internal
 */
export const parseValueMatcher = (key: string, element: unknown): ValueMatcher => {
  if (element === null || typeof element === 'string' || typeof element === 'boolean') {
    return { kind: 'exact', value: element };
  }
  if (typeof element === 'number') return { kind: 'exact-number', value: parsePolicyNumber(element) };
  if (typeof element !== 'object' || Array.isArray(element)) {
    throw new FilterPolicyError(`Match value of "${key}" must be a string, number, true, false, null or an operator`);
  }
  const entries = Object.entries(element);
  const [entry] = entries;
  if (entries.length !== 1 || !entry) {
    throw new FilterPolicyError(`An operator object of "${key}" must hold exactly one operator`);
  }
  const [operator, operand] = entry;
  const parse = OPERATOR_PARSERS.get(operator);
  if (!parse) throw new FilterPolicyError(`Unrecognized match type ${operator}`);
  return parse(operand);
};
