import { runProbe } from './child.js';
import { rotate } from './stats.js';

export interface WarmTarget {
  file: string;
  kind: 'http' | 'sqs';
  invocations: number;
  batchSize: number;
}

/**
 * ns per invocation, one fresh process per fixture per repeat, repeats interleaved like the cold
 * rounds. A fresh process each time keeps one fixture's JIT state and heap from colouring another's.
 */
export const measureWarm = async (
  probe: string,
  targets: Record<string, WarmTarget>,
  repeats: number,
): Promise<Record<string, number[]>> => {
  const samples: Record<string, number[]> = {};
  for (const name of Object.keys(targets)) samples[name] = [];
  for (let repeat = 0; repeat < repeats; repeat += 1) {
    for (const name of rotate(Object.keys(targets), repeat)) {
      const { file, kind, invocations, batchSize } = targets[name] as WarmTarget;
      const args = [file, kind, String(invocations), String(batchSize)];
      const { nsPerInvocation } = await runProbe<{ nsPerInvocation: number }>(probe, args);
      samples[name]?.push(nsPerInvocation);
    }
  }
  return samples;
};
