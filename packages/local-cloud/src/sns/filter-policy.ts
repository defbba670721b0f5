/**
 * SNS subscription filter policies: validated when a subscription sets one, evaluated on every
 * Publish, as AWS documents them.
 *
 * Sources (Amazon SNS Developer Guide):
 * - Filter policies: https://docs.aws.amazon.com/sns/latest/dg/sns-subscription-filter-policies.html
 * - Filter policy scope: https://docs.aws.amazon.com/sns/latest/dg/sns-message-filtering-scope.html
 * - Constraints: https://docs.aws.amazon.com/sns/latest/dg/subscription-filter-policy-constraints.html
 * - AND/OR logic: https://docs.aws.amazon.com/sns/latest/dg/and-or-logic.html
 * - Key matching: https://docs.aws.amazon.com/sns/latest/dg/attribute-key-matching.html
 * - String matching: https://docs.aws.amazon.com/sns/latest/dg/string-value-matching.html
 * - Numeric matching: https://docs.aws.amazon.com/sns/latest/dg/numeric-value-matching.html
 *
 * Supported: AND across keys, OR across a key's values, `$or` at any level (only when SNS would
 * recognise it, otherwise "$or" is an ordinary key); exact strings, numbers, `true`, `false` and
 * `null`; `prefix`, `suffix`, `equals-ignore-case`, `wildcard` (`*`, at most three); `anything-but`
 * with a string, a number, a list of them, or `{prefix}`, `{suffix}` or `{wildcard}`; `numeric`
 * with `=`, `<`, `<=`, `>`, `>=` and two-sided ranges; `exists` true or false; `cidr` for IPv4.
 * Nested keys in `MessageBody` scope, with arrays matching when any element matches.
 * Checked at parse time: JSON syntax, operator names and operand types, empty arrays, nesting in
 * `MessageAttributes` scope, numbers within ±1e9, 256 KB, five keys (leaf keys of a body policy),
 * 150 combinations (values × nesting level, `$or` branches added), wildcard complexity of 100.
 *
 * Unsupported, and refused at parse time rather than ignored:
 * - `cidr` with IPv6 blocks (the SNS guide shows IPv4 only).
 * - Escapes in `wildcard` patterns (documented for EventBridge, not for SNS).
 * - EventBridge-only forms: `anything-but` with `equals-ignore-case` or lists of prefixes/suffixes,
 *   `prefix`/`suffix` with `equals-ignore-case`.
 * Not modelled here: the quota of 200 policies per topic and 10,000 per account (the subscription
 * store's business), and the up-to-15-minutes propagation delay (a policy applies at once).
 *
 * Where the guide is silent or contradicts itself, the reading taken:
 * - `anything-but` on an array matches when any element is unlisted, as all its examples show
 *   (`["rugby", "baseball"]` matches), not "if none of the array elements are listed" as one sentence says.
 * - Five keys: leaf keys of a body policy count (the current constraints page; an older revision
 *   counted top-level keys); with `$or`, one alternative at a time.
 * - Operators compare values of their own type: strings never equal numbers, in either direction.
 * - `"exists": false` is the exact complement of `"exists": true` (which needs a non-null, non-empty
 *   leaf), and like it refuses an empty body `{}` as it refuses a message without attributes.
 * - Attribute strings are compared JSON-escaped, which is what "double-escape" in the constraints means.
 */
import { matchesNode } from './evaluate-policy.js';
import { FilterPolicyError } from './filter-policy-error.js';
import type { FilterPolicy, FilterPolicyScope, MessageAttributeValue } from './filter-policy-types.js';
import { viewOfMessageAttributes } from './message-attribute-values.js';
import { viewOfMessageBody } from './message-body-values.js';
import { isJsonObject, parsePolicyNode } from './parse-policy-node.js';
import { assertWithinLimits, assertWithinSizeLimit } from './policy-limits.js';

export { FilterPolicyError } from './filter-policy-error.js';
export type { FilterPolicy, FilterPolicyScope, MessageAttributeValue } from './filter-policy-types.js';

const parseJson = (json: string): unknown => {
  try {
    return JSON.parse(json) as unknown;
  } catch (error) {
    throw new FilterPolicyError('failed to parse JSON.', { cause: error });
  }
};

/**
 * Validates a filter policy as SNS does on Subscribe and SetSubscriptionAttributes, and prepares it
 * for evaluation. Pass the policy as its JSON text (the API attribute) or as an object (a
 * CloudFormation template's `FilterPolicy`).
 *
 * @throws FilterPolicyError when SNS would refuse the policy.
 * @example
 * const policy = parseFilterPolicy('{"event": ["OrderPlaced"], "total": [{"numeric": [">", 100]}]}', 'MessageAttributes');
 */
export const parseFilterPolicy = (json: string | object, scope: FilterPolicyScope): FilterPolicy => {
  assertWithinSizeLimit(typeof json === 'string' ? json : JSON.stringify(json));
  const source = typeof json === 'string' ? parseJson(json) : json;
  if (!isJsonObject(source)) throw new FilterPolicyError('Filter policy must be a JSON object');
  const root = parsePolicyNode(source, scope);
  assertWithinLimits(root);
  return { scope, root };
};

const assertScope = (policy: FilterPolicy, expected: FilterPolicyScope): void => {
  if (policy.scope !== expected) {
    throw new TypeError(`A ${policy.scope} filter policy cannot be evaluated against ${expected}`);
  }
};

/**
 * Whether a message's attributes, as sent to Publish, pass a `MessageAttributes` policy.
 * `String.Array` values are JSON arrays whose elements match one by one; `Number` values compare
 * numerically; `Binary` attributes are ignored.
 *
 * @example
 * matchesMessageAttributes(policy, { event: { DataType: 'String', StringValue: 'OrderPlaced' } }); // true
 */
export const matchesMessageAttributes = (
  policy: FilterPolicy,
  attributes: Record<string, MessageAttributeValue>,
): boolean => {
  assertScope(policy, 'MessageAttributes');
  return matchesNode(policy.root, [], viewOfMessageAttributes(attributes));
};

/**
 * Whether a message body passes a `MessageBody` policy. The body must be a JSON object (anything
 * else never matches); nested policy keys follow nested properties, and an array matches when one
 * of its elements does.
 *
 * @example
 * matchesMessageBody(policy, '{"order": {"total": 120}}');
 */
export const matchesMessageBody = (policy: FilterPolicy, body: string): boolean => {
  assertScope(policy, 'MessageBody');
  const message = viewOfMessageBody(body);
  return message !== undefined && matchesNode(policy.root, [], message);
};
