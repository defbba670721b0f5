import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileValidators, SchemaCompileError } from '../../../src/schemas/index.js';

const options = { sourceLabel: 'test', regenerateWith: 'test' };
const orderSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['orderId', 'placedAt'],
  properties: {
    orderId: { type: 'string', format: 'uuid' },
    placedAt: { type: 'string', format: 'date-time' },
    note: { type: 'string', maxLength: 5 },
  },
};

/** Loads generated source the way a bundle would: as an ES module with no helpers to import. */
const load = async (code: string): Promise<Record<string, (data: unknown) => boolean>> => {
  const dir = mkdtempSync(join(tmpdir(), 'validators-'));
  try {
    const file = join(dir, 'validators.mjs');
    writeFileSync(file, code);
    return (await import(file)) as Record<string, (data: unknown) => boolean>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

describe('compileValidators', () => {
  it('emits a dependency-free ES module whose validators accept valid and reject invalid data', async () => {
    const code = compileValidators({ validateOrder: orderSchema }, options);
    const { validateOrder } = await load(code);

    expect(code).not.toMatch(/require\(|from ['"]ajv/);
    expect(validateOrder?.({ orderId: '0b7f3c1e-4a55-4c1a-9f0e-5d7e2b1c9a10', placedAt: '2026-11-22T10:00:00Z' })).toBe(
      true,
    );
    expect(validateOrder?.({ orderId: 'nope', placedAt: '2026-11-22T10:00:00Z' })).toBe(false);
    expect(validateOrder?.({ orderId: '0b7f3c1e-4a55-4c1a-9f0e-5d7e2b1c9a10', placedAt: 'yesterday' })).toBe(false);
    expect(
      validateOrder?.({
        orderId: '0b7f3c1e-4a55-4c1a-9f0e-5d7e2b1c9a10',
        placedAt: '2026-11-22T10:00:00Z',
        note: 'too long',
      }),
    ).toBe(false);
  });

  it('is deterministic, so committed output can be checked for freshness', () => {
    expect(compileValidators({ validateOrder: orderSchema }, options)).toBe(
      compileValidators({ validateOrder: orderSchema }, options),
    );
  });

  it('refuses a schema that would need an ajv runtime helper', () => {
    const needsDeepEqual = { enum: [{ a: 1 }, { b: 2 }] };

    expect(() => compileValidators({ validateThing: needsDeepEqual }, options)).toThrow(SchemaCompileError);
  });

  it('refuses an unknown keyword instead of ignoring it', () => {
    expect(() => compileValidators({ validateThing: { type: 'string', minLenght: 3 } }, options)).toThrow(/minLenght/);
  });
});

describe('commerce-compile-schemas --check', () => {
  const cli = join(import.meta.dirname, '../../../src/schemas/cli.ts');
  const tsx = join(import.meta.dirname, '../../../node_modules/.bin/tsx');

  it('fails with the command to run when the committed output is stale, and passes once regenerated', () => {
    const dir = mkdtempSync(join(tmpdir(), 'schemas-cli-'));
    try {
      const source = join(dir, 'schemas.ts');
      const output = join(dir, 'validators.generated.ts');
      writeFileSync(source, `export const schemas = { validateOrder: ${JSON.stringify(orderSchema)} };`);
      writeFileSync(output, '// stale');

      const stale = () => execFileSync(tsx, [cli, source, output, '--check'], { cwd: dir, stdio: 'pipe' });
      expect(stale).toThrow(/out of date.*run `commerce-compile-schemas/s);

      execFileSync(tsx, [cli, source, output], { cwd: dir, stdio: 'pipe' });
      expect(readFileSync(output, 'utf8')).toContain('export const validateOrder');
      expect(() => stale()).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
