import { ESLint } from 'eslint';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });

/** Lints `code` as if it lived at `file`, and returns the boundary violations ESLint reports. */
const boundaryErrors = async (file: string, code: string): Promise<string[]> => {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? [])
    .filter((message) => ['no-restricted-imports', 'workspace/no-relative-crossing'].includes(message.ruleId ?? ''))
    .map((message) => message.message);
};

describe('import boundaries', () => {
  it.each([
    [
      "a package's src internals",
      "import { createRouter } from '@commerce/shared-core/src/http/router.js';",
      'public entry point',
    ],
    [
      "a package's built internals",
      "import { x } from '@commerce/contracts/dist/catalog/index.js';",
      'public entry point',
    ],
    ['a package by relative path', "import { x } from '../../../../packages/shared-core/src/index.js';", 'by its name'],
    [
      'another service by relative path',
      "import { placeOrder } from '../../../orders/src/domain/place-order.js';",
      'another service',
    ],
    [
      'another service from a nested folder',
      "export { x } from '../../../payments/src/domain/charge.js';",
      'another service',
    ],
  ])('refuses a service importing %s', async (_case, code, reason) => {
    const errors = await boundaryErrors('services/inventory/src/domain/reserve.ts', code);

    expect(errors).toContainEqual(expect.stringContaining(reason));
  });

  it('allows public entry points and a service’s own modules', async () => {
    const code = [
      "import { createRouter } from '@commerce/shared-core/http';",
      "import { OrderPlacedV1 } from '@commerce/contracts';",
      "import { reserve } from './domain/reserve.js';",
      'export const used = [createRouter, OrderPlacedV1, reserve];',
    ].join('\n');

    await expect(boundaryErrors('services/inventory/src/router.ts', code)).resolves.toEqual([]);
  });
});
