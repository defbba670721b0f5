import { publisherOf, type DeployTarget } from './publishers.js';

/** Where the stack is going. */
export interface DeployDestination extends DeployTarget {
  readonly region: string;
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/**
 * The names grouped under what makes them exist, in the order each remedy first appears among the
 * sorted names, so one remedy ("deploy platform first") is said once for all it fixes.
 */
const byRemedy = (names: readonly string[], target: DeployTarget): Map<string, string[]> => {
  const groups = new Map<string, string[]>();
  for (const name of [...names].sort()) {
    const remedy = publisherOf(name, target);
    groups.set(remedy, [...(groups.get(remedy) ?? []), name]);
  }
  return groups;
};

/**
 * The one message a deploy stops with when SSM parameters it reads are missing: every name, under
 * what to do about it.
 *
 * @example
 * missingParametersMessage(['/commerce/dev/platform/event-bus-name'], { service: 'orders', stage: 'dev', region: 'us-east-1' });
 * // orders cannot deploy to stage dev (us-east-1): 1 SSM parameter it reads does not exist.
 * //   deploy platform to stage dev first:
 * //     /commerce/dev/platform/event-bus-name
 * // Nothing was deployed. How a stage is brought up, in order: docs/deploying.md.
 */
export const missingParametersMessage = (names: readonly string[], destination: DeployDestination): string => {
  const { service, stage, region } = destination;
  const lines = [
    `${service} cannot deploy to stage ${stage} (${region}): ` +
      `${plural(names.length, 'SSM parameter it reads does not exist', 'SSM parameters it reads do not exist')}.`,
  ];
  for (const [remedy, grouped] of byRemedy(names, destination)) {
    lines.push(`  ${remedy}:`, ...grouped.map((name) => `    ${name}`));
  }
  lines.push('Nothing was deployed. How a stage is brought up, in order: docs/deploying.md.');
  return lines.join('\n');
};
