import { routeOf, type CatalogEntry, type EventRoute } from '../../../src/catalog/index.js';
import { fieldRows } from './field-rows.js';
import { flowchart } from './flowchart.js';
import { cell, code, table } from './table.js';

/** The command that regenerates CATALOG.md; the file and the staleness test both name it. */
export const CATALOG_COMMAND = 'pnpm --filter @commerce/contracts catalog';

const anchorOf = (entry: CatalogEntry): string => `#${entry.type.toLowerCase()}-v${entry.version}`;

const transportOf = (route: EventRoute): string =>
  route.kind === 'sns' ? `SNS ${code(route.topic)}` : `EventBridge ${code(route.bus)}`;

const consumersOf = (entry: CatalogEntry): string =>
  entry.consumers.map((consumer) => `${consumer.service} (${consumer.purpose})`).join(', ') || 'none';

const routingOf = (route: EventRoute): string =>
  route.kind === 'sns'
    ? `SNS topic ${code(route.topic)}, message attributes ${code('type')} = ${code(route.messageAttributes.type.StringValue)} (String) and ${code('version')} = ${code(route.messageAttributes.version.StringValue)} (Number)`
    : `EventBridge bus ${code(route.bus)}, ${code('Source')} = ${code(route.source)}, ${code('DetailType')} = ${code(route.detailType)}`;

const overview = (entries: readonly CatalogEntry[]): string =>
  table(
    ['Event', 'Version', 'Producer', 'Transport', 'Consumers', 'Public'],
    entries.map((entry) => [
      `[${entry.type}](${anchorOf(entry)})`,
      String(entry.version),
      entry.producer,
      transportOf(routeOf(entry)),
      entry.consumers.map((consumer) => consumer.service).join(', ') || 'none',
      entry.public ? 'yes' : 'no',
    ]),
  );

const section = (entry: CatalogEntry): string => {
  const [example] = entry.examples;
  const fields = fieldRows(entry.schema).map((row) => [
    code(row.name),
    cell(row.type),
    row.required ? 'yes' : 'no',
    cell(row.description),
  ]);
  return [
    `## ${entry.type} v${entry.version}`,
    entry.summary,
    [
      `- Producer: ${entry.producer}`,
      `- Transport: ${routingOf(routeOf(entry))}`,
      `- Consumers: ${consumersOf(entry)}`,
      `- Public: ${entry.public ? 'yes, teams outside the platform may subscribe' : 'no, internal to the platform'}`,
    ].join('\n'),
    `### Data`,
    table(['Field', 'Type', 'Required', 'Description'], fields),
    ...(example ? [`### Example: ${example.title}`, `\`\`\`json\n${JSON.stringify(example.event)}\n\`\`\``] : []),
  ].join('\n\n');
};

/**
 * CATALOG.md, before formatting: an overview table, a flowchart of who sends what to whom over
 * which transport, and per event version its routing, consumers, fields and an example. Derived
 * from the catalog alone, with nothing that varies between runs.
 */
export const renderCatalog = (entries: readonly CatalogEntry[]): string =>
  [
    '# Event catalog',
    `<!-- Generated from src/catalog by \`${CATALOG_COMMAND}\`. Do not edit by hand. -->`,
    [
      'Every event travels in the envelope of `@commerce/shared-core/events` (`id`, `type`, `version`,',
      '`source`, `time`, `correlationId`, `causationId`, `data`); the tables below describe its `data`,',
      'and each example is a whole envelope. The examples follow a few orders through the saga: one',
      '`correlationId` per order, and each `causationId` is the `id` of the event it reacts to.',
      'Saga hand-offs travel on their producer’s SNS topic, outcomes on platform’s EventBridge bus.',
      'Published versions never change: a breaking change is a new version (see README.md).',
    ].join(' '),
    '## Overview',
    overview(entries),
    '## Flow',
    `\`\`\`mermaid\n${flowchart(entries)}\n\`\`\``,
    ...entries.map(section),
  ].join('\n\n');
