import type { MessageView } from './evaluate-policy.js';
import type { LeafValue } from './filter-policy-types.js';
import { isJsonObject } from './parse-policy-node.js';

/** Arrays at any depth read as their elements: "arrays in the body match if any element matches". */
const flattenArrays = (value: unknown): unknown[] => (Array.isArray(value) ? value.flatMap(flattenArrays) : [value]);

const isLeafValue = (value: unknown): value is LeafValue => value === null || typeof value !== 'object';

/**
 * The leaf values at a key path of the body, walking through arrays of objects on the way, or
 * undefined when no object on the way has the key. An object at the end of the path has no leaf
 * values: "exists works only on leaf nodes" (attribute-key-matching).
 */
const valuesAtPath = (body: Record<string, unknown>, path: readonly string[]): LeafValue[] | undefined => {
  let nodes: unknown[] = [body];
  for (const key of path) {
    const holders = nodes
      .flatMap(flattenArrays)
      .filter(isJsonObject)
      .filter((node) => Object.hasOwn(node, key));
    if (holders.length === 0) return undefined;
    nodes = holders.map((holder) => holder[key]);
  }
  return nodes.flatMap(flattenArrays).filter(isLeafValue);
};

/**
 * The view of a message body that the evaluator reads, or undefined when the body is not a JSON
 * object: body policies "assume that the message payload is a well-formed JSON object"
 * (https://docs.aws.amazon.com/sns/latest/dg/message-filtering.html), so anything else never matches. @internal
 */
export const viewOfMessageBody = (body: string): MessageView | undefined => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!isJsonObject(parsed)) return undefined;
  const root = parsed;
  return { valuesAt: (path) => valuesAtPath(root, path), isEmpty: Object.keys(root).length === 0 };
};
