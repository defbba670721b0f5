import { EventPatternError, matchesEventPattern, parseEventPattern } from '../../src/eventbridge/event-pattern.js';

// Patterns PutRule and TestEventPattern refuse with InvalidEventPatternException,
// "Event pattern is not valid. Reason: <reason>". Reasons are worded as AWS words them, which is
// Event Ruler's wording, https://github.com/aws/event-ruler. Each group of rows names the guide page
// whose rule it enforces, under https://docs.aws.amazon.com/eventbridge/latest/userguide/.
const field = (values: unknown): object => ({ detail: { state: values } });
const operator = (name: string, operand: unknown): object => field([{ [name]: operand }]);
const MIXED_TYPES = 'Inside anything but list, either all values are number or string, mixed type is not supported';

const refused: [sentence: string, pattern: object | string, reason: string][] = [
  // eb-create-pattern.html: a pattern is a JSON object of fields whose values are arrays.
  ['text that is not JSON is refused', '{"source": [', 'Filter is not valid JSON'],
  ['a pattern that is not an object is refused', '["aws.ec2"]', 'Filter is not an object'],
  ['an empty pattern is refused', {}, 'Empty objects are not allowed'],
  ['an empty nested object is refused', { detail: {} }, 'Empty objects are not allowed'],
  ['a field whose value is not an array is refused', { source: 'aws.ec2' }, '"source" must be an object or an array'],
  ['an empty value array is refused', { source: [] }, 'Empty arrays are not allowed'],
  [
    'an array inside a value array is refused',
    field([['running']]),
    'Match value must be String, number, true, false, or null',
  ],
  // eb-create-pattern-operators.html: one operator per object, from the documented set.
  ['an empty operator object is refused', field([{}]), 'Match expression name not found'],
  ['an unknown operator is refused', operator('contains', 'run'), 'Unrecognized match type contains'],
  ["Event Ruler's undocumented exactly is refused", operator('exactly', 'run'), 'Unrecognized match type exactly'],
  [
    'two operators in one object are refused',
    field([{ prefix: 'a', suffix: 'b' }]),
    'Only one key allowed in match expression',
  ],
  ['prefix with a number is refused', operator('prefix', 5), 'prefix match pattern must be a string'],
  [
    'prefix with an unknown nested operator is refused',
    operator('prefix', { wildcard: 'a*' }),
    'Unsupported prefix pattern: wildcard',
  ],
  [
    'suffix ignoring case with a number is refused',
    operator('suffix', { 'equals-ignore-case': 1 }),
    'equals-ignore-case match pattern must be a string',
  ],
  [
    'equals-ignore-case with a number is refused',
    operator('equals-ignore-case', 3),
    'equals-ignore-case match pattern must be a string',
  ],
  ['wildcard with a number is refused', operator('wildcard', 3), 'wildcard match pattern must be a string'],
  [
    'consecutive wildcard characters are refused',
    operator('wildcard', 'a**b'),
    'Consecutive wildcard characters at pos 1',
  ],
  [
    'a backslash escaping another character is refused',
    operator('wildcard', 'a\\b'),
    'Invalid escape character at pos 1',
  ],
  [
    'anything-but with null is refused',
    operator('anything-but', null),
    'Value of anything-but must be an array or single string/number value.',
  ],
  ['anything-but with an empty list is refused', operator('anything-but', []), MIXED_TYPES],
  ['anything-but mixing strings and numbers is refused', operator('anything-but', ['a', 1]), MIXED_TYPES],
  [
    'anything-but listing a boolean is refused',
    operator('anything-but', [true]),
    'Inside anything but list, start|null|boolean is not supported.',
  ],
  [
    'anything-but with an unknown nested operator is refused',
    operator('anything-but', { contains: 'x' }),
    'Unsupported anything-but pattern: contains',
  ],
  [
    'anything-but with an empty object is refused',
    operator('anything-but', {}),
    'Anything-But expression name not found',
  ],
  [
    'anything-but prefix with a number is refused',
    operator('anything-but', { prefix: 5 }),
    'prefix/suffix match pattern must be a string',
  ],
  [
    'anything-but prefix with an empty list is refused',
    operator('anything-but', { prefix: [] }),
    'Empty arrays are not allowed',
  ],
  ['numeric with a number is refused', operator('numeric', 5), 'Value of numeric must be an array.'],
  ['numeric with an empty array is refused', operator('numeric', []), 'Invalid member in numeric match: ]'],
  ['an unknown numeric operator is refused', operator('numeric', ['!=', 1]), 'Unrecognized numeric range operator: !='],
  ['a numeric bound given as a string is refused', operator('numeric', ['<', '10']), 'Value of < must be numeric'],
  [
    '= followed by more terms is refused',
    operator('numeric', ['=', 1, '<', 2]),
    'Too many elements in numeric expression',
  ],
  ['a range needs an upper bound second', operator('numeric', ['>', 5, '>', 10]), 'Bad numeric range operator: >'],
  [
    'a range with its bounds reversed is refused',
    operator('numeric', ['>', 10, '<', 5]),
    'Bottom must be less than top',
  ],
  [
    'a range with extra terms is refused',
    operator('numeric', ['>', 0, '<', 5, '<', 6]),
    'Too many terms in numeric range expression',
  ],
  [
    'a bound beyond 5.0e9 is refused',
    operator('numeric', ['>', 6e9]),
    'Value of > must be between -5.0e9 and 5.0e9 inclusive: 6000000000',
  ],
  ['cidr with a number is refused', operator('cidr', 10), 'cidr match pattern must be a string'],
  ['cidr without a mask is refused', operator('cidr', '10.0.0.0'), "Malformed CIDR, one '/' required"],
  [
    'cidr with a word for a mask is refused',
    operator('cidr', '10.0.0.0/x'),
    'Malformed CIDR, mask bits must be an integer',
  ],
  [
    'cidr with a negative mask is refused',
    operator('cidr', '10.0.0.0/-1'),
    'Malformed CIDR, mask bits must not be negative',
  ],
  ['an IPv4 mask of 32 bits is refused', operator('cidr', '10.0.0.1/32'), 'IPv4 mask bits must be < 32'],
  ['an IPv6 mask of 128 bits is refused', operator('cidr', '2001:db8::1/128'), 'IPv6 mask bits must be < 128'],
  ['cidr with a host name is refused', operator('cidr', 'example.com/8'), 'Invalid IP address: example.com'],
  ['exists with a string is refused', operator('exists', 'true'), 'exists match pattern must be either true or false.'],
  // eb-create-pattern-operators.html#eb-filtering-complex-example-or
  ['$or that is not an array is refused', { $or: { source: ['aws.ec2'] } }, 'It must be an Array followed with $or.'],
  [
    '$or with one object is refused',
    { $or: [{ source: ['aws.ec2'] }] },
    'There must have at least 2 Objects in $or relationship.',
  ],
  [
    '$or holding a non-object is refused',
    { $or: [{ source: ['aws.ec2'] }, 'aws.s3'] },
    'Only JSON object is allowed in array of $or relationship.',
  ],
  [
    'an operator name as a field inside $or is refused',
    { $or: [{ prefix: ['a'] }, { source: ['b'] }] },
    'prefix is Ruler reserved fieldName which cannot be used inside $or.',
  ],
];

/** Three sibling $or of `size` alternatives each: size³ rule combinations. */
const threeOrsOf = (size: number): object => {
  const alternatives = Array.from({ length: size }, (_, index) => ({ [`k${index}`]: [index] }));
  return { $or: alternatives, detail: { $or: alternatives, data: { $or: alternatives } } };
};

describe('EventBridge event pattern validation', () => {
  it.each(refused)('%s', (_sentence, pattern, reason) => {
    expect(() => parseEventPattern(pattern)).toThrow(`Event pattern is not valid. Reason: ${reason}`);
  });

  it('reports a refusal as an EventPatternError with the code and reason AWS answers with', () => {
    const refusal = (() => {
      try {
        parseEventPattern({ source: 'aws.ec2' });
      } catch (error) {
        return error;
      }
      return undefined;
    })();

    expect(refusal).toBeInstanceOf(EventPatternError);
    expect(refusal).toMatchObject({
      name: 'EventPatternError',
      code: 'InvalidEventPatternException',
      reason: '"source" must be an object or an array',
      message: 'Event pattern is not valid. Reason: "source" must be an object or an array',
    });
  });

  it('accepts $or up to 1000 rule combinations (eb-create-pattern-operators.html#eb-filtering-complex-example-or)', () => {
    const pattern = parseEventPattern(threeOrsOf(10));

    expect(pattern.alternatives).toHaveLength(1000);
    expect(matchesEventPattern(pattern, { k3: 3, detail: { k9: 9, data: { k0: 0 } } })).toBe(true);
  });

  it('refuses $or over 1000 rule combinations, counted by multiplying the $or arrays (eb-create-pattern-operators.html)', () => {
    expect(() => parseEventPattern(threeOrsOf(11))).toThrow(
      'Event pattern is not valid. Reason: The $or in the pattern results in 1331 rule combinations, over the limit of 1000',
    );
  });

  it('refuses a pattern over the default size quota of 2048 characters (eb-quota.html)', () => {
    const pattern = { source: ['x'.repeat(2040)] };

    expect(() => parseEventPattern(pattern)).toThrow('over the quota of 2048');
    expect(parseEventPattern(pattern, { maxLength: 4096 }).alternatives).toHaveLength(1);
  });
});
