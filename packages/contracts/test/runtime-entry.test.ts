import { build } from 'esbuild';
import { join } from 'node:path';
import { listEntries } from '../src/catalog/index.js';
import * as runtime from '../src/index.js';

const packageDir = join(import.meta.dirname, '..');

/** The runtime exports that are event contracts, by export name. */
const runtimeContracts = Object.entries(runtime).filter(
  (entry): entry is [string, (typeof runtime.ALL_CONTRACTS)[number]] =>
    typeof entry[1] === 'object' && !Array.isArray(entry[1]) && 'validate' in entry[1],
);

describe('the runtime entry @commerce/contracts', () => {
  it('exports one contract per catalog entry, named <Type>V<version>, and nothing more', () => {
    const expected = listEntries().map((entry) => [`${entry.type}V${entry.version}`, entry.type, entry.version]);

    const actual = runtimeContracts.map(([name, contract]) => [name, contract.type, contract.version]);

    expect(actual.sort()).toEqual(expected.sort());
  });

  it('lists every contract in ALL_CONTRACTS, in catalog order', () => {
    const catalogOrder = listEntries().map((entry) => `${entry.type} v${entry.version}`);

    expect(runtime.ALL_CONTRACTS.map((contract) => `${contract.type} v${contract.version}`)).toEqual(catalogOrder);
  });

  it('freezes its contracts, so no service can swap a validator for everyone', () => {
    expect(runtime.ALL_CONTRACTS.every((contract) => Object.isFrozen(contract))).toBe(true);
  });

  it('bundles only the contracts and their compiled validators: no schemas, examples or consumers', async () => {
    const result = await build({
      entryPoints: [join(packageDir, 'src/index.ts')],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'node',
      logLevel: 'silent',
    });

    const inputs = Object.keys(result.metafile.inputs).map((input) => input.replace(/^.*packages\/contracts\//, ''));

    expect(inputs.sort()).toEqual(['src/contracts.ts', 'src/index.ts', 'src/validators.generated.ts']);
  });
});
