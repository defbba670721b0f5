/**
 * The dashboard's script, inlined in a `<script>` the CSP allows by its hash (page.ts). Plain ES2020
 * for any current browser: it fetches the summary every 5 seconds and draws the charts as SVG. It
 * only ever sets `textContent` and SVG attributes, never HTML, so no figure can inject markup.
 */
export const SCRIPT = `
const REFRESH_MS = 5000;
const SVG = 'http://www.w3.org/2000/svg';
const COLORS = { placed: '#2563eb', confirmed: '#059669', cancelled: '#dc2626', pending: '#d97706' };
const $ = (id) => document.querySelector('[data-testid="' + id + '"]') || document.getElementById(id);
const text = (id, value) => { $(id).textContent = value; };
const dash = (value) => (value === null || value === undefined ? '\\u2013' : String(value));
// Minor units in the currency's own decimals (EUR 2, JPY 0), as Intl knows them.
const money = (minor, currency) => {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
  return (minor / 10 ** digits).toFixed(digits) + ' ' + currency;
};
const node = (parent, name, attributes, content) => {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (content !== undefined) element.textContent = content;
  parent.appendChild(element);
  return element;
};
const clear = (svg) => { while (svg.firstChild) svg.removeChild(svg.firstChild); };

function drawStatus(orders) {
  const svg = $('status-chart');
  clear(svg);
  const rows = ['placed', 'confirmed', 'cancelled', 'pending'];
  const top = Math.max(1, ...rows.map((row) => orders[row]));
  rows.forEach((row, i) => {
    const y = 8 + i * 30;
    node(svg, 'text', { x: 0, y: y + 15 }, row);
    node(svg, 'rect', { x: 80, y, height: 20, width: Math.max(1, (orders[row] / top) * 260), fill: COLORS[row], rx: 2 });
    node(svg, 'text', { x: 86 + (orders[row] / top) * 260, y: y + 15 }, String(orders[row]));
  });
}

function drawSeries(perMinute) {
  const svg = $('per-minute-chart');
  clear(svg);
  const width = 600, height = 160, left = 30, bottom = 20;
  const series = ['placed', 'confirmed', 'cancelled'];
  const top = Math.max(1, ...perMinute.flatMap((minute) => series.map((name) => minute[name])));
  const y = (value) => height - bottom - (value / top) * (height - bottom - 10);
  node(svg, 'line', { x1: left, x2: width, y1: y(0), y2: y(0), stroke: 'currentColor', 'stroke-opacity': 0.2 });
  node(svg, 'text', { x: 0, y: y(top) + 4 }, String(top));
  node(svg, 'text', { x: 0, y: y(0) + 4 }, '0');
  const clock = (iso) => iso.slice(11, 16);
  if (perMinute.length > 0) {
    node(svg, 'text', { x: left, y: height - 4 }, clock(perMinute[0].minute));
    node(svg, 'text', { x: width - 34, y: height - 4 }, clock(perMinute[perMinute.length - 1].minute));
  }
  // Grouped bars, one group per minute: lines would hide one another where series coincide.
  const slot = (width - left) / Math.max(1, perMinute.length);
  const bar = Math.max(1, (slot - 1) / series.length);
  perMinute.forEach((minute, i) => {
    series.forEach((name, s) => {
      if (minute[name] === 0) return;
      const barTop = y(minute[name]);
      node(svg, 'rect', { x: (left + i * slot + s * bar).toFixed(1), y: barTop.toFixed(1), width: bar.toFixed(1), height: (y(0) - barTop).toFixed(1), fill: COLORS[name], 'data-series': name, 'data-minute': minute.minute });
    });
  });
}

function drawList(id, entries, format) {
  const list = $(id);
  while (list.firstChild) list.removeChild(list.firstChild);
  if (entries.length === 0) entries = [['none yet', null]];
  for (const [name, value] of entries) {
    const item = document.createElement('li');
    const label = document.createElement('span');
    const figure = document.createElement('span');
    label.textContent = name;
    figure.textContent = value === null ? '' : format(value, name);
    item.append(label, figure);
    list.appendChild(item);
  }
}

function show(summary) {
  for (const status of ['placed', 'confirmed', 'cancelled', 'pending']) text('orders-' + status, summary.orders[status]);
  const revenue = Object.entries(summary.revenue);
  text('revenue', revenue.length === 0 ? '0.00' : revenue.map(([currency, minor]) => money(minor, currency)).join(' \\u00b7 '));
  text('conversion', summary.conversion === null ? dash(null) : (summary.conversion * 100).toFixed(1));
  for (const p of ['p50', 'p95', 'p99']) text('latency-' + p, dash(summary.latencyMs[p]));
  text('latency-count', summary.latencyMs.count);
  drawStatus(summary.orders);
  drawSeries(summary.perMinute);
  drawList('cancellations', Object.entries(summary.cancellations), String);
  const updated = $('updated-at');
  updated.textContent = summary.generatedAt;
  updated.setAttribute('datetime', summary.generatedAt);
}

async function refresh() {
  const state = $('state');
  try {
    const response = await fetch('analytics/summary', { headers: { accept: 'application/json' }, cache: 'no-store' });
    if (!response.ok) throw new Error('HTTP ' + response.status);
    show(await response.json());
    state.textContent = 'live';
    state.className = '';
  } catch (error) {
    state.textContent = 'cannot reach the summary (' + error.message + '); retrying';
    state.className = 'error';
  } finally {
    setTimeout(refresh, REFRESH_MS);
  }
}

refresh();
`;
