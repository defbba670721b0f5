import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_BUDGET } from '../scripts/bundles/budgets.js';
import { bundleFindings, type SizedBundle } from '../scripts/bundles/bundle-findings.js';
import { bundleFunction, declaredFunctions } from '../scripts/bundles/bundle-function.js';

const orders = fileURLToPath(new URL('../services/orders', import.meta.url));
const budget = { minifiedBytes: 100_000, gzipBytes: 30_000 };
const sized = (overrides: Partial<SizedBundle>): SizedBundle => ({
  service: 'orders',
  name: 'router',
  bytes: 90_000,
  gzipBytes: 25_000,
  inputs: ['src/router.ts', '../../node_modules/.pnpm/pino@9.0.0/node_modules/pino/pino.js'],
  ...overrides,
});

describe('bundle findings', () => {
  it('passes a bundle within budget whose validators were compiled at build time', () => {
    const standalone = '../../node_modules/.pnpm/ajv@8.17.1/node_modules/ajv/dist/runtime/ucs2length.js';

    expect(bundleFindings(sized({ inputs: ['src/router.ts', standalone] }), budget)).toEqual([]);
  });

  it('names the function and the budget it is over, minified and gzip', () => {
    expect(bundleFindings(sized({ bytes: 120_000, gzipBytes: 31_000 }), budget)).toEqual([
      'orders/router: 120.0 KB minified, over its budget of 100.0 KB',
      'orders/router: 31.0 KB gzip, over its budget of 30.0 KB',
    ]);
  });
});

describe('bundling a function as its serverless.yml asks', () => {
  let scratch: string;

  beforeAll(() => {
    // Inside orders, so `ajv` resolves from its dependencies; the same esbuild settings as orders.
    scratch = mkdtempSync(join(orders, '.bundle-check-'));
    copyFileSync(join(orders, 'serverless.yml'), join(scratch, 'serverless.yml'));
    mkdirSync(join(scratch, 'src'));
    writeFileSync(
      join(scratch, 'src', 'compiles-at-cold-start.ts'),
      [
        "import { Ajv } from 'ajv';",
        "const validate = new Ajv().compile({ type: 'object', required: ['orderId'] });",
        'export const handler = async (event: unknown) => ({ valid: validate(event) });',
      ].join('\n'),
    );
  });

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("finds every function of orders' serverless.yml within the repository's budget", async () => {
    const functions = declaredFunctions('orders', orders);
    const bundles = await Promise.all(functions.map((fn) => bundleFunction(orders, fn)));

    expect(functions.map((fn) => fn.name)).toEqual(['router', 'inventoryOutcome', 'paymentOutcome']);
    expect(bundles.flatMap((bundle) => bundleFindings(bundle, BUNDLE_BUDGET))).toEqual([]);
    // The SDK stays out, as Lambda's runtime provides it.
    expect(bundles.flatMap((bundle) => bundle.inputs).filter((input) => input.includes('@aws-sdk'))).toEqual([]);
  }, 60_000);

  it("leaves the SQS client out of payments' charge cold start: only a retry imports it", async () => {
    const payments = fileURLToPath(new URL('../services/payments', import.meta.url));
    const charge = declaredFunctions('payments', payments).find((fn) => fn.name === 'charge')!;
    const bundle = await bundleFunction(payments, charge);

    expect(bundle.lazySdkPackages).toEqual(['@aws-sdk/client-sqs']);
    expect(bundle.sdkPackages).not.toContain('@aws-sdk/client-sqs');
    expect(bundle.sdkPackages).toContain('@aws-sdk/client-dynamodb');
  }, 60_000);

  it('fails a function that compiles a schema when it starts', async () => {
    const bundle = await bundleFunction(scratch, {
      service: 'orders',
      name: 'compilesAtColdStart',
      entry: 'src/compiles-at-cold-start.ts',
    });

    expect(bundleFindings(bundle, BUNDLE_BUDGET)).toEqual([
      expect.stringMatching(
        /^orders\/compilesAtColdStart: compiles schemas at cold start \(.*node_modules\/ajv\/.* is bundled\); compile them at build time/,
      ),
    ]);
  }, 60_000);
});
