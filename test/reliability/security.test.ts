import { randomUUID } from 'node:crypto';
import { startSagaSystem, type SagaSystem } from '../e2e/saga-system.js';
import { recordFigures } from './figures.js';

/** The simulator's key in the local stage (services/payments/serverless.yml, params.local). */
const PROVIDER_API_KEY = 'sim_local_not_a_secret';

/** Headers every API response carries (shared-core's router). */
const SECURITY_HEADERS = [
  'x-content-type-options',
  'content-security-policy',
  'x-frame-options',
  'referrer-policy',
  'strict-transport-security',
  'cache-control',
];

/** One read per service, answered 200 or 404, and one bad request per service, answered 4xx. */
const PROBES = [
  ['orders', 'GET', '/orders/00000000-0000-4000-8000-000000000000'],
  ['orders', 'GET', `/orders/${'x'.repeat(300)}`],
  ['orders', 'POST', '/orders'],
  ['inventory', 'GET', '/inventory/SKU-SECURITY'],
  ['inventory', 'GET', '/inventory/%F0%9F%92%A5%00'],
  ['payments', 'GET', '/payments/00000000-0000-4000-8000-000000000000'],
  ['payments', 'GET', '/payments/not-an-id'],
  ['notifications', 'GET', '/notifications?orderId=00000000-0000-4000-8000-000000000000'],
  ['notifications', 'GET', '/notifications'],
  ['analytics', 'GET', '/analytics/summary'],
  ['platform', 'GET', '/events?correlationId=00000000-0000-4000-8000-000000000000'],
  ['platform', 'GET', '/events?correlationId=%27%3B--'],
] as const;

describe('security on the running system', () => {
  let saga: SagaSystem;

  beforeAll(async () => {
    saga = await startSagaSystem();
    await saga.setStock('SKU-SECURITY', 100, 1250);
  }, 1_200_000);

  afterAll(async () => {
    await saga?.stop();
  }, 60_000);

  it('never writes the payment provider key or a card token to any log of a full saga run', async () => {
    const tokens = ['tok_ok', 'tok_decline', 'tok_flaky', `tok_${randomUUID().replaceAll('-', '')}`];
    const orderIds: string[] = [];
    for (const paymentToken of tokens) {
      const placed = await saga.placeOrder(
        { customerId: randomUUID(), items: [{ sku: 'SKU-SECURITY', quantity: 1 }], paymentToken },
        randomUUID(),
      );
      expect(placed).toMatchObject({ status: 202 });
      orderIds.push(placed.body.orderId);
    }
    for (const orderId of orderIds) {
      const settled = await saga.settledOrder(orderId, 150_000);
      // Notifications and the audit are the last to read each event: wait for them too.
      await saga.eventually(
        () => saga.notifications(orderId),
        ({ body }) => body?.notifications?.some((n) => n.status === 'SENT') ?? false,
        150_000,
      );
      expect(['CONFIRMED', 'CANCELLED']).toContain(settled.status);
    }

    const logs = saga.serviceLogs();
    // The search must read the real logs: every order is logged by name somewhere, by several services.
    for (const orderId of orderIds) {
      const services = new Set(logs.filter(({ line }) => line.includes(orderId)).map(({ service }) => service));
      expect(services.size).toBeGreaterThanOrEqual(2);
    }
    const leaks = [PROVIDER_API_KEY, ...tokens].flatMap((secret) =>
      logs.filter(({ line }) => line.includes(secret)).map(({ service, line }) => `${service}: ${line.slice(0, 200)}`),
    );
    expect(leaks).toEqual([]);

    recordFigures('secrets-in-logs', {
      'log lines scanned': logs.length,
      'services logging': new Set(logs.map(({ service }) => service)).size,
      'secrets searched for': tokens.length + 1,
      'secrets found': leaks.length,
      'redacted values seen': logs.filter(({ line }) => line.includes('[REDACTED]')).length,
    });
  }, 600_000);

  it('answers every probe, good or bad, without a 5xx and with the security headers', async () => {
    const findings: string[] = [];
    let serverErrors = 0;
    for (const [service, method, path] of PROBES) {
      const response = await fetch(`${saga.system.urls.get(service)}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(method === 'POST' ? { body: '{"items": "not a list"' } : {}),
      });
      await response.arrayBuffer();
      if (response.status >= 500) serverErrors++;
      if (response.status >= 500) findings.push(`${method} ${service}${path}: ${response.status}`);
      const missing = SECURITY_HEADERS.filter((name) => !response.headers.has(name));
      if (missing.length > 0) findings.push(`${method} ${service}${path}: no ${missing.join(', ')}`);
    }

    expect(findings).toEqual([]);

    recordFigures('security-headers', {
      'responses probed': PROBES.length,
      'responses without a security header': findings.length - serverErrors,
      '5xx seen': serverErrors,
    });
  }, 120_000);

  it("lets the storefront's origin, and no other, through the customer API's CORS preflight", async () => {
    const preflight = (origin: string) =>
      fetch(`${saga.system.urls.get('orders')}/orders`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,idempotency-key',
        },
      });

    const storefront = await preflight('http://localhost:3000');
    const stranger = await preflight('https://attacker.example');

    expect(storefront.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(storefront.headers.get('access-control-allow-methods')).toContain('POST');
    expect(storefront.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('idempotency-key');
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
  }, 60_000);
});
