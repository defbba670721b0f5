import { matchesEventPattern, parseEventPattern } from '../../src/eventbridge/event-pattern.js';
import { eventWith, rowsOf, type PatternSection } from './pattern-cases.js';

// How a pattern's fields, values, arrays and $or combine, with the examples of the EventBridge
// User Guide's pages on event patterns.
const sections: PatternSection[] = [
  {
    doc: 'eb-event-patterns.html',
    pattern: {
      source: ['aws.ec2'],
      'detail-type': ['EC2 Instance State-change Notification'],
      detail: { state: ['terminated'] },
    },
    examples: [
      ['an event with every listed field value matches', eventWith({ state: 'terminated' }), true],
      ['one field with another value fails the whole pattern', eventWith({ state: 'running' }), false],
      [
        'a top-level field with another value fails it too',
        eventWith({ state: 'terminated' }, { source: 'aws.s3' }),
        false,
      ],
      ['strings are compared without case-folding', eventWith({ state: 'Terminated' }), false],
      ['a field missing from the event fails it', eventWith({ 'instance-id': 'i-1' }), false],
      ['the field must sit at the same nesting', eventWith({ nested: { state: 'terminated' } }), false],
    ],
  },
  {
    doc: 'eb-create-pattern.html: top-level fields match like any other',
    pattern: { version: ['0'], id: [{ exists: true }], account: ['111122223333'], region: [{ prefix: 'us-' }] },
    examples: [
      ['version, id, account and region are matched by name', eventWith({}), true],
      ['a top-level field failing its operator fails the pattern', eventWith({}, { region: 'eu-west-1' }), false],
    ],
  },
  {
    doc: 'eb-create-pattern.html#eb-filtering-match-values',
    pattern: { source: ['aws.ec2', 'aws.fargate'] },
    examples: [
      ['any of the listed values matches', eventWith({}, { source: 'aws.fargate' }), true],
      ['an unlisted value does not match', eventWith({}, { source: 'aws.s3' }), false],
    ],
  },
  {
    doc: 'eb-create-pattern.html: considerations, dot as the joining character',
    pattern: { detail: { 'state.status': ['running'] } },
    examples: [
      ['a dotted pattern key matches nested event fields', eventWith({ state: { status: 'running' } }), true],
      ['a dotted pattern key matches a dotted event key', eventWith({ 'state.status': 'running' }), true],
      ['a dotted pattern key still compares the value', eventWith({ state: { status: 'stopped' } }), false],
    ],
  },
  {
    doc: 'eb-create-pattern.html: considerations, duplicate fields keep the final value',
    pattern: '{"detail": {"location": [{"prefix": "us-"}], "location": [{"anything-but": "us-east"}]}}',
    examples: [
      ['only the last condition on a field applies', eventWith({ location: 'eu-west' }), true],
      ['the last condition still refuses its value', eventWith({ location: 'us-east' }), false],
    ],
  },
  {
    doc: 'eb-event-patterns-arrays.html',
    pattern: {
      resources: [
        'arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f',
        'arn:aws:ec2:us-east-1:111122223333:instance/i-b188560f',
        'arn:aws:ec2:us-east-1:444455556666:instance/i-b188560f',
      ],
    },
    examples: [
      [
        'an event array matches when it shares one value with the pattern array',
        eventWith(
          {},
          {
            resources: [
              'arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:eb56d16b-bbf0-401d-b893-d5978ed4a025:autoScalingGroupName/ASGTerminate',
              'arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f',
            ],
          },
        ),
        true,
      ],
      [
        'an event array sharing no value does not match',
        eventWith({}, { resources: ['arn:aws:ec2:us-east-1:999999999999:instance/i-b188560f'] }),
        false,
      ],
      ['an empty event array does not match', eventWith({}, { resources: [] }), false],
    ],
  },
  {
    doc: 'event-ruler README: JSON Array Matching (array-consistent matching)',
    pattern: { detail: { items: { sku: ['A-1'], quantity: [2] } } },
    examples: [
      [
        'fields under one array element match together',
        eventWith({
          items: [
            { sku: 'B-2', quantity: 1 },
            { sku: 'A-1', quantity: 2 },
          ],
        }),
        true,
      ],
      [
        'fields found in different elements of the same array do not match',
        eventWith({
          items: [
            { sku: 'A-1', quantity: 1 },
            { sku: 'B-2', quantity: 2 },
          ],
        }),
        false,
      ],
    ],
  },
  {
    doc: 'eb-event-patterns-null-values.html',
    pattern: { detail: { eventVersion: [''], responseElements: [null] } },
    examples: [
      [
        'an empty string and a null match their own kind',
        eventWith({ eventVersion: '', responseElements: null }),
        true,
      ],
      ['an empty-string pattern does not match null', eventWith({ eventVersion: null, responseElements: null }), false],
      ['a null pattern does not match an empty string', eventWith({ eventVersion: '', responseElements: '' }), false],
      ['a null pattern does not match a missing field', eventWith({ eventVersion: '' }), false],
    ],
  },
  {
    doc: 'eb-event-patterns.html: value matching, numbers',
    pattern: { source: ['aws.macie'], detail: { 'risk-score': [80], trigger: { risk: [8] } } },
    examples: [
      [
        'nested numbers match equal numbers',
        eventWith({ 'risk-score': 80, trigger: { risk: 8 } }, { source: 'aws.macie' }),
        true,
      ],
      [
        'a number does not match the same digits as a string',
        eventWith({ 'risk-score': '80', trigger: { risk: 8 } }, { source: 'aws.macie' }),
        false,
      ],
    ],
  },
  {
    doc: 'eb-create-pattern.html: values follow JSON rules, booleans',
    pattern: { detail: { enabled: [true] } },
    examples: [
      ['true matches true', eventWith({ enabled: true }), true],
      ['true does not match the string "true"', eventWith({ enabled: 'true' }), false],
      ['true does not match false', eventWith({ enabled: false }), false],
    ],
  },
  {
    doc: 'eb-create-pattern-operators.html#eb-filtering-complex-example-or',
    pattern: {
      detail: {
        $or: [
          { 'c-count': [{ numeric: ['>', 0, '<=', 5] }] },
          { 'd-count': [{ numeric: ['<', 10] }] },
          { 'x-limit': [{ numeric: ['=', 3.018e2] }] },
        ],
      },
    },
    examples: [
      ['one $or alternative is enough', eventWith({ 'c-count': 3, 'd-count': 20 }), true],
      ['another alternative is enough too', eventWith({ 'x-limit': 301.8 }), true],
      ['no alternative matching fails the pattern', eventWith({ 'c-count': 9, 'd-count': 20, 'x-limit': 1 }), false],
    ],
  },
  {
    doc: 'event-ruler README: "Or" has an "And" inside, nested $or',
    pattern: {
      source: ['aws.cloudwatch'],
      $or: [
        { metricName: ['CPUUtilization', 'ReadLatency'] },
        {
          metricType: ['MetricType'],
          namespace: ['AWS/EC2', 'AWS/ES'],
          $or: [{ metricId: [1234] }, { spaceId: [1000] }],
        },
      ],
    },
    examples: [
      ['$or sits in AND with the fields around it', { source: 'aws.cloudwatch', metricName: 'ReadLatency' }, true],
      ['the fields around $or must still match', { source: 'aws.ec2', metricName: 'ReadLatency' }, false],
      [
        'an alternative matches when all its fields and its own $or do',
        { source: 'aws.cloudwatch', metricType: 'MetricType', namespace: 'AWS/ES', spaceId: 1000 },
        true,
      ],
      [
        'an alternative fails when its own $or does',
        { source: 'aws.cloudwatch', metricType: 'MetricType', namespace: 'AWS/ES', spaceId: 1 },
        false,
      ],
    ],
  },
];

describe('EventBridge event pattern structure', () => {
  it.each(rowsOf(sections))('$name', ({ pattern, event, matches }) => {
    const parsed = parseEventPattern(pattern);

    expect(matchesEventPattern(parsed, event)).toBe(matches);
  });
});
