import type { LeafValue, PolicyField, PolicyNode, ValueMatcher } from './filter-policy-types.js';
import { matchesValue } from './match-value.js';

/**
 * The message as the evaluator sees it: the leaf values found at a key path (undefined when the
 * key is absent), and whether the message carries nothing at all. @internal
 */
export interface MessageView {
  valuesAt(path: readonly string[]): readonly LeafValue[] | undefined;
  isEmpty: boolean;
}

/**
 * "Key matching" (https://docs.aws.amazon.com/sns/latest/dg/attribute-key-matching.html):
 * `"exists": true` needs "a non-null and non-empty value"; `"exists": false` is its complement,
 * except that it "only matches if at least one attribute is present".
 */
const matchesExists = (exists: boolean, values: readonly LeafValue[] | undefined, message: MessageView): boolean => {
  const present = values?.some((value) => value !== null && value !== '') ?? false;
  return exists ? present : !present && !message.isEmpty;
};

/** OR across the values listed for one key: any matcher, against any of the key's values. */
const matchesKey = (
  matchers: readonly ValueMatcher[],
  values: readonly LeafValue[] | undefined,
  message: MessageView,
) =>
  matchers.some((matcher) =>
    matcher.kind === 'exists'
      ? matchesExists(matcher.exists, values, message)
      : (values ?? []).some((value) => matchesValue(matcher, value)),
  );

const matchesField = (field: PolicyField, path: readonly string[], message: MessageView): boolean => {
  const fieldPath = [...path, field.key];
  return 'nested' in field
    ? matchesNode(field.nested, fieldPath, message)
    : matchesKey(field.matchers, message.valuesAt(fieldPath), message);
};

/**
 * AND across the keys of one level, and for each `$or` at that level, at least one branch
 * ("AND/OR logic", https://docs.aws.amazon.com/sns/latest/dg/and-or-logic.html). @internal
 */
export const matchesNode = (node: PolicyNode, path: readonly string[], message: MessageView): boolean =>
  node.fields.every((field) => matchesField(field, path, message)) &&
  node.anyOf.every((branches) => branches.some((branch) => matchesNode(branch, path, message)));
