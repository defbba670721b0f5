import { matchesEventPattern, parseEventPattern } from '../../src/eventbridge/event-pattern.js';
import { eventWith, rowsOf, type PatternSection } from './pattern-cases.js';

// Each comparison operator with the examples of "Comparison operators for use in event patterns"
// (eb-create-pattern-operators.html), a matching and a non-matching event for each.
const OPERATORS = 'eb-create-pattern-operators.html';

const sections: PatternSection[] = [
  {
    doc: `${OPERATORS}#eb-filtering-prefix-matching`,
    pattern: { time: [{ prefix: '2017-10-02' }] },
    examples: [
      ['prefix matches a value that starts with it', eventWith({}, { time: '2017-10-02T18:43:48Z' }), true],
      ['prefix does not match another start', eventWith({}, { time: '2017-10-03T18:43:48Z' }), false],
    ],
  },
  {
    doc: `${OPERATORS}#eb-filtering-prefix-matching: ignoring case`,
    pattern: { detail: { service: [{ prefix: { 'equals-ignore-case': 'EventB' } }] } },
    examples: [
      ['prefix with equals-ignore-case matches any casing', eventWith({ service: 'eventbridge' }), true],
      ['prefix with equals-ignore-case still needs the prefix', eventWith({ service: 'sns' }), false],
    ],
  },
  {
    doc: `${OPERATORS}#eb-filtering-suffix-matching`,
    pattern: { detail: { FileName: [{ suffix: '.png' }] } },
    examples: [
      ['suffix matches a value that ends with it', eventWith({ FileName: 'logo.png' }), true],
      ['suffix is case-sensitive', eventWith({ FileName: 'logo.PNG' }), false],
      ['suffix only works on strings', eventWith({ FileName: 7 }), false],
    ],
  },
  {
    doc: `${OPERATORS}#eb-filtering-suffix-matching: ignoring case`,
    pattern: { detail: { FileName: [{ suffix: { 'equals-ignore-case': '.png' } }] } },
    examples: [
      ['suffix with equals-ignore-case matches any casing', eventWith({ FileName: 'LOGO.PNG' }), true],
      ['suffix with equals-ignore-case still needs the suffix', eventWith({ FileName: 'logo.jpg' }), false],
    ],
  },
  {
    doc: `${OPERATORS}#eb-filtering-equals-ignore-case-matching`,
    pattern: { detail: { name: [{ 'equals-ignore-case': 'alice' }] } },
    examples: [
      ['equals-ignore-case matches another casing', eventWith({ name: 'ALICE' }), true],
      ['equals-ignore-case needs the whole value', eventWith({ name: 'Alicia' }), false],
    ],
  },
  {
    doc: `${OPERATORS}#eb-filtering-wildcard-matching`,
    pattern: { detail: { EventBusArn: [{ wildcard: 'arn:aws:events:us-east-1:*:event-bus/*' }] } },
    examples: [
      [
        'each wildcard stands for any run of characters',
        eventWith({ EventBusArn: 'arn:aws:events:us-east-1:123456789012:event-bus/commerce' }),
        true,
      ],
      [
        'the literal parts must still match',
        eventWith({ EventBusArn: 'arn:aws:events:us-west-2:123456789012:event-bus/commerce' }),
        false,
      ],
    ],
  },
  {
    doc: `${OPERATORS}#eb-filtering-wildcard-matching: escaping`,
    pattern: { detail: { path: [{ wildcard: 'C:\\\\reports\\\\\\**' }] } },
    examples: [
      ['\\\\ is a backslash and \\* an asterisk', eventWith({ path: 'C:\\reports\\*2024.csv' }), true],
      ['an escaped asterisk is not a wildcard', eventWith({ path: 'C:\\reports\\2024.csv' }), false],
    ],
  },
  {
    doc: `${OPERATORS}#eb-filtering-anything-but`,
    pattern: { detail: { state: [{ 'anything-but': 'initializing' }] } },
    examples: [
      ['anything-but matches another value', eventWith({ state: 'running' }), true],
      ['anything-but refuses its value', eventWith({ state: 'initializing' }), false],
      ['anything-but needs the field to be present', eventWith({}), false],
      ['anything-but matches a value of another type, null included', eventWith({ state: null }), true],
    ],
  },
  {
    doc: `${OPERATORS}#eb-filtering-anything-but: a number`,
    pattern: { detail: { 'x-limit': [{ 'anything-but': 123 }] } },
    examples: [
      ['anything-but a number matches another number', eventWith({ 'x-limit': 124 }), true],
      ['anything-but a number refuses that number', eventWith({ 'x-limit': 123 }), false],
    ],
  },
  {
    doc: `${OPERATORS}#eb-filtering-anything-but: a list of strings`,
    pattern: { detail: { state: [{ 'anything-but': ['stopped', 'overloaded'] }] } },
    examples: [
      ['anything-but a list matches an unlisted value', eventWith({ state: 'running' }), true],
      ['anything-but a list refuses every listed value', eventWith({ state: 'overloaded' }), false],
      ['an event array matches through an unlisted element', eventWith({ state: ['stopped', 'running'] }), true],
      ['an event array of listed values only does not match', eventWith({ state: ['stopped', 'overloaded'] }), false],
    ],
  },
  {
    doc: `${OPERATORS}#eb-filtering-anything-but: a list of numbers`,
    pattern: { detail: { 'x-limit': [{ 'anything-but': [100, 200, 300] }] } },
    examples: [
      ['anything-but numbers matches an unlisted number', eventWith({ 'x-limit': 150 }), true],
      ['anything-but numbers refuses a listed number', eventWith({ 'x-limit': 200 }), false],
    ],
  },
  {
    doc: `${OPERATORS}#eb-filtering-anything-but-prefix`,
    pattern: { detail: { state: [{ 'anything-but': { prefix: 'init' } }] } },
    examples: [
      ['anything-but prefix matches a value without the prefix', eventWith({ state: 'running' }), true],
      ['anything-but prefix refuses a value with the prefix', eventWith({ state: 'initializing' }), false],
    ],
  },
  {
    doc: 'event-ruler README: Anything-but prefix list',
    pattern: { detail: { state: [{ 'anything-but': { prefix: ['init', 'error'] } }] } },
    examples: [
      ['anything-but prefixes match a value with none of them', eventWith({ state: 'running' }), true],
      ['anything-but prefixes refuse a value with any of them', eventWith({ state: 'errored' }), false],
    ],
  },
  {
    doc: `${OPERATORS}#eb-filtering-anything-but-suffix`,
    pattern: { detail: { FileName: [{ 'anything-but': { suffix: '.png' } }] } },
    examples: [
      ['anything-but suffix matches a value without the suffix', eventWith({ FileName: 'logo.jpg' }), true],
      ['anything-but suffix refuses a value with the suffix', eventWith({ FileName: 'logo.png' }), false],
    ],
  },
  {
    doc: `${OPERATORS}#eb-filtering-anything-but-ignore-case`,
    pattern: { detail: { state: [{ 'anything-but': { 'equals-ignore-case': ['initializing', 'stopped'] } }] } },
    examples: [
      ['anything-but ignoring case matches another value', eventWith({ state: 'running' }), true],
      ['anything-but ignoring case refuses any casing of a listed value', eventWith({ state: 'STOPPED' }), false],
    ],
  },
  {
    doc: `${OPERATORS}#eb-filtering-anything-but-wildcard`,
    pattern: { detail: { FilePath: [{ 'anything-but': { wildcard: '*/lib/*' } }] } },
    examples: [
      ['anything-but wildcard matches a value outside the wildcard', eventWith({ FilePath: '/usr/bin/node' }), true],
      ['anything-but wildcard refuses a value inside it', eventWith({ FilePath: '/usr/lib/node' }), false],
    ],
  },
  {
    doc: `${OPERATORS}#filtering-numeric-matching`,
    pattern: {
      detail: {
        'c-count': [{ numeric: ['>', 0, '<=', 5] }],
        'd-count': [{ numeric: ['<', 10] }],
        'x-limit': [{ numeric: ['=', 3.018e2] }],
      },
    },
    examples: [
      ['numbers inside every range match', eventWith({ 'c-count': 5, 'd-count': 3, 'x-limit': 301.8 }), true],
      ['an open lower bound excludes the bound', eventWith({ 'c-count': 0, 'd-count': 3, 'x-limit': 301.8 }), false],
      ['a closed upper bound is exceeded by more', eventWith({ 'c-count': 6, 'd-count': 3, 'x-limit': 301.8 }), false],
      ['= compares to six decimal places', eventWith({ 'c-count': 1, 'd-count': 3, 'x-limit': 301.8000001 }), true],
      ['numeric only works on JSON numbers', eventWith({ 'c-count': '5', 'd-count': 3, 'x-limit': 301.8 }), false],
    ],
  },
  {
    doc: `${OPERATORS}#filtering-numeric-matching: one bound, and the documented range`,
    pattern: { detail: { total: [{ numeric: ['>=', 100] }] } },
    examples: [
      ['>= includes its bound', eventWith({ total: 100 }), true],
      ['>= excludes less', eventWith({ total: 99.99 }), false],
      ['numbers beyond +5.0e9 match no numeric condition', eventWith({ total: 6e9 }), false],
    ],
  },
  {
    doc: `${OPERATORS}#eb-filtering-ip-matching: IPv4`,
    pattern: { detail: { sourceIPAddress: [{ cidr: '10.0.0.0/24' }] } },
    examples: [
      ['an address inside the block matches', eventWith({ sourceIPAddress: '10.0.0.255' }), true],
      ['an address outside the block does not', eventWith({ sourceIPAddress: '10.0.1.1' }), false],
      ['a value that is no address does not', eventWith({ sourceIPAddress: 'localhost' }), false],
    ],
  },
  {
    doc: `${OPERATORS}#eb-filtering-ip-matching: IPv6`,
    pattern: { detail: { sourceIPAddress: [{ cidr: '2001:db8::/32' }] } },
    examples: [
      ['an IPv6 address inside the block matches', eventWith({ sourceIPAddress: '2001:db8:1::7' }), true],
      ['an IPv6 address outside the block does not', eventWith({ sourceIPAddress: '2001:db9::7' }), false],
    ],
  },
  {
    doc: `${OPERATORS}#eb-filtering-exists-matching: true`,
    pattern: { detail: { state: [{ exists: true }] } },
    examples: [
      ['exists true matches a present leaf', eventWith({ 'instance-id': 'i-abcd1111', state: 'pending' }), true],
      ['exists true does not match a missing field', eventWith({ 'c-count': { c1: 100 } }), false],
      ['exists true only sees leaves, not objects', eventWith({ state: { name: 'pending' } }), false],
      ['exists true matches a null leaf, which is present', eventWith({ state: null }), true],
    ],
  },
  {
    doc: `${OPERATORS}#eb-filtering-exists-matching: false`,
    pattern: { detail: { 'c-count': [{ exists: false }] } },
    examples: [
      ['exists false matches a missing field', eventWith({ state: ['initializing', 'running'] }), true],
      ['exists false matches a field that is not a leaf', eventWith({ 'c-count': { c1: 100 } }), true],
      ['exists false does not match a present leaf', eventWith({ 'c-count': 5 }), false],
      ['exists false matches an empty array, which holds no leaf', eventWith({ 'c-count': [] }), true],
    ],
  },
  {
    doc: `${OPERATORS}#eb-filtering-complex-example`,
    pattern: {
      time: [{ prefix: '2017-10-02' }],
      detail: {
        state: [{ 'anything-but': 'initializing' }],
        'c-count': [{ numeric: ['>', 0, '<=', 5] }],
        'd-count': [{ numeric: ['<', 10] }],
        'x-limit': [{ 'anything-but': [100, 200, 300] }],
      },
    },
    examples: [
      [
        'operators combine with AND across fields',
        eventWith({ state: 'running', 'c-count': 5, 'd-count': 3, 'x-limit': 301.8 }, { time: '2017-10-02T16:24:49Z' }),
        true,
      ],
      [
        'one failing operator fails the pattern',
        eventWith({ state: 'running', 'c-count': 5, 'd-count': 3, 'x-limit': 200 }, { time: '2017-10-02T16:24:49Z' }),
        false,
      ],
    ],
  },
];

describe('EventBridge event pattern operators', () => {
  it.each(rowsOf(sections))('$name', ({ pattern, event, matches }) => {
    const parsed = parseEventPattern(pattern);

    expect(matchesEventPattern(parsed, event)).toBe(matches);
  });
});
