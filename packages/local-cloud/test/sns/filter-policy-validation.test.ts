import { FilterPolicyError, parseFilterPolicy, type FilterPolicyScope } from '../../src/sns/filter-policy.js';

const valuesNamed = (prefix: string, count: number): string[] =>
  Array.from({ length: count }, (_, index) => `${prefix}${index}`);

const refusalOf = (policy: string | object, scope: FilterPolicyScope): unknown => {
  try {
    parseFilterPolicy(policy, scope);
  } catch (error) {
    return error;
  }
  throw new Error('the policy was accepted');
};

// Policies SNS refuses on Subscribe / SetSubscriptionAttributes; each reason follows
// "Invalid parameter: FilterPolicy: ". Doc pages are under https://docs.aws.amazon.com/sns/latest/dg/.
const invalidPolicies: { name: string; policy: string | object; scope: FilterPolicyScope; reason: string }[] = [
  {
    name: 'a policy that is not JSON',
    policy: '{"store": [',
    scope: 'MessageAttributes',
    reason: 'failed to parse JSON.',
  },
  {
    name: 'a policy that is a JSON array',
    policy: '[]',
    scope: 'MessageAttributes',
    reason: 'Filter policy must be a JSON object',
  },
  {
    name: 'an empty array of values',
    policy: { store: [] },
    scope: 'MessageBody',
    reason: 'Empty arrays are not allowed',
  },
  {
    name: 'a key whose value is a bare string',
    policy: { store: 'fans' },
    scope: 'MessageBody',
    reason: '"store" must be an object or an array',
  },
  {
    name: 'a nested policy in MessageAttributes scope (subscription-filter-policy-constraints)',
    policy: { order: { total: [1] } },
    scope: 'MessageAttributes',
    reason: 'Filter policy scope MessageAttributes does not support nested filter policy',
  },
  {
    name: 'an unknown operator',
    policy: { store: [{ contains: 'fan' }] },
    scope: 'MessageAttributes',
    reason: 'Unrecognized match type contains',
  },
  {
    name: 'an operator named after an Object property',
    policy: { store: [{ constructor: 'x' }] },
    scope: 'MessageAttributes',
    reason: 'Unrecognized match type constructor',
  },
  {
    name: 'two operators in one object',
    policy: { store: [{ prefix: 'a', suffix: 'b' }] },
    scope: 'MessageAttributes',
    reason: 'An operator object of "store" must hold exactly one operator',
  },
  {
    name: 'a nested array of values',
    policy: { store: [['fans']] },
    scope: 'MessageBody',
    reason: 'Match value of "store" must be a string, number, true, false, null or an operator',
  },
  {
    name: 'a prefix that is not a string',
    policy: { store: [{ prefix: 1 }] },
    scope: 'MessageAttributes',
    reason: 'Value of prefix must be a string',
  },
  {
    name: 'equals-ignore-case with a list',
    policy: { store: [{ 'equals-ignore-case': ['a'] }] },
    scope: 'MessageAttributes',
    reason: 'Value of equals-ignore-case must be a string',
  },
  {
    name: 'exists with a string',
    policy: { store: [{ exists: 'true' }] },
    scope: 'MessageAttributes',
    reason: 'exists match pattern must be either true or false.',
  },
  {
    name: 'a numeric bound that is a string',
    policy: { price: [{ numeric: ['<', '100'] }] },
    scope: 'MessageAttributes',
    reason: 'Value of < must be numeric',
  },
  {
    name: 'an unknown numeric operator',
    policy: { price: [{ numeric: ['!=', 100] }] },
    scope: 'MessageAttributes',
    reason: 'Unrecognized numeric range operator: "!="',
  },
  {
    name: 'numeric without its number',
    policy: { price: [{ numeric: ['>'] }] },
    scope: 'MessageAttributes',
    reason: 'Value of numeric must be an array of one or two [operator, number] pairs',
  },
  {
    name: 'numeric = beside a range',
    policy: { price: [{ numeric: ['=', 1, '<', 2] }] },
    scope: 'MessageAttributes',
    reason: 'Numeric "=" cannot be combined with a range operator',
  },
  {
    name: 'a range with two lower bounds',
    policy: { price: [{ numeric: ['>', 1, '>=', 2] }] },
    scope: 'MessageAttributes',
    reason: 'A numeric range can have only one lower bound',
  },
  {
    name: 'a number beyond one billion (subscription-filter-policy-constraints: Numeric matching)',
    policy: { price: [{ numeric: ['>', 1e10] }] },
    scope: 'MessageAttributes',
    reason: 'Numeric value 10000000000 is out of range: it must be between -1e9 and 1e9',
  },
  {
    name: 'an empty anything-but list',
    policy: { store: [{ 'anything-but': [] }] },
    scope: 'MessageAttributes',
    reason: 'Empty arrays are not allowed',
  },
  {
    name: 'anything-but with a boolean',
    policy: { store: [{ 'anything-but': [true] }] },
    scope: 'MessageAttributes',
    reason: 'Inside anything-but, only strings and numbers are allowed',
  },
  {
    name: 'anything-but equals-ignore-case, which SNS does not document',
    policy: { store: [{ 'anything-but': { 'equals-ignore-case': 'fans' } }] },
    scope: 'MessageAttributes',
    reason: 'Unsupported anything-but operator: equals-ignore-case (SNS documents prefix, suffix and wildcard)',
  },
  {
    name: 'anything-but prefix with a list',
    policy: { store: [{ 'anything-but': { prefix: ['a'] } }] },
    scope: 'MessageAttributes',
    reason: 'Value of anything-but prefix must be a string',
  },
  {
    name: 'an IPv6 cidr, which the SNS guide does not show',
    policy: { ip: [{ cidr: '2001:db8::/32' }] },
    scope: 'MessageAttributes',
    reason: 'Value of cidr must be an IPv4 CIDR block such as 10.0.0.0/24, not "2001:db8::/32"',
  },
  {
    name: 'a cidr without a prefix length',
    policy: { ip: [{ cidr: '10.0.0.0' }] },
    scope: 'MessageAttributes',
    reason: 'Value of cidr must be an IPv4 CIDR block such as 10.0.0.0/24, not "10.0.0.0"',
  },
  {
    name: 'a wildcard pattern with four stars (subscription-filter-policy-constraints: Wildcard pattern usage)',
    policy: { file: [{ wildcard: '*a*b*c*' }] },
    scope: 'MessageBody',
    reason: 'Wildcard pattern "*a*b*c*" has more than 3 wildcards',
  },
  {
    name: 'an escaped star in a wildcard pattern',
    policy: { file: [{ wildcard: 'a\\*b' }] },
    scope: 'MessageBody',
    reason: 'Wildcard pattern "a\\*b" uses an escape, which SNS does not document',
  },
  {
    name: 'an $or whose branches use keywords, read as a key named "$or" (and-or-logic: OR operator)',
    policy: { $or: [{ numeric: 123 }, { prefix: 'abc' }] },
    scope: 'MessageAttributes',
    reason: 'Value of numeric must be an array of one or two [operator, number] pairs',
  },
  {
    name: 'an $or with one branch, read as a key named "$or" whose value is an unknown operator (and-or-logic)',
    policy: { $or: [{ metricName: ['CPUUtilization'] }] },
    scope: 'MessageBody',
    reason: 'Unrecognized match type metricName',
  },
  {
    name: 'six keys (subscription-filter-policy-constraints: Limit number of keys)',
    policy: Object.fromEntries(valuesNamed('key_', 6).map((key) => [key, ['value']])),
    scope: 'MessageAttributes',
    reason: 'Filter policy can not have more than 5 keys',
  },
  {
    name: 'six leaf keys under one parent in a body policy (only leaf keys are counted)',
    policy: { finding: Object.fromEntries(valuesNamed('key_', 6).map((key) => [key, [{ exists: true }]])) },
    scope: 'MessageBody',
    reason: 'Filter policy can not have more than 5 keys',
  },
  {
    name: '160 combinations (subscription-filter-policy-constraints: Filter policy complexity)',
    policy: { key_a: valuesNamed('a', 10), key_b: valuesNamed('b', 16) },
    scope: 'MessageAttributes',
    reason: 'Filter policy is too complex: 160 combinations, the limit is 150',
  },
  {
    name: '76 values two levels deep, which count twice (payload-based filtering: nested level)',
    policy: { order: { status: valuesNamed('s', 76) } },
    scope: 'MessageBody',
    reason: 'Filter policy is too complex: 152 combinations, the limit is 150',
  },
  {
    name: '$or branches whose combinations add up past the limit (and-or-logic: Policy constraints)',
    policy: { $or: [{ key_a: valuesNamed('a', 80) }, { key_b: valuesNamed('b', 80) }] },
    scope: 'MessageAttributes',
    reason: 'Filter policy is too complex: 160 combinations, the limit is 150',
  },
  {
    name: 'eleven wildcard patterns on one field (wildcard complexity over 100)',
    policy: { file: valuesNamed('*.', 11).map((wildcard) => ({ wildcard })) },
    scope: 'MessageBody',
    reason: 'Filter policy wildcard complexity is 121, the limit is 100',
  },
  {
    name: 'a policy over 256 KB (subscription-filter-policy-constraints)',
    policy: { note: ['x'.repeat(256 * 1024)] },
    scope: 'MessageBody',
    reason: 'Filter policy is larger than 256 KB',
  },
];

describe('parseFilterPolicy', () => {
  it.each(invalidPolicies)('refuses $name', ({ policy, scope, reason }) => {
    const error = refusalOf(policy, scope);

    expect(error).toBeInstanceOf(FilterPolicyError);
    expect(error).toMatchObject({
      code: 'InvalidParameter',
      reason,
      message: `Invalid parameter: FilterPolicy: ${reason}`,
    });
  });

  it.each([
    ['exactly 150 combinations', { key_a: valuesNamed('a', 10), key_b: valuesNamed('b', 15) }, 'MessageAttributes'],
    [
      '$or branches that add up to 140, though their product would be 4,900',
      { $or: [{ key_a: valuesNamed('a', 70) }, { key_b: valuesNamed('b', 70) }] },
      'MessageAttributes',
    ],
    [
      'five keys beside an $or whose branches have one key each',
      { a: [1], b: [2], c: [3], d: [4], $or: [{ e: [5] }, { f: [6] }] },
      'MessageAttributes',
    ],
    [
      'ten single-wildcard patterns on one field, a complexity of exactly 100',
      { file: valuesNamed('*.', 10).map((wildcard) => ({ wildcard })) },
      'MessageBody',
    ],
  ] as const)('accepts %s', (_name, policy, scope) => {
    expect(parseFilterPolicy(policy, scope)).toMatchObject({ scope });
  });

  it('carries the JSON syntax error as the cause', () => {
    const error = refusalOf('{', 'MessageBody');

    expect(error).toMatchObject({ name: 'FilterPolicyError', cause: expect.any(SyntaxError) });
  });
});
