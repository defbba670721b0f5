import type { CatalogEntry, Transport } from '../../../src/catalog/index.js';

/** A mermaid node id for a transport: ids may not contain dashes. */
const nodeOf = (transport: Transport): string =>
  transport.kind === 'sns' ? `sns_${transport.topic.replaceAll('-', '_')}` : `bus_${transport.bus}`;

const declarationOf = (transport: Transport): string =>
  transport.kind === 'sns'
    ? `${nodeOf(transport)}[["${transport.topic}"]]`
    : `${nodeOf(transport)}(["${transport.bus} bus"])`;

interface Edge {
  readonly from: string;
  readonly to: string;
  readonly labels: string[];
}

/** One edge per (from, to) pair with the events it carries, in first-seen order. */
const collectEdges = (entries: readonly CatalogEntry[]): Edge[] => {
  const edges = new Map<string, Edge>();
  const add = (from: string, to: string, label: string) => {
    const key = `${from} ${to}`;
    const edge = edges.get(key) ?? { from, to, labels: [] };
    edge.labels.push(label);
    edges.set(key, edge);
  };
  for (const entry of entries) {
    const label = `${entry.type} v${entry.version}`;
    add(entry.producer, nodeOf(entry.transport), label);
    for (const consumer of entry.consumers) add(nodeOf(entry.transport), consumer.service, label);
  }
  return [...edges.values()];
};

/**
 * A mermaid `flowchart LR` of the services and the events between them. Each topic and the bus is
 * a node inside its transport's subgraph, so the picture shows what travels where: producer ->
 * transport -> consumers, one edge per pair listing its events.
 */
export const flowchart = (entries: readonly CatalogEntry[]): string => {
  const transports = [...new Map(entries.map((entry) => [nodeOf(entry.transport), entry.transport])).values()];
  const subgraph = (title: string, kind: Transport['kind']) => {
    const members = transports.filter((transport) => transport.kind === kind);
    return members.length === 0
      ? []
      : [`  subgraph ${kind}["${title}"]`, ...members.map((transport) => `    ${declarationOf(transport)}`), '  end'];
  };
  const edges = collectEdges(entries).map(({ from, to, labels }) => `  ${from} -->|"${labels.join('<br/>')}"| ${to}`);
  return [
    'flowchart LR',
    ...subgraph('SNS topics: saga hand-offs', 'sns'),
    ...subgraph('EventBridge: outcomes', 'eventbridge'),
    ...edges,
  ].join('\n');
};
