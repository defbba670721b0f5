/** Per function: how often one order invokes it and how long it ran, so the GB-s can be traced. */
import type { PhaseCounts } from './counts.js';

export const lambdaTable = (phases: ReadonlyMap<string, PhaseCounts>): string[] => {
  const outcomes = [...phases.keys()];
  const functions = [
    ...new Set(
      [...phases.values()].flatMap(({ invocations }) => invocations.map((i) => `${i.service}/${i.functionKey}`)),
    ),
  ].sort();
  const cell = (outcome: string, name: string): string => {
    const { orders, invocations } = phases.get(outcome) as PhaseCounts;
    const mine = invocations.filter((i) => `${i.service}/${i.functionKey}` === name);
    if (mine.length === 0) return '–';
    const meanMs = mine.reduce((sum, i) => sum + i.billedMs, 0) / mine.length;
    return `${(mine.length / orders).toFixed(2)} × ${meanMs.toFixed(0)} ms`;
  };
  return [
    `| function | ${outcomes.join(' | ')} |`,
    `| --- | ${outcomes.map(() => '---').join(' | ')} |`,
    ...functions.map((name) => `| ${name} | ${outcomes.map((outcome) => cell(outcome, name)).join(' | ')} |`),
  ];
};
