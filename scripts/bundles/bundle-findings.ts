import type { BundleBudget } from './budgets.js';

export interface SizedBundle {
  service: string;
  name: string;
  bytes: number;
  gzipBytes: number;
  inputs: readonly string[];
}

// ajv's compiler (ajv itself, ajv-formats) generates code from a schema when the function starts;
// `dist/runtime/` holds the few helpers standalone validators import, which compile nothing.
const SCHEMA_COMPILER = /node_modules\/(?:ajv|ajv-formats)\/(?!dist\/runtime\/)/;

/**
 * What is wrong with a function's bundle: over its budget, or carrying a schema compiler, which
 * means a schema is compiled at cold start instead of at build time (shared-core's
 * compileValidators writes validators.generated.ts for that).
 *
 * @example
 * bundleFindings({ service: 'orders', name: 'router', bytes: 250_000, gzipBytes: 40_000, inputs: [] }, budget);
 * // ['orders/router: 250.0 KB minified, over its budget of 220.0 KB']
 */
export const bundleFindings = (bundle: SizedBundle, budget: BundleBudget): string[] => {
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
  const at = `${bundle.service}/${bundle.name}`;
  const compiler = bundle.inputs.filter((input) => SCHEMA_COMPILER.test(input));
  return [
    ...(bundle.bytes > budget.minifiedBytes
      ? [`${at}: ${kb(bundle.bytes)} minified, over its budget of ${kb(budget.minifiedBytes)}`]
      : []),
    ...(bundle.gzipBytes > budget.gzipBytes
      ? [`${at}: ${kb(bundle.gzipBytes)} gzip, over its budget of ${kb(budget.gzipBytes)}`]
      : []),
    ...(compiler.length > 0
      ? [
          `${at}: compiles schemas at cold start (${compiler[0]} is bundled); compile them at build time with compileValidators`,
        ]
      : []),
  ];
};
