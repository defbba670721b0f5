import { FilterPolicyError } from './filter-policy-error.js';
import type { FilterPolicyScope, PolicyField, PolicyNode } from './filter-policy-types.js';
import { parseValueMatcher, RESERVED_KEYWORDS } from './parse-value-matcher.js';

type JsonObject = Record<string, unknown>;

/** A JSON object, as opposed to an array, a scalar or null. @internal */
export const isJsonObject = (value: unknown): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The branches of `"$or": [...]`, or undefined when SNS would read "$or" as an ordinary key: it
 * needs an array of at least two objects, none of which uses an operator name as a key
 * ("OR operator", https://docs.aws.amazon.com/sns/latest/dg/and-or-logic.html).
 */
const orBranchesOf = (value: unknown): JsonObject[] | undefined => {
  if (!Array.isArray(value) || value.length < 2 || !value.every(isJsonObject)) return undefined;
  const usesKeyword = value.some((branch) => Object.keys(branch).some((key) => RESERVED_KEYWORDS.has(key)));
  return usesKeyword ? undefined : value;
};

const parseField = (key: string, value: unknown, scope: FilterPolicyScope): PolicyField => {
  if (Array.isArray(value)) {
    if (value.length === 0) throw new FilterPolicyError('Empty arrays are not allowed');
    return { key, matchers: value.map((element) => parseValueMatcher(key, element)) };
  }
  if (!isJsonObject(value)) throw new FilterPolicyError(`"${key}" must be an object or an array`);
  // "Amazon SNS doesn't accept a nested filter policy for attribute-based filtering."
  // https://docs.aws.amazon.com/sns/latest/dg/subscription-filter-policy-constraints.html
  if (scope === 'MessageAttributes') {
    throw new FilterPolicyError('Filter policy scope MessageAttributes does not support nested filter policy');
  }
  return { key, nested: parsePolicyNode(value, scope) };
};

/** One level of the policy, with the `$or` lists found at that level. @internal */
export const parsePolicyNode = (source: JsonObject, scope: FilterPolicyScope): PolicyNode => {
  const fields: PolicyField[] = [];
  const anyOf: PolicyNode[][] = [];
  for (const [key, value] of Object.entries(source)) {
    const branches = key === '$or' ? orBranchesOf(value) : undefined;
    if (branches) anyOf.push(branches.map((branch) => parsePolicyNode(branch, scope)));
    else fields.push(parseField(key, value, scope));
  }
  return { fields, anyOf };
};
