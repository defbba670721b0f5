import { matchesMessageBody, parseFilterPolicy } from '../../src/sns/filter-policy.js';
import { rowsOf, type DocSection } from './filter-policy-cases.js';

// Filter policies in MessageBody scope, with the examples of the Amazon SNS Developer Guide.
// Bodies are written as JSON text, as Publish carries them.
const sections: DocSection<string>[] = [
  {
    doc: 'string-value-matching: Exact matching',
    policy: { customer_interests: ['rugby', 'tennis'] },
    examples: [
      ['a property equal to a listed value matches', '{"customer_interests": "tennis"}', true],
      ['an array property matches through one of its elements', '{"customer_interests": ["soccer", "rugby"]}', true],
      ['a property equal to no listed value does not match', '{"customer_interests": "baseball"}', false],
      ['a missing property does not match', '{"store": "example_corp"}', false],
      ['a number does not equal a listed string', '{"customer_interests": 7}', false],
    ],
  },
  {
    doc: 'string-value-matching: Anything-but matching',
    policy: { customer_interests: [{ 'anything-but': ['rugby', 'tennis'] }] },
    examples: [
      ['anything-but matches an unlisted value', '{"customer_interests": "football"}', true],
      [
        'anything-but matches an array holding an unlisted value',
        '{"customer_interests": ["rugby", "baseball"]}',
        true,
      ],
      ['anything-but does not match an array of listed values', '{"customer_interests": ["rugby"]}', false],
      ['anything-but does not match a missing property', '{"store": "example_corp"}', false],
    ],
  },
  {
    doc: 'string-value-matching: Using a prefix with anything-but',
    policy: { event: [{ 'anything-but': { prefix: 'order-' } }] },
    examples: [
      ['anything-but prefix matches a value without the prefix', '{"event": "data-entry"}', true],
      ['anything-but prefix does not match a value with the prefix', '{"event": "order-cancelled"}', false],
    ],
  },
  {
    doc: 'string-value-matching: anything-but suffix and anything-but wildcard',
    policy: { sport: [{ 'anything-but': { suffix: 'ball' } }], team: [{ 'anything-but': { wildcard: '*ball' } }] },
    examples: [
      ['anything-but suffix and wildcard match values outside them', '{"sport": ["hockey"], "team": ["rugby"]}', true],
      [
        'anything-but wildcard does not match values that fit it',
        '{"sport": "hockey", "team": ["baseball", "basketball"]}',
        false,
      ],
    ],
  },
  {
    doc: 'string-value-matching: Equals-ignore-case matching',
    policy: { customer_interests: [{ 'equals-ignore-case': 'tennis' }] },
    examples: [
      ['equals-ignore-case matches in any case', '{"customer_interests": "teNnis"}', true],
      ['equals-ignore-case does not match another word', '{"customer_interests": "rugby"}', false],
    ],
  },
  {
    doc: 'string-value-matching: IP address matching',
    policy: { source_ip: [{ cidr: '10.0.0.0/24' }] },
    examples: [
      ['cidr matches an address in the block', '{"source_ip": "10.0.0.255"}', true],
      ['cidr does not match an address outside the block', '{"source_ip": "10.1.1.0"}', false],
    ],
  },
  {
    doc: 'string-value-matching: Prefix matching and Suffix matching',
    policy: { customer_interests: [{ prefix: 'bas' }, { suffix: 'ball' }] },
    examples: [
      ['prefix matches a value that begins with it', '{"customer_interests": "basket"}', true],
      ['suffix matches a value that ends with it', '{"customer_interests": "football"}', true],
      ['prefix and suffix do not match a value with neither', '{"customer_interests": "rugby"}', false],
    ],
  },
  {
    doc: 'string-value-matching: Wildcard',
    policy: { customer_interests: [{ wildcard: '*ball' }] },
    examples: [
      ['wildcard matches a value that fits', '{"customer_interests": ["baseball", "basketball"]}', true],
      ['wildcard does not match a value outside the pattern', '{"customer_interests": "balloon"}', false],
    ],
  },
  {
    doc: 'numeric-value-matching: Exact matching',
    policy: { price_usd: [{ numeric: ['=', 301.5] }] },
    examples: [
      ['numeric = matches an equal number', '{"price_usd": 301.5}', true],
      ['numeric = matches the same number in exponent notation', '{"price_usd": 3.015e2}', true],
      ['numeric = does not match a string that reads as the number', '{"price_usd": "301.5"}', false],
    ],
  },
  {
    doc: 'numeric-value-matching: Anything-but matching',
    policy: { price: [{ 'anything-but': [100, 500] }] },
    examples: [
      ['numeric anything-but matches an unlisted number', '{"price": 101}', true],
      ['numeric anything-but matches an array holding an unlisted number', '{"price": [100, 50]}', true],
      ['numeric anything-but does not match a listed number', '{"price": 100}', false],
    ],
  },
  {
    doc: 'numeric-value-matching: Value range matching',
    policy: { price_usd: [{ numeric: ['>', 0, '<=', 150] }] },
    examples: [
      ['a range matches a number inside it', '{"price_usd": 99.99}', true],
      ['a range does not match a number above it', '{"price_usd": 150.5}', false],
    ],
  },
  {
    doc: 'attribute-key-matching: exists',
    policy: { store: [{ exists: true }] },
    examples: [
      ['exists true matches a present property', '{"store": "fans", "customer_interests": ["baseball"]}', true],
      ['exists true does not match an absent property', '{"customer_interests": ["baseball"]}', false],
      ['exists true does not match a null property, which has no value', '{"store": null}', false],
      [
        'exists true does not match an intermediate node, as it works on leaves only',
        '{"store": {"name": "fans"}}',
        false,
      ],
    ],
  },
  {
    doc: 'attribute-key-matching: exists false',
    policy: { store: [{ exists: false }] },
    examples: [
      ['exists false matches an absent property', '{"customer_interests": ["baseball"]}', true],
      ['exists false does not match a present property', '{"store": "fans"}', false],
      ['exists false does not match an empty body', '{}', false],
    ],
  },
  {
    doc: 'subscription-filter-policy-constraints: true, false and null in a policy',
    policy: { paid: [true], note: [null] },
    examples: [
      ['true and null literals match those JSON values', '{"paid": true, "note": null}', true],
      ['a true literal does not match the string "true"', '{"paid": "true", "note": null}', false],
    ],
  },
  {
    doc: 'subscription-filter-policy-constraints: payload-based filtering accepts a nested policy',
    policy: { order: { total: [{ numeric: ['>', 100] }], currency: ['EUR'] } },
    examples: [
      ['nested keys match nested properties', '{"order": {"total": 120, "currency": "EUR"}}', true],
      [
        'nested keys match through an array of objects',
        '{"order": [{"total": 50}, {"total": 150, "currency": "EUR"}]}',
        true,
      ],
      ['a nested key that fails does not match', '{"order": {"total": 80, "currency": "EUR"}}', false],
      ['a nested key at the wrong level does not match', '{"total": 120, "currency": "EUR"}', false],
    ],
  },
  {
    doc: 'and-or-logic: OR operator, in a nested policy',
    policy: {
      $or: [{ metricName: ['CPUUtilization', 'ReadLatency'] }, { namespace: ['AWS/EC2', 'AWS/ES'] }],
      detail: {
        scope: ['Service'],
        $or: [{ source: ['aws.cloudwatch'] }, { type: ['CloudWatch Alarm State Change'] }],
      },
    },
    examples: [
      [
        '$or at both levels matches',
        '{"namespace": "AWS/ES", "detail": {"scope": "Service", "type": "CloudWatch Alarm State Change"}}',
        true,
      ],
      [
        'a nested $or matches its keys at its own level only',
        '{"metricName": "ReadLatency", "detail": {"scope": "Service"}, "source": "aws.cloudwatch"}',
        false,
      ],
      [
        'a failing key beside a nested $or does not match',
        '{"metricName": "ReadLatency", "detail": {"scope": "Account", "source": "aws.cloudwatch"}}',
        false,
      ],
    ],
  },
  {
    doc: 'message-filtering: the payload must be a well-formed JSON object',
    policy: { store: [{ exists: false }] },
    examples: [
      ['a body that is not JSON never matches', 'order placed', false],
      ['a JSON array body never matches', '[{"customer_interests": "rugby"}]', false],
      ['a JSON string body never matches', '"rugby"', false],
    ],
  },
];

describe('matchesMessageBody', () => {
  it.each(rowsOf(sections))('$name', ({ policy, message, matches }) => {
    const parsed = parseFilterPolicy(JSON.stringify(policy), 'MessageBody');

    expect(matchesMessageBody(parsed, message)).toBe(matches);
  });

  it('refuses to evaluate a MessageAttributes policy against a body', () => {
    const attributesPolicy = parseFilterPolicy({ store: ['fans'] }, 'MessageAttributes');

    expect(() => matchesMessageBody(attributesPolicy, '{"store": "fans"}')).toThrow(TypeError);
  });
});
