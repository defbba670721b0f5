import type { MessageView } from './evaluate-policy.js';
import type { LeafValue, MessageAttributeValue } from './filter-policy-types.js';
import { parseNumberAttribute } from './numbers.js';

/**
 * SNS compares a policy to attribute values with double quotes and backslashes escaped, which is
 * why its guide says a policy must "double-escape" them to match
 * (https://docs.aws.amazon.com/sns/latest/dg/subscription-filter-policy-constraints.html).
 */
const escapeAsSnsCompares = (value: string): string => value.replace(/[\\"]/g, '\\$&');

const isLeafValue = (value: unknown): value is LeafValue =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** The elements of a `String.Array` value; objects and nested arrays are not matchable, invalid JSON holds nothing. */
const arrayElements = (text: string): LeafValue[] => {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter(isLeafValue) : [];
  } catch {
    return [];
  }
};

/**
 * An attribute's values by its `DataType`, or undefined for one SNS ignores (`Binary`).
 * `String.Array` holds one value per element ("each element in the array is treated as a separate
 * string", string-value-matching); `Number.Array` appears in numeric-value-matching's examples and
 * is read the same way. Custom labels (`Number.float`) keep their base type.
 */
const attributeValues = ({ DataType, StringValue = '' }: MessageAttributeValue): LeafValue[] | undefined => {
  if (DataType === 'String.Array' || DataType === 'Number.Array') {
    return arrayElements(StringValue).map((value) => (typeof value === 'string' ? escapeAsSnsCompares(value) : value));
  }
  if (DataType.startsWith('Number')) {
    const number = parseNumberAttribute(StringValue);
    return number === undefined ? [] : [number];
  }
  if (DataType.startsWith('String')) return [escapeAsSnsCompares(StringValue)];
  return undefined;
};

/** The view of a message's attributes that the evaluator reads; policies on attributes are never nested. @internal */
export const viewOfMessageAttributes = (attributes: Record<string, MessageAttributeValue>): MessageView => {
  const values = new Map<string, LeafValue[]>();
  for (const [name, attribute] of Object.entries(attributes)) {
    const decoded = attributeValues(attribute);
    if (decoded) values.set(name, decoded);
  }
  return {
    valuesAt: (path) => (path.length === 1 && path[0] !== undefined ? values.get(path[0]) : undefined),
    isEmpty: values.size === 0,
  };
};
