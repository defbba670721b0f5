import { Ajv, type AnySchema } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { FORMATS } from './formats.js';

// ajv flags `unicode: false` as deprecated; that choice is deliberate (see below), so drop only that warning.
const quietAboutUnicode = {
  log: (...args: unknown[]) => console.log(...args),
  warn: (...args: unknown[]) => {
    if (!String(args[0]).startsWith('DEPRECATED: option unicode')) console.warn(...args);
  },
  error: (...args: unknown[]) => console.error(...args),
};

export class SchemaCompileError extends Error {
  override name = 'SchemaCompileError';
}

export interface CompileOptions {
  /** Where the schemas come from, written into the generated file's header. */
  sourceLabel: string;
  /** The command that regenerates the file, written into its header. */
  regenerateWith: string;
}

/**
 * Compiles JSON Schemas to one self-contained ESM TypeScript module of validators, at BUILD time,
 * so no function pays ajv's compile cost (tens of ms per schema) at cold start.
 * Each key of `schemas` becomes an exported validator of that name.
 *
 * Build tooling only: it needs `ajv` (an optional peer) and is never imported by a handler.
 *
 * @example
 * writeFileSync('src/validators.generated.ts', compileValidators({ CreateOrder: schema }, opts));
 */
export function compileValidators(schemas: Record<string, AnySchema>, options: CompileOptions): string {
  const ajv = new Ajv({
    code: { source: true, esm: true, lines: false },
    allErrors: true,
    strict: true,
    // Count string length in UTF-16 units: the unicode-aware counter is a runtime `require()`.
    unicode: false,
    logger: quietAboutUnicode,
  });
  for (const [name, format] of Object.entries(FORMATS)) ajv.addFormat(name, format);

  const refs: Record<string, string> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new SchemaCompileError(`"${name}" is not a valid export name`);
    ajv.addSchema(schema, name);
    refs[name] = name;
  }
  // ajv ships CommonJS typed as an ES default export; under NodeNext the callable is `.default`.
  const code = standalone.default(ajv, refs);
  // ajv's "ESM" output still require()s runtime helpers (deep equality, unicode length,
  // function formats); an ESM Lambda bundle cannot load those, so refuse them here.
  const required = code.match(/require\("([^"]+)"\)/);
  if (required) {
    throw new SchemaCompileError(
      `schemas need ajv runtime helper "${required[1]}", which a standalone ESM module cannot load; ` +
        'avoid object-valued enum/const, uniqueItems on objects and non-regex formats',
    );
  }
  return [
    `// Generated from ${options.sourceLabel} by @commerce/shared-core/schemas. Do not edit:`,
    `// run \`${options.regenerateWith}\` instead.`,
    '// @ts-nocheck -- ajv standalone output; typed by the module that re-exports it.',
    '/* eslint-disable */',
    code.replace(/^"use strict";/, ''),
    '',
  ].join('\n');
}
