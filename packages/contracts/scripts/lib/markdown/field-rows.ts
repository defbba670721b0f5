import { isJsonObject, type JsonObject } from '../compat/json.js';
import { code } from './table.js';

/** One documented field of an event's data. */
export interface FieldRow {
  /** Dotted path, with `[]` for array items: `items[].sku`. */
  readonly name: string;
  readonly type: string;
  readonly required: boolean;
  readonly description: string;
}

const range = (min: unknown, max: unknown, unit = ''): string | undefined => {
  if (min === undefined && max === undefined) return undefined;
  if (max === undefined) return `>= ${String(min)}${unit}`;
  if (min === undefined) return `<= ${String(max)}${unit}`;
  return `${String(min)} to ${String(max)}${unit}`;
};

/** A short, human description of what a schema accepts: `integer, 1 to 999`. */
export const typeOf = (schema: JsonObject): string => {
  if (Array.isArray(schema['enum'])) return `one of ${schema['enum'].map((value) => code(String(value))).join(', ')}`;
  const details = [
    typeof schema['format'] === 'string' ? schema['format'] : undefined,
    typeof schema['pattern'] === 'string' ? `matching ${code(schema['pattern'])}` : undefined,
    range(schema['minLength'], schema['maxLength'], ' characters'),
    range(schema['minimum'], schema['maximum']),
    range(schema['minItems'], schema['maxItems'], ' items'),
  ].filter((detail) => detail !== undefined);
  const items = isJsonObject(schema['items']) ? ` of ${String(schema['items']['type'])}` : '';
  return [`${String(schema['type'])}${items}`, ...details].join(', ');
};

const requiredOf = (schema: JsonObject): readonly unknown[] =>
  Array.isArray(schema['required']) ? schema['required'] : [];

/**
 * The fields of an object schema, depth first: nested objects (and objects in arrays) list their
 * own fields under their parent's path, so a table shows the whole payload.
 */
export const fieldRows = (schema: JsonObject, prefix = ''): FieldRow[] => {
  const properties = isJsonObject(schema['properties']) ? schema['properties'] : {};
  return Object.entries(properties).flatMap(([name, property]) => {
    if (!isJsonObject(property)) return [];
    const path = `${prefix}${name}`;
    const row: FieldRow = {
      name: path,
      type: typeOf(property),
      required: requiredOf(schema).includes(name),
      description: typeof property['description'] === 'string' ? property['description'] : '',
    };
    const items = property['items'];
    const nested = isJsonObject(items) ? fieldRows(items, `${path}[].`) : fieldRows(property, `${path}.`);
    return [row, ...nested];
  });
};
