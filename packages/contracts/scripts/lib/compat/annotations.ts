import { isJsonObject, type JsonObject } from './json.js';

/**
 * Keywords that document a schema without changing what it accepts: editing them never breaks a
 * consumer. Everything else is a validation keyword (or an identifier such as `$id`), and any edit
 * to one is breaking. `default` is deliberately not here: consumers may act on it.
 */
export const ANNOTATION_KEYWORDS: ReadonlySet<string> = new Set(['description', 'title', 'examples', '$comment']);

/** Keywords whose value is one subschema (draft-07). */
const SUBSCHEMA = new Set(['items', 'additionalItems', 'additionalProperties', 'contains', 'propertyNames', 'not']);
const SUBSCHEMA_CONDITIONAL = new Set(['if', 'then', 'else']);
/** Keywords whose value is a list of subschemas. */
const SUBSCHEMA_LIST = new Set(['allOf', 'anyOf', 'oneOf']);
/** Keywords whose value maps names to subschemas. */
const SUBSCHEMA_MAP = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependencies']);

const mapValues = (object: JsonObject, map: (value: unknown) => unknown): JsonObject =>
  Object.fromEntries(Object.entries(object).map(([key, value]) => [key, map(value)]));

const strip = (value: unknown): unknown => stripAnnotations(value);

/**
 * The schema without its annotations, at every depth where a subschema may stand. Values that are
 * data rather than schemas (`enum`, `const`, `required`) are kept as they are, so a property or an
 * enum value that happens to be called `description` survives.
 */
export function stripAnnotations(schema: JsonObject): JsonObject;
export function stripAnnotations(schema: unknown): unknown;
export function stripAnnotations(schema: unknown): unknown {
  if (!isJsonObject(schema)) return schema;
  const stripped: Record<string, unknown> = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (ANNOTATION_KEYWORDS.has(keyword)) continue;
    if (SUBSCHEMA.has(keyword) || SUBSCHEMA_CONDITIONAL.has(keyword)) {
      // `items` may also be a list of subschemas (tuple validation).
      stripped[keyword] = Array.isArray(value) ? value.map(strip) : strip(value);
    } else if (SUBSCHEMA_LIST.has(keyword) && Array.isArray(value)) {
      stripped[keyword] = value.map(strip);
    } else if (SUBSCHEMA_MAP.has(keyword) && isJsonObject(value)) {
      // `dependencies` values may be property lists; stripAnnotations leaves arrays alone.
      stripped[keyword] = mapValues(value, strip);
    } else {
      stripped[keyword] = value;
    }
  }
  return stripped;
}
