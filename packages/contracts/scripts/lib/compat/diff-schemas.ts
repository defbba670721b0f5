import { ANNOTATION_KEYWORDS, stripAnnotations } from './annotations.js';
import { isJsonObject, jsonEqual, type JsonObject, quote } from './json.js';

/** One edit that a consumer of the published schema could trip over. */
export interface BreakingChange {
  /** Where, as a path into the event's data: `data.items[].quantity`. */
  readonly path: string;
  /** What changed: `minimum changes from 1 to 0`. */
  readonly change: string;
}

/** Keywords compared as sets: reordering their values changes nothing. */
const SET_KEYWORDS = new Set(['required', 'enum', 'type']);

const asList = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

const missingFrom = (values: unknown[], others: unknown[]): unknown[] =>
  values.filter((value) => !others.some((other) => jsonEqual(value, other)));

const compareSet = (keyword: string, before: unknown, after: unknown): string[] => {
  const [was, is] = [asList(before), asList(after)];
  if (keyword === 'required') {
    return [
      ...missingFrom(is, was).map((name) => `${quote(name)} becomes required`),
      ...missingFrom(was, is).map((name) => `${quote(name)} is no longer required`),
    ];
  }
  const changed = missingFrom(is, was).length > 0 || missingFrom(was, is).length > 0;
  return changed ? [`${keyword} changes from ${quote(before)} to ${quote(after)}`] : [];
};

/** A keyword's value without annotations, read in the keyword's context (`anyOf` holds schemas, `enum` data). */
const withoutAnnotations = (keyword: string, value: unknown): unknown =>
  keyword === 'schema' ? stripAnnotations(value) : (stripAnnotations({ [keyword]: value }) as JsonObject)[keyword];

const compareValue = (keyword: string, before: unknown, after: unknown): string[] => {
  const [was, is] = [withoutAnnotations(keyword, before), withoutAnnotations(keyword, after)];
  if (jsonEqual(was, is)) return [];
  if (before === undefined) return [`adds ${keyword}: ${quote(is)}`];
  if (after === undefined) return [`drops ${keyword}: ${quote(was)}`];
  return [`${keyword} changes from ${quote(was)} to ${quote(is)}`];
};

/** Whether an object schema lets through properties it does not list (absent or `true`). */
const acceptsUnlistedProperties = (schema: JsonObject): boolean =>
  schema['additionalProperties'] === undefined || schema['additionalProperties'] === true;

const propertiesOf = (schema: JsonObject): JsonObject =>
  isJsonObject(schema['properties']) ? schema['properties'] : {};

function compareProperties(before: JsonObject, after: JsonObject, path: string, out: BreakingChange[]): void {
  const [was, is] = [propertiesOf(before), propertiesOf(after)];
  for (const name of Object.keys(was)) {
    if (name in is) compare(was[name], is[name], `${path}.${name}`, out);
    else out.push({ path, change: `drops property ${quote(name)}` });
  }
  // A new optional property is invisible to a consumer that lets unlisted properties through;
  // one whose published schema forbids them would reject every new event.
  if (acceptsUnlistedProperties(before)) return;
  for (const name of Object.keys(is).filter((name) => !(name in was))) {
    out.push({
      path,
      change: `adds property ${quote(name)}, which the published schema rejects (additionalProperties: ${quote(before['additionalProperties'])})`,
    });
  }
}

function compare(before: unknown, after: unknown, path: string, out: BreakingChange[]): void {
  if (!isJsonObject(before) || !isJsonObject(after)) {
    for (const change of compareValue('schema', before, after)) out.push({ path, change });
    return;
  }
  const keywords = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  for (const keyword of keywords.filter((keyword) => !ANNOTATION_KEYWORDS.has(keyword))) {
    const [was, is] = [before[keyword], after[keyword]];
    if (keyword === 'properties') compareProperties(before, after, path, out);
    else if (keyword === 'items' && isJsonObject(was) && isJsonObject(is)) compare(was, is, `${path}[]`, out);
    else {
      const changes = SET_KEYWORDS.has(keyword) ? compareSet(keyword, was, is) : compareValue(keyword, was, is);
      for (const change of changes) out.push({ path, change });
    }
  }
}

/**
 * The breaking changes between a published schema and its current form; none means compatible.
 * Allowed: annotation edits (description, title, examples, $comment) and new optional properties
 * in objects whose published schema lets unlisted properties through. Anything else (types,
 * properties removed or renamed, required fields, enum, const, bounds, patterns, formats,
 * additionalProperties, items) is breaking in either direction: a producer on the old schema or a
 * consumer on the new one would reject what the other accepts.
 *
 * @example
 * breakingChanges({ type: 'integer', minimum: 1 }, { type: 'integer', minimum: 0 });
 * // [{ path: 'data', change: 'minimum changes from 1 to 0' }]
 */
export const breakingChanges = (published: unknown, current: unknown, root = 'data'): BreakingChange[] => {
  const out: BreakingChange[] = [];
  compare(published, current, root, out);
  return out;
};
