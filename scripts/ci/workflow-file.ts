/**
 * A workflow file (or a local composite action's action.yml) parsed with positions, so every
 * finding about it can name a file and a line. Only what the workflow policy reads: triggers,
 * jobs, their `uses`, `with` and steps.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export interface WorkflowSource {
  /** Relative to the repository root: `.github/workflows/orders.yml`. */
  readonly path: string;
  readonly text: string;
}

export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A job's `uses` (a reusable workflow) or a step's `uses` (an action), where it is written. */
export interface Use {
  readonly value: string;
  readonly position: Position;
  /** The job calling a reusable workflow, with its `with:` map; absent for a step. */
  readonly job?: Node;
}

export interface WorkflowFile extends WorkflowSource {
  readonly document: Document;
  /** Where `node` starts, 1-based; the top of the file when there is no node to point at. */
  at(node: Node | null | undefined): Position;
  /** The node at `path` (`['on', 'push', 'paths']`), or undefined when any step of it is missing. */
  get(path: readonly string[], from?: Node): Node | undefined;
  /** Every `uses:` of its jobs and their steps. */
  uses(): Use[];
}

/** The entries of a mapping node as [key, value] pairs; none for anything else. */
export const entriesOf = (node: Node | null | undefined): [string, Node | undefined][] =>
  isMap(node)
    ? node.items.map((pair) => [String(isScalar(pair.key) ? pair.key.value : pair.key), pair.value as Node])
    : [];

/** The string items of a sequence node, with their nodes. */
export const stringsOf = (node: Node | null | undefined): { value: string; node: Node }[] =>
  isSeq(node)
    ? node.items.flatMap((item) => (isScalar(item) ? [{ value: String(item.value), node: item as Node }] : []))
    : [];

export const parseWorkflow = (source: WorkflowSource): WorkflowFile => {
  const lineCounter = new LineCounter();
  const document = parseDocument(source.text, { lineCounter });
  const at = (node: Node | null | undefined): Position => {
    const offset = node?.range?.[0];
    if (offset === undefined) return { line: 1, column: 1 };
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const get = (path: readonly string[], from: Node | undefined = document.contents ?? undefined) =>
    path.reduce<Node | undefined>((node, key) => entriesOf(node).find(([name]) => name === key)?.[1], from);

  const stepUses = (steps: Node | undefined): Use[] =>
    (isSeq(steps) ? (steps.items as Node[]) : [])
      .map((step) => get(['uses'], step))
      .flatMap((node) => (isScalar(node) ? [{ value: String(node.value), position: at(node) }] : []));

  // Jobs call reusable workflows and run steps; a composite action (`runs:`) only runs steps.
  const uses = (): Use[] => [
    ...entriesOf(get(['jobs'])).flatMap(([, job]) => {
      const own = get(['uses'], job);
      return [
        ...(isScalar(own) && job ? [{ value: String(own.value), position: at(own), job }] : []),
        ...stepUses(get(['steps'], job)),
      ];
    }),
    ...stepUses(get(['runs', 'steps'])),
  ];

  return { ...source, document, at, get, uses };
};
