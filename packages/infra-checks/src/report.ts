import type { Violation } from './check.js';
import type { Stack } from './template.js';

/** One line per stack (✔ or ✘), each violation under its stack, and a total. */
export const formatReport = (stacks: readonly Stack[], violations: readonly Violation[], checks: number): string => {
  const lines = stacks.map((stack) => {
    const own = violations.filter((v) => v.service === stack.service && v.stage === stack.stage);
    const head = `${own.length === 0 ? '✔' : '✘'} ${stack.service} (${stack.stage})`;
    return [head, ...own.map((v) => `    ${v.check}: ${v.resource} ${v.message}`)].join('\n');
  });
  const unplaced = violations.filter((v) => !stacks.some((s) => s.service === v.service && s.stage === v.stage));
  const total =
    violations.length === 0
      ? `${checks} checks passed on ${stacks.length} stacks`
      : `${violations.length} violation(s) of ${checks} checks on ${stacks.length} stacks`;
  return [...lines, ...unplaced.map((v) => `✘ ${v.check} (${v.stage}): ${v.resource} ${v.message}`), total].join('\n');
};
