import { FilterPolicyError } from './filter-policy-error.js';
import type { PolicyField, PolicyNode, ValueMatcher } from './filter-policy-types.js';

/**
 * The limits SNS checks when a filter policy is set, from "Filter policy constraints"
 * (https://docs.aws.amazon.com/sns/latest/dg/subscription-filter-policy-constraints.html) and
 * "AND/OR logic" (https://docs.aws.amazon.com/sns/latest/dg/and-or-logic.html).
 */
const MAX_COMBINATIONS = 150;
const MAX_KEYS = 5;
const MAX_WILDCARD_COMPLEXITY = 100;
const MAX_POLICY_BYTES = 256 * 1024;

const product = (factors: number[]): number => factors.reduce((total, factor) => total * factor, 1);

/** A key's share: its number of match operators times its nesting level, 1 at the top. */
const fieldCombinations = (field: PolicyField, level: number): number =>
  'nested' in field ? countCombinations(field.nested, level + 1) : field.matchers.length * level;

/** The branches of one `$or` add up: "the sum of the combination complexities for each OR statement". */
const orCombinations = (branches: readonly PolicyNode[], level: number): number =>
  branches.reduce((sum, branch) => sum + countCombinations(branch, level), 0);

/**
 * The total combination: keys multiply, `$or` branches add. Multiplying the sums equals adding the
 * products of every expanded alternative, as the guide does (AND distributes over OR); its worked
 * examples come out at 6 and 72 (constraints page) and 7 and 32 (and-or-logic). @internal
 */
export const countCombinations = (node: PolicyNode, level = 1): number =>
  product(node.fields.map((field) => fieldCombinations(field, level))) *
  product(node.anyOf.map((branches) => orCombinations(branches, level)));

/**
 * The keys that count toward the limit of five: every key for attributes, the leaf keys for a
 * nested body policy ("only leaf keys are counted"). The guide does not say how `$or` counts; we
 * count the keys of one alternative at a time (the largest), so `$or` never costs more than the
 * policy it abbreviates. @internal
 */
export const countKeys = (node: PolicyNode): number =>
  node.fields.reduce((sum, field) => sum + ('nested' in field ? countKeys(field.nested) : 1), 0) +
  node.anyOf.reduce((sum, branches) => sum + Math.max(...branches.map(countKeys)), 0);

/** "Single wildcard: 1 point, multiple wildcards: 3 points each, anything-but: 1 point". */
const wildcardPoints = (matcher: ValueMatcher): number => {
  if (matcher.kind === 'anything-but' || matcher.kind === 'anything-but-string') return 1;
  if (matcher.kind !== 'wildcard') return 0;
  return matcher.wildcards > 1 ? 3 * matcher.wildcards : matcher.wildcards;
};

const matcherLists = (node: PolicyNode): (readonly ValueMatcher[])[] => [
  ...node.fields.flatMap((field) => ('nested' in field ? matcherLists(field.nested) : [field.matchers])),
  ...node.anyOf.flatMap((branches) => branches.flatMap(matcherLists)),
];

/**
 * The wildcard complexity, checked only for policies that use `wildcard`: each field scores the
 * sum of its patterns' points times its number of patterns. @internal
 */
export const wildcardComplexity = (node: PolicyNode): number => {
  const lists = matcherLists(node);
  if (!lists.some((matchers) => matchers.some((matcher) => matcher.kind === 'wildcard'))) return 0;
  return lists.reduce(
    (sum, matchers) => sum + matchers.length * matchers.reduce((s, m) => s + wildcardPoints(m), 0),
    0,
  );
};

/** "The maximum size of a filter policy is 256 KB", checked on the JSON text before it is read. @internal */
export const assertWithinSizeLimit = (policyJson: string): void => {
  if (Buffer.byteLength(policyJson, 'utf8') > MAX_POLICY_BYTES) {
    throw new FilterPolicyError(`Filter policy is larger than ${MAX_POLICY_BYTES / 1024} KB`);
  }
};

/** Throws the `FilterPolicyError` SNS would answer when the policy has too many keys or combinations. @internal */
export const assertWithinLimits = (node: PolicyNode): void => {
  const keys = countKeys(node);
  if (keys > MAX_KEYS) throw new FilterPolicyError(`Filter policy can not have more than ${MAX_KEYS} keys`);
  const combinations = countCombinations(node);
  if (combinations > MAX_COMBINATIONS) {
    throw new FilterPolicyError(
      `Filter policy is too complex: ${combinations} combinations, the limit is ${MAX_COMBINATIONS}`,
    );
  }
  const wildcards = wildcardComplexity(node);
  if (wildcards > MAX_WILDCARD_COMPLEXITY) {
    throw new FilterPolicyError(
      `Filter policy wildcard complexity is ${wildcards}, the limit is ${MAX_WILDCARD_COMPLEXITY}`,
    );
  }
};
