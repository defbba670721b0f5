/**
 * commerce-compile-schemas <schemas-module> <output-file> [--check]
 *
 * Compiles the `schemas` export of a module (TypeScript is loaded through tsx) into a standalone
 * validator module. With --check it writes nothing and exits 1 when the output is stale, which is
 * how the test command keeps committed validators in step with their schemas.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileValidators } from './compile.js';

const [modulePath, outputPath, flag] = process.argv.slice(2);
if (!modulePath || !outputPath || (flag !== undefined && flag !== '--check')) {
  console.error('usage: commerce-compile-schemas <schemas-module> <output-file> [--check]');
  process.exit(2);
}

const { tsImport } = (await import('tsx/esm/api')) as {
  tsImport: (specifier: string, parent: string) => Promise<Record<string, unknown>>;
};
const loaded = await tsImport(pathToFileURL(resolve(modulePath)).href, import.meta.url);
const schemas = loaded['schemas'];
if (typeof schemas !== 'object' || schemas === null) {
  console.error(`${modulePath} must export \`schemas\`: an object of JSON Schemas keyed by validator name`);
  process.exit(2);
}

const label = relative(process.cwd(), resolve(modulePath));
const regenerate = `commerce-compile-schemas ${label} ${relative(process.cwd(), resolve(outputPath))}`;
const code = compileValidators(schemas as Record<string, object>, { sourceLabel: label, regenerateWith: regenerate });

if (flag === '--check') {
  let current = '';
  try {
    current = readFileSync(outputPath, 'utf8');
  } catch {
    // A missing file is simply stale.
  }
  if (current !== code) {
    console.error(`${outputPath} is out of date with ${label}: run \`${regenerate}\``);
    process.exit(1);
  }
} else {
  writeFileSync(outputPath, code);
}
