import { createHash } from 'node:crypto';
import { SCRIPT } from './script.js';
import { STYLE } from './style.js';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Only the page's own inline script and stylesheet run (by hash, computed once per cold start), it
 * may only fetch from its own origin, and nothing may frame it.
 * https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy/script-src#unsafe_hashes
 */
export const DASHBOARD_CSP = [
  "default-src 'none'",
  `script-src ${sha256(SCRIPT)}`,
  `style-src ${sha256(STYLE)}`,
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const figure = (testId: string, title: string, unit = '') =>
  `<div><h2>${title}</h2><p><span data-testid="${testId}">\u2013</span>${unit}</p></div>`;

/**
 * The dashboard: one self-contained page (no CDN, no framework) that a person keeps open. Every
 * figure's element, found by its `data-testid`, holds the plain figure; units sit outside it.
 */
export const DASHBOARD_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>commerce analytics</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>commerce: orders, live</h1>
<p>updated <time data-testid="updated-at">\u2013</time> <span id="state">loading</span></p>
</header>
<main>
<div class="figures">
${figure('orders-placed', 'placed')}
${figure('orders-confirmed', 'confirmed')}
${figure('orders-cancelled', 'cancelled')}
${figure('orders-pending', 'pending')}
${figure('revenue', 'revenue')}
${figure('conversion', 'conversion', ' %')}
${figure('latency-p50', 'latency p50', ' ms')}
${figure('latency-p95', 'latency p95', ' ms')}
${figure('latency-p99', 'latency p99', ' ms')}
</div>
<section class="wide">
<h2>last 60 minutes (UTC, by event time)</h2>
<p class="legend"><span><b class="placed"></b>placed</span><span><b class="confirmed"></b>confirmed</span><span><b class="cancelled"></b>cancelled</span></p>
<svg data-testid="per-minute-chart" viewBox="0 0 600 160" role="img" aria-label="orders per minute"></svg>
</section>
<section>
<h2>orders by status</h2>
<svg data-testid="status-chart" viewBox="0 0 400 128" role="img" aria-label="orders by status"></svg>
</section>
<section>
<h2>cancellations by reason</h2>
<ul data-testid="cancellations"></ul>
<h2>saga latency</h2>
<p>placed \u2192 confirmed, <span data-testid="latency-count">0</span> orders</p>
</section>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
