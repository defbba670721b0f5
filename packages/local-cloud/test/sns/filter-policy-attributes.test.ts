import {
  matchesMessageAttributes,
  parseFilterPolicy,
  type MessageAttributeValue,
} from '../../src/sns/filter-policy.js';
import { rowsOf, type DocSection } from './filter-policy-cases.js';
import { binaryAttribute, numberAttribute, stringArrayAttribute, stringAttribute } from './message-attributes.js';

type Attributes = Record<string, MessageAttributeValue>;

// Filter policies in MessageAttributes scope, with the examples of the Amazon SNS Developer Guide.
const sections: DocSection<Attributes>[] = [
  {
    doc: 'string-value-matching: Exact matching',
    policy: { customer_interests: ['rugby', 'tennis'] },
    examples: [
      ['a String equal to a listed value matches', { customer_interests: stringAttribute('rugby') }, true],
      [
        'a String.Array matches through one of its elements',
        { customer_interests: stringArrayAttribute(['rugby', 'tennis']) },
        true,
      ],
      ['a String equal to no listed value does not match', { customer_interests: stringAttribute('baseball') }, false],
      [
        'a String.Array without a listed element does not match',
        { customer_interests: stringArrayAttribute(['baseball']) },
        false,
      ],
      ['a missing attribute does not match', { store: stringAttribute('fans') }, false],
      ['a Binary attribute is ignored, so it does not match', { customer_interests: binaryAttribute() }, false],
    ],
  },
  {
    doc: 'subscription-filter-policy-constraints: String matching',
    policy: { customer_interests: ['rugby'] },
    examples: [['string comparison is case-sensitive', { customer_interests: stringAttribute('Rugby') }, false]],
  },
  {
    doc: 'string-value-matching: Anything-but matching',
    policy: { customer_interests: [{ 'anything-but': ['rugby', 'tennis'] }] },
    examples: [
      ['anything-but matches a String that is not listed', { customer_interests: stringAttribute('baseball') }, true],
      [
        'anything-but matches a String.Array holding an unlisted value',
        { customer_interests: stringArrayAttribute(['rugby', 'baseball']) },
        true,
      ],
      ['anything-but does not match a listed String', { customer_interests: stringAttribute('rugby') }, false],
      [
        'anything-but does not match a String.Array of listed values',
        { customer_interests: stringArrayAttribute(['rugby']) },
        false,
      ],
      ['anything-but does not match a missing attribute', { store: stringAttribute('fans') }, false],
    ],
  },
  {
    doc: 'string-value-matching: Anything-but matching, combined with exists false',
    policy: { customer_interests: [{ 'anything-but': 'rugby' }, { exists: false }] },
    examples: [
      ['anything-but of one string matches another String', { customer_interests: stringAttribute('football') }, true],
      ['exists false beside anything-but matches a missing attribute', { store: stringAttribute('fans') }, true],
      [
        'anything-but of one string does not match that String',
        { customer_interests: stringAttribute('rugby') },
        false,
      ],
    ],
  },
  {
    doc: 'string-value-matching: Using a prefix with anything-but',
    policy: { event: [{ 'anything-but': { prefix: 'order-' } }] },
    examples: [
      ['anything-but prefix matches a String without the prefix', { event: stringAttribute('order_number') }, true],
      [
        'anything-but prefix does not match a String with the prefix',
        { event: stringAttribute('order-cancelled') },
        false,
      ],
    ],
  },
  {
    doc: 'string-value-matching: anything-but suffix',
    policy: { customer_interests: [{ 'anything-but': { suffix: 'ball' } }] },
    examples: [
      [
        'anything-but suffix matches values without the suffix',
        { customer_interests: stringArrayAttribute(['hockey', 'rugby']) },
        true,
      ],
      [
        'anything-but suffix does not match values that all end with it',
        { customer_interests: stringArrayAttribute(['baseball', 'basketball']) },
        false,
      ],
    ],
  },
  {
    doc: 'string-value-matching: anything-but wildcard',
    policy: { customer_interests: [{ 'anything-but': { wildcard: '*ball' } }] },
    examples: [
      [
        'anything-but wildcard matches values outside the pattern',
        { customer_interests: stringArrayAttribute(['hockey', 'soccer']) },
        true,
      ],
      [
        'anything-but wildcard does not match values that all fit it',
        { customer_interests: stringArrayAttribute(['baseball', 'basketball']) },
        false,
      ],
    ],
  },
  {
    doc: 'string-value-matching: Equals-ignore-case matching',
    policy: { customer_interests: [{ 'equals-ignore-case': 'tennis' }] },
    examples: [
      ['equals-ignore-case matches in capitals', { customer_interests: stringAttribute('TENNIS') }, true],
      ['equals-ignore-case matches in mixed case', { customer_interests: stringAttribute('Tennis') }, true],
      [
        'equals-ignore-case does not match a longer String',
        { customer_interests: stringAttribute('tennis ball') },
        false,
      ],
    ],
  },
  {
    doc: 'string-value-matching: IP address matching',
    policy: { source_ip: [{ cidr: '10.0.0.0/24' }] },
    examples: [
      ['cidr matches the first address of the block', { source_ip: stringAttribute('10.0.0.0') }, true],
      ['cidr matches the last address of the block', { source_ip: stringAttribute('10.0.0.255') }, true],
      ['cidr does not match an address outside the block', { source_ip: stringAttribute('10.1.1.0') }, false],
      ['cidr does not match a value that is not an address', { source_ip: stringAttribute('10.0.0.x') }, false],
    ],
  },
  {
    doc: 'string-value-matching: Prefix matching',
    policy: { customer_interests: [{ prefix: 'bas' }] },
    examples: [
      ['prefix matches a String that begins with it', { customer_interests: stringAttribute('basketball') }, true],
      ['prefix does not match a String that begins otherwise', { customer_interests: stringAttribute('rugby') }, false],
    ],
  },
  {
    doc: 'string-value-matching: Suffix matching',
    policy: { customer_interests: [{ suffix: 'ball' }] },
    examples: [
      ['suffix matches a String that ends with it', { customer_interests: stringAttribute('baseball') }, true],
      ['suffix does not match a String that ends otherwise', { customer_interests: stringAttribute('rugby') }, false],
    ],
  },
  {
    doc: 'string-value-matching: Wildcard',
    policy: { customer_interests: [{ wildcard: '*ball' }, { wildcard: 'h*k*y' }] },
    examples: [
      [
        'wildcard matches a String.Array element that fits',
        { customer_interests: stringArrayAttribute(['baseball']) },
        true,
      ],
      ['a wildcard with several stars matches across them', { customer_interests: stringAttribute('hockey') }, true],
      [
        'wildcard does not match a String outside the pattern',
        { customer_interests: stringAttribute('balloon') },
        false,
      ],
    ],
  },
  {
    doc: 'subscription-filter-policy-constraints: double-escape in attribute-based filtering',
    policy: { quote: ['say \\"hi\\"'] },
    examples: [
      [
        'a double-escaped quote in the policy matches a quote in the attribute',
        { quote: stringAttribute('say "hi"') },
        true,
      ],
      ['a double-escaped quote does not match the escape itself', { quote: stringAttribute('say \\"hi\\"') }, false],
    ],
  },
  {
    doc: 'numeric-value-matching: Exact matching',
    policy: { price_usd: [{ numeric: ['=', 301.5] }] },
    examples: [
      ['numeric = matches an equal Number', { price_usd: numberAttribute(301.5) }, true],
      ['numeric = matches the same Number in exponent notation', { price_usd: numberAttribute('3.015e2') }, true],
      ['numeric = does not match another Number', { price_usd: numberAttribute(301.4) }, false],
      ['numeric = does not match a String that reads as the number', { price_usd: stringAttribute('301.5') }, false],
    ],
  },
  {
    doc: 'numeric-value-matching: Exact matching, as a number literal',
    policy: { price_usd: [301.5] },
    examples: [
      ['a number literal matches an equal Number', { price_usd: numberAttribute('301.50') }, true],
      ['a number literal does not match a String', { price_usd: stringAttribute('301.5') }, false],
    ],
  },
  {
    doc: 'numeric-value-matching: Anything-but matching',
    policy: { price: [{ 'anything-but': [100, 500] }] },
    examples: [
      ['numeric anything-but matches an unlisted Number', { price: numberAttribute(100.1) }, true],
      [
        'numeric anything-but matches an array holding an unlisted number',
        { price: { DataType: 'Number.Array', StringValue: '[100, 50]' } },
        true,
      ],
      ['numeric anything-but does not match a listed Number', { price: numberAttribute(100) }, false],
    ],
  },
  {
    doc: 'numeric-value-matching: Value range matching',
    policy: { price_usd: [{ numeric: ['<', 0] }] },
    examples: [
      ['numeric < 0 matches a negative Number', { price_usd: numberAttribute(-0.5) }, true],
      ['numeric < 0 does not match zero', { price_usd: numberAttribute(0) }, false],
    ],
  },
  {
    doc: 'numeric-value-matching: Value range matching, and constraints: five decimal digits',
    policy: { price_usd: [{ numeric: ['>', 0, '<=', 150] }] },
    examples: [
      ['a range includes its inclusive upper bound', { price_usd: numberAttribute(150) }, true],
      ['a range excludes its exclusive lower bound', { price_usd: numberAttribute(0) }, false],
      ['a difference past the fifth decimal digit does not count', { price_usd: numberAttribute('150.000001') }, true],
      ['a difference in the fifth decimal digit counts', { price_usd: numberAttribute('150.00001') }, false],
    ],
  },
  {
    doc: 'attribute-key-matching: exists true',
    policy: { store: [{ exists: true }] },
    examples: [
      ['exists true matches when the attribute is present', { store: stringAttribute('fans') }, true],
      [
        'exists true does not match when the attribute is absent',
        { customer_interests: stringArrayAttribute(['baseball']) },
        false,
      ],
      ['exists true does not see a Binary attribute, which SNS ignores', { store: binaryAttribute() }, false],
    ],
  },
  {
    doc: 'attribute-key-matching: exists false',
    policy: { store: [{ exists: false }] },
    examples: [
      [
        'exists false matches when the attribute is absent',
        { customer_interests: stringArrayAttribute(['baseball']) },
        true,
      ],
      ['exists false does not match when the attribute is present', { store: stringAttribute('fans') }, false],
      ['exists false does not match a message without attributes', {}, false],
    ],
  },
  {
    doc: 'and-or-logic: AND logic',
    policy: { customer_interests: ['rugby'], price_usd: [{ numeric: ['>', 100] }] },
    examples: [
      [
        'AND matches when every key matches',
        { customer_interests: stringAttribute('rugby'), price_usd: numberAttribute(101) },
        true,
      ],
      [
        'AND does not match when one key fails',
        { customer_interests: stringAttribute('rugby'), price_usd: numberAttribute(100) },
        false,
      ],
    ],
  },
  {
    doc: 'and-or-logic: OR logic',
    policy: { customer_interests: ['rugby', 'football', 'baseball'] },
    examples: [
      [
        'OR across the values of one key matches any of them',
        { customer_interests: stringAttribute('football') },
        true,
      ],
    ],
  },
  {
    doc: 'and-or-logic: OR operator',
    policy: { source: ['aws.cloudwatch'], $or: [{ metricName: ['CPUUtilization'] }, { namespace: ['AWS/EC2'] }] },
    examples: [
      [
        '$or matches through its first branch',
        { source: stringAttribute('aws.cloudwatch'), metricName: stringAttribute('CPUUtilization') },
        true,
      ],
      [
        '$or matches through its second branch',
        { source: stringAttribute('aws.cloudwatch'), namespace: stringAttribute('AWS/EC2') },
        true,
      ],
      ['$or does not match when no branch matches', { source: stringAttribute('aws.cloudwatch') }, false],
      ['$or still needs the keys beside it', { metricName: stringAttribute('CPUUtilization') }, false],
    ],
  },
  {
    doc: 'and-or-logic: OR operator, not recognised',
    policy: { $or: ['a', 'b'] },
    examples: [['"$or" holding plain values is an ordinary attribute name', { $or: stringAttribute('b') }, true]],
  },
  {
    doc: 'sns-subscription-filter-policies',
    policy: {},
    examples: [['an empty policy accepts every message', {}, true]],
  },
];

describe('matchesMessageAttributes', () => {
  it.each(rowsOf(sections))('$name', ({ policy, message, matches }) => {
    const parsed = parseFilterPolicy(JSON.stringify(policy), 'MessageAttributes');

    expect(matchesMessageAttributes(parsed, message)).toBe(matches);
  });

  it('refuses to evaluate a MessageBody policy against attributes', () => {
    const bodyPolicy = parseFilterPolicy({ store: ['fans'] }, 'MessageBody');

    expect(() => matchesMessageAttributes(bodyPolicy, {})).toThrow(TypeError);
  });
});
