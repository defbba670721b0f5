/** Where SNS applies a subscription's filter policy (the `FilterPolicyScope` subscription attribute). */
export type FilterPolicyScope = 'MessageAttributes' | 'MessageBody';

/** One leaf value of a message: a body's JSON scalar, or an attribute value once decoded by its `DataType`. */
export type LeafValue = string | number | boolean | null;

/** A number as SNS compares it: scaled to five decimal places, the accuracy its filter policies keep. */
export type ScaledNumber = number;

/** One element of a policy key's array: a literal to equal, or an operator object. @internal */
export type ValueMatcher =
  | { kind: 'exact'; value: string | boolean | null }
  | { kind: 'exact-number'; value: ScaledNumber }
  | { kind: 'prefix'; prefix: string }
  | { kind: 'suffix'; suffix: string }
  | { kind: 'equals-ignore-case'; lowerCased: string }
  | { kind: 'wildcard'; pattern: RegExp; wildcards: number }
  | { kind: 'cidr'; network: number; mask: number }
  | { kind: 'numeric'; lower?: NumericBound; upper?: NumericBound; equals?: ScaledNumber }
  | { kind: 'exists'; exists: boolean }
  | { kind: 'anything-but'; strings: readonly string[]; numbers: readonly ScaledNumber[] }
  | { kind: 'anything-but-string'; operator: string; test: StringTest };

/** One end of a numeric range. @internal */
export interface NumericBound {
  value: ScaledNumber;
  inclusive: boolean;
}

/** A string condition that `anything-but` negates (prefix, suffix or wildcard). @internal */
export type StringTest = (value: string) => boolean;

/** A key of the policy: either the values it accepts, or (message body only) a nested policy. @internal */
export type PolicyField = { key: string; matchers: readonly ValueMatcher[] } | { key: string; nested: PolicyNode };

/**
 * One level of a policy: every field must match (AND), and for each `$or` at this level at least
 * one of its branches must match. @internal
 */
export interface PolicyNode {
  fields: readonly PolicyField[];
  anyOf: readonly (readonly PolicyNode[])[];
}

/** A validated filter policy, ready to evaluate. Build it with `parseFilterPolicy`. */
export interface FilterPolicy {
  readonly scope: FilterPolicyScope;
  /** @internal */
  readonly root: PolicyNode;
}

/** An SNS message attribute as it arrives on Publish. */
export interface MessageAttributeValue {
  DataType: string;
  StringValue?: string;
}
