/**
 * Policy and contract checks over services' packaged CloudFormation templates. `runChecks` takes
 * the stacks (one per service and stage) and returns every violation; src/cli.ts packages the
 * services and prints them (`pnpm check:infra`).
 *
 * @example
 * const violations = runChecks([{ service: 'orders', stage: 'prod', template }]);
 */
import type { StackCheck, SystemCheck, Violation } from './check.js';
import { consumerRouting } from './contracts/consumer-routing.js';
import { producerTransports } from './contracts/producer-transports.js';
import { unroutedEvents } from './contracts/unrouted-events.js';
import { consumedQueues } from './policy/consumed-queues.js';
import { crossServiceReferences } from './policy/cross-service-references.js';
import { httpRoutes } from './policy/http-routes.js';
import { leastPrivilege, WILDCARD_RESOURCE_EXCEPTIONS } from './policy/least-privilege.js';
import { ownRole } from './policy/own-role.js';
import { publishRights } from './policy/publish-rights.js';
import { queuePolicies } from './policy/queue-policies.js';
import { queueTargets } from './policy/queue-targets.js';
import { stageScopedNames } from './policy/stage-scoped-names.js';
import type { Stack } from './template.js';

export type { Finding, StackCheck, SystemCheck, Violation } from './check.js';
export type { Stack, Template } from './template.js';
export { WILDCARD_RESOURCE_EXCEPTIONS };

export const STACK_CHECKS: readonly StackCheck[] = [
  ownRole,
  leastPrivilege,
  publishRights,
  consumedQueues,
  httpRoutes,
  queueTargets,
  queuePolicies,
  crossServiceReferences,
  stageScopedNames,
  consumerRouting,
  producerTransports,
];

export const SYSTEM_CHECKS: readonly SystemCheck[] = [unroutedEvents];

export interface RunOptions {
  /** Run the checks that need every service's stack (off when checking one team's service alone). */
  readonly wholeSystem: boolean;
}

export const runChecks = (stacks: readonly Stack[], { wholeSystem }: RunOptions): Violation[] => {
  const perStack = stacks.flatMap((stack) =>
    STACK_CHECKS.flatMap((check) =>
      check
        .run(stack)
        .map((finding) => ({ ...finding, check: check.name, service: stack.service, stage: stack.stage })),
    ),
  );
  if (!wholeSystem) return perStack;
  const stages = [...new Set(stacks.map((stack) => stack.stage))];
  const system = stages.flatMap((stage) =>
    SYSTEM_CHECKS.flatMap((check) =>
      check
        .run(stacks.filter((stack) => stack.stage === stage))
        .map((finding) => ({ ...finding, check: check.name, stage })),
    ),
  );
  return [...perStack, ...system];
};
