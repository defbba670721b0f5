import { applyInputPath, InputPathError } from '../../src/eventbridge/input-path.js';
import { eventWith } from './pattern-cases.js';

// A target's InputPath (API_Target.html: "You may use JSON dot notation or bracket notation"),
// on the guide's EC2 event with a richer detail.
const detail = { 'instance-id': 'i-1234567890abcdef0', state: 'terminated', 'tags/owner': 'ops', 'a b': 1 };
const event = eventWith(detail);

describe('applyInputPath', () => {
  it.each<[sentence: string, path: string, expected: unknown]>([
    ['$ selects the whole event', '$', event],
    ['$.detail selects the detail, as the Target API example does', '$.detail', detail],
    ['dot notation follows nested fields', '$.detail.state', 'terminated'],
    ['dot notation accepts dashes, as in $.detail-type', '$.detail-type', 'EC2 Instance State-change Notification'],
    ['dot notation accepts forward slashes', '$.detail.tags/owner', 'ops'],
    ['bracket notation with single quotes selects a field', "$['detail']['instance-id']", 'i-1234567890abcdef0'],
    ['bracket notation with double quotes selects a field', '$["detail"]["a b"]', 1],
    [
      'an array index selects an element',
      '$.resources[0]',
      'arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0',
    ],
    ['a missing field selects nothing', '$.detail.missing', undefined],
    ['an index past the end selects nothing', '$.resources[3]', undefined],
    ['an index into an object selects nothing', '$.detail[0]', undefined],
    ['a field of a string selects nothing', '$.source.length', undefined],
  ])('%s', (_sentence, path, expected) => {
    expect(applyInputPath(path, event)).toEqual(expected);
  });

  it.each<[sentence: string, path: string]>([
    ['a path not starting at $', 'detail'],
    ['a trailing dot', '$.'],
    ['a wildcard', '$.detail.*'],
    ['recursive descent', '$..state'],
    ['a negative index', '$.resources[-1]'],
    ['a slice', '$.resources[0:2]'],
    ['a filter', '$.resources[?(@.length > 1)]'],
    ['a union', "$['source','region']"],
    ['a path over the 256 characters the Target API allows', `$.${'a'.repeat(255)}`],
  ])('refuses %s with an InputPathError', (_sentence, path) => {
    expect(() => applyInputPath(path, event)).toThrow(InputPathError);
  });

  it('names the path it refuses in the error message', () => {
    expect(() => applyInputPath('$..state', event)).toThrow('InputPath "$..state" is not supported: unexpected');
  });
});
