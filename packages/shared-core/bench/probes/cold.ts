import { pathToFileURL } from 'node:url';
import { report } from './report.js';

// usage: node cold.mjs <bundle.mjs>. Times what Lambda's init phase pays for the module: loading,
// evaluating, and the top-level work (createRouter, createLogger) that runs on import.
const bundle = process.argv[2];
if (!bundle) throw new Error('usage: cold.mjs <bundle>');
const url = pathToFileURL(bundle).href;

const start = process.hrtime.bigint();
const loaded = (await import(url)) as { handler?: unknown };
const importNs = Number(process.hrtime.bigint() - start);

if (typeof loaded.handler !== 'function') throw new Error(`${bundle} exports no handler`);
report({ importNs, rss: process.memoryUsage.rss() });
