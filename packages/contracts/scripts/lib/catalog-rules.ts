import { snsTopicOf } from '../../src/catalog/routing.js';
import type { CatalogEntry } from '../../src/catalog/index.js';
import { isJsonObject } from './compat/json.js';

/** The envelope's own rule for `type` (shared-core envelope schema): a receiver refuses anything else. */
const EVENT_TYPE_PATTERN = /^[A-Z][A-Za-z0-9]{1,63}$/;
const MIN_EXAMPLES = 2;

/** Fields that must never leave the saga (see shared-core's log redaction). */
const SECRET_FIELDS = ['paymentToken'];

const labelOf = (entry: CatalogEntry): string => `${entry.type} v${entry.version}`;

const versionProblems = (entries: readonly CatalogEntry[]): string[] => {
  const versionsByType = new Map<string, number[]>();
  for (const entry of entries)
    versionsByType.set(entry.type, [...(versionsByType.get(entry.type) ?? []), entry.version]);
  return [...versionsByType].flatMap(([type, versions]) => {
    const expected = versions.map((_, index) => index + 1);
    const sorted = [...versions].sort((a, b) => a - b);
    return sorted.every((version, index) => version === expected[index])
      ? []
      : [`${type} versions must run 1, 2, 3... without gaps or repeats; found ${sorted.join(', ')}`];
  });
};

/** The names of the properties a schema declares, at any depth. */
const propertyNamesIn = (schema: unknown): string[] => {
  if (Array.isArray(schema)) return schema.flatMap(propertyNamesIn);
  if (!isJsonObject(schema)) return [];
  const own = isJsonObject(schema['properties']) ? Object.keys(schema['properties']) : [];
  return [...own, ...Object.values(schema).flatMap(propertyNamesIn)];
};

const entryProblems = (entry: CatalogEntry): string[] => {
  const label = labelOf(entry);
  const problems: string[] = [];
  if (!EVENT_TYPE_PATTERN.test(entry.type))
    problems.push(`${label}: the type must be PascalCase (${EVENT_TYPE_PATTERN})`);
  if (entry.consumers.length === 0 && !entry.public) {
    problems.push(`${label} has no consumers: list the services that subscribe, or mark it public`);
  }
  if (entry.transport.kind === 'sns' && entry.transport.topic !== snsTopicOf(entry.producer)) {
    problems.push(
      `${label} travels on ${entry.transport.topic}, but ${entry.producer} publishes only on its own topic (${snsTopicOf(entry.producer) ?? 'none'})`,
    );
  }
  if (entry.examples.length < MIN_EXAMPLES) problems.push(`${label} needs at least ${MIN_EXAMPLES} examples`);
  if (entry.public) {
    const fields = propertyNamesIn(entry.schema);
    for (const field of SECRET_FIELDS.filter((secret) => fields.includes(secret))) {
      problems.push(`${label} is public but carries ${field}, which must never leave the saga`);
    }
  }
  return problems;
};

/**
 * Everything wrong with the catalog's shape, one message per problem: versions that do not run
 * 1..n per type, events nobody consumes (unless public), an SNS event on a topic its producer does
 * not own, too few examples, a secret in a public event.
 */
export const catalogProblems = (entries: readonly CatalogEntry[]): string[] => [
  ...versionProblems(entries),
  ...entries.flatMap(entryProblems),
];
