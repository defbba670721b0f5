import { parsePolicyNode } from '../../src/sns/parse-policy-node.js';
import { countCombinations, countKeys, wildcardComplexity } from '../../src/sns/policy-limits.js';

// The worked examples of the Amazon SNS Developer Guide, computed as it computes them.
// https://docs.aws.amazon.com/sns/latest/dg/subscription-filter-policy-constraints.html
// https://docs.aws.amazon.com/sns/latest/dg/and-or-logic.html
const cloudwatchOr = {
  source: ['aws.cloudwatch'],
  $or: [
    { metricName: ['CPUUtilization', 'ReadLatency'] },
    { metricType: ['MetricType'], $or: [{ metricId: [1234, 4321] }, { spaceId: [1000, 2000, 3000] }] },
  ],
};
const nestedOr = {
  $or: [{ metricName: ['CPUUtilization', 'ReadLatency'] }, { namespace: ['AWS/EC2', 'AWS/ES'] }],
  detail: { scope: ['Service'], $or: [{ source: ['aws.cloudwatch'] }, { type: ['CloudWatch Alarm State Change'] }] },
};
const nestedLeaves = {
  key_a: { key_b: { key_c: ['value_one', 'value_two', 'value_three', 'value_four'] } },
  key_d: { key_e: ['value_one', 'value_two', 'value_three'] },
};

describe('filter policy limits', () => {
  it.each([
    [
      '3 x 1 x 2 = 6 for three flat keys (constraints: Example policy for complexity)',
      { key_a: ['1', '2', '3'], key_b: ['1'], key_c: ['1', '2'] },
      6,
    ],
    ['(1 x 2) + (1 x 1 x 2) + (1 x 1 x 3) = 7 for nested $or (and-or-logic: Policy constraints)', cloudwatchOr, 7],
    ['four branches of 2 x 2 x 2 = 32 for $or in a nested policy (and-or-logic: Policy constraints)', nestedOr, 32],
    [
      '4 x 3 x 3 x 2 = 72 for leaves at nesting levels three and two (constraints: Example policy for key limit)',
      nestedLeaves,
      72,
    ],
  ])('counts %s', (_name, policy, combinations) => {
    expect(countCombinations(parsePolicyNode(policy, 'MessageBody'))).toBe(combinations);
  });

  it('counts the two leaf keys of a nested body policy, not its parents (constraints: Example policy for key limit)', () => {
    expect(countKeys(parsePolicyNode(nestedLeaves, 'MessageBody'))).toBe(2);
  });

  it('counts the keys of one $or alternative at a time', () => {
    expect(countKeys(parsePolicyNode(cloudwatchOr, 'MessageBody'))).toBe(3);
  });

  it('scores two single-wildcard patterns on one field as (1 + 1) x 2 = 4 (constraints: Wildcard pattern usage)', () => {
    const policy = { filename: [{ wildcard: '*.txt' }, { wildcard: 'log*' }] };

    expect(wildcardComplexity(parsePolicyNode(policy, 'MessageBody'))).toBe(4);
  });

  it('scores anything-but at one point and several stars at three each once the policy uses wildcards', () => {
    const policy = { greeting: [{ 'anything-but': { prefix: 'Hello' } }, { wildcard: 'H*l*' }] };

    expect(wildcardComplexity(parsePolicyNode(policy, 'MessageBody'))).toBe((1 + 6) * 2);
  });

  it('does not score a policy without wildcards', () => {
    const policy = { greeting: [{ 'anything-but': ['a', 'b'] }, { prefix: 'H' }] };

    expect(wildcardComplexity(parsePolicyNode(policy, 'MessageBody'))).toBe(0);
  });
});
