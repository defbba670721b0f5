import { renderBenchmarks, sdkGroupKey } from '../scripts/bench/render-benchmarks.js';

const fn = (service: string, name: string, sdkPackages: string[]) => ({
  service,
  name,
  bytes: 150_000,
  gzipBytes: 24_000,
  sdkPackages,
});
const cost = (importMs: number, megabytes: number) => ({ importMs, rssBytes: megabytes * 1e6 });
const dynamo = '@aws-sdk/client-dynamodb';
const sqs = '@aws-sdk/client-sqs';

const markdown = renderBenchmarks({
  date: '2026-11-23',
  machine: '2 × test CPU',
  rounds: 9,
  budget: { minifiedBytes: 220_000, gzipBytes: 48_000 },
  functions: [fn('payments', 'charge', [dynamo, sqs]), fn('payments', 'router', [dynamo])],
  sdkImports: new Map([
    [dynamo, cost(150, 19)],
    [sqs, cost(100, 18)],
    [sdkGroupKey([sqs, dynamo]), cost(190, 24)],
  ]),
});
const rowOf = (start: string) => markdown.split('\n').find((line) => line.startsWith(`| ${start}`));

describe('BENCHMARKS.md', () => {
  it("shows each function's bundle against the budget and its SDK packages' cost imported together, not summed", () => {
    expect(rowOf('payments/charge')).toBe(
      '| payments/charge | 150.0 | 24.0 | 50 % | client-dynamodb, client-sqs | 190 | 24.0 |',
    );
    expect(rowOf('payments/router')).toBe('| payments/router | 150.0 | 24.0 | 50 % | client-dynamodb | 150 | 19.0 |');
  });

  it('lists each package alone, with the functions that import it', () => {
    expect(rowOf(dynamo)).toBe(`| ${dynamo} | 150.0 | 19.0 | every function |`);
    expect(rowOf(sqs)).toBe(`| ${sqs} | 100.0 | 18.0 | payments/charge |`);
    expect(markdown).not.toContain(`| ${sdkGroupKey([dynamo, sqs])} |`);
  });
});
