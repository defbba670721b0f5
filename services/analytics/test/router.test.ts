// First: the entry point loads its settings at import, as in Lambda.
import './helpers/environment.js';
import { createHash } from 'node:crypto';
import { httpRequest, lambdaContext } from '@commerce/testing';
import { createAnalytics } from '../src/domain/analytics.js';
import { createAnalyticsRouter } from '../src/router.js';
import { AFTER_THE_FIRST_ORDER, everyExample } from './helpers/examples.js';
import { createInMemoryMetrics } from './helpers/in-memory-metrics.js';

const routerWithEveryExample = async () => {
  const analytics = createAnalytics({ metrics: createInMemoryMetrics(), now: () => AFTER_THE_FIRST_ORDER });
  for (const event of everyExample()) await analytics.record(event);
  return createAnalyticsRouter(analytics);
};

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const inline = (html: string, tag: 'script' | 'style') => new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(html)?.[1];

describe('GET /analytics/summary', () => {
  it('answers the summary as JSON, not to be cached', async () => {
    const handler = await routerWithEveryExample();

    const response = await handler(httpRequest('GET', '/analytics/summary'), lambdaContext);

    expect(response.statusCode).toBe(200);
    expect(response.headers).toMatchObject({ 'content-type': 'application/json', 'cache-control': 'no-store' });
    expect(JSON.parse(response.body ?? '{}')).toMatchObject({
      generatedAt: AFTER_THE_FIRST_ORDER.toISOString(),
      orders: { placed: 3, confirmed: 2, cancelled: 4, pending: 0 },
      revenue: { EUR: 30544 },
      latencyMs: { count: 2, p50: 2451 },
      perMinute: expect.arrayContaining([expect.objectContaining({ minute: '2025-03-14T09:26:00.000Z', placed: 1 })]),
    });
  });

  it('answers 405 problem+json to a POST', async () => {
    const handler = await routerWithEveryExample();

    const response = await handler(httpRequest('POST', '/analytics/summary'), lambdaContext);

    expect(response.statusCode).toBe(405);
    expect(response.headers?.['content-type']).toBe('application/problem+json');
  });
});

describe('GET /dashboard', () => {
  const dashboard = async () => {
    const handler = await routerWithEveryExample();
    const response = await handler(httpRequest('GET', '/dashboard'), lambdaContext);
    return { response, html: response.body ?? '' };
  };

  it('serves one HTML page, as HTML rather than a JSON string, not to be cached', async () => {
    const { response, html } = await dashboard();

    expect(response.statusCode).toBe(200);
    expect(response.headers).toMatchObject({ 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('</html>');
  });

  it.each([
    'orders-placed',
    'orders-confirmed',
    'orders-cancelled',
    'orders-pending',
    'revenue',
    'conversion',
    'latency-p50',
    'latency-p95',
    'latency-p99',
    'per-minute-chart',
    'status-chart',
    'updated-at',
  ])('has an element with data-testid="%s"', async (testId) => {
    const { html } = await dashboard();

    expect(html.match(new RegExp(`data-testid="${testId}"`, 'g'))).toHaveLength(1);
  });

  it('allows exactly its own inline script and style, by hash, and fetches only from its origin', async () => {
    const { response, html } = await dashboard();
    const csp = response.headers?.['content-security-policy'] ?? '';
    const script = inline(html, 'script');
    const style = inline(html, 'style');

    expect(script).toContain("fetch('analytics/summary'");
    expect(csp).toContain(`script-src ${sha256(script!)}`);
    expect(csp).toContain(`style-src ${sha256(style!)}`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('loads nothing from elsewhere and refreshes itself with a script, not a meta refresh', async () => {
    const { html } = await dashboard();

    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/);
    expect(html).not.toMatch(/http-equiv/i);
    expect(inline(html, 'script')).toContain('setTimeout(refresh, REFRESH_MS)');
    expect(Buffer.byteLength(html)).toBeLessThan(16 * 1024);
  });
});
