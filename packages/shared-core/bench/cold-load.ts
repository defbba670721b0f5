import { runProbe } from './child.js';
import { rotate } from './stats.js';

export interface ColdSamples {
  importMs: number[];
  rssBytes: number[];
}

/**
 * One fresh process per fixture per round, rounds interleaved (ABCDE, BCDEA, ...), so a burst of
 * load on the shared cores lands on every fixture alike instead of on whichever ran then.
 */
export const measureColdLoad = async (
  probe: string,
  bundles: Record<string, string>,
  rounds: number,
): Promise<Record<string, ColdSamples>> => {
  const samples: Record<string, ColdSamples> = {};
  for (const name of Object.keys(bundles)) samples[name] = { importMs: [], rssBytes: [] };
  for (let round = 0; round < rounds; round += 1) {
    for (const name of rotate(Object.keys(bundles), round)) {
      const { importNs, rss } = await runProbe<{ importNs: number; rss: number }>(probe, [bundles[name] as string]);
      samples[name]?.importMs.push(importNs / 1e6);
      samples[name]?.rssBytes.push(rss);
    }
  }
  return samples;
};
