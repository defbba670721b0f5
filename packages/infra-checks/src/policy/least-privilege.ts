import type { StackCheck } from '../check.js';
import { policyStatementsOf, type PolicyStatement } from './statements.js';

/**
 * Actions AWS does not scope to a resource, so `Resource: "*"` is the only way to grant them. Each
 * exception says why; anything else on `*` is a finding.
 */
export const WILDCARD_RESOURCE_EXCEPTIONS: Readonly<Record<string, string>> = {
  'xray:PutTraceSegments': 'X-Ray has no resource-level permissions for sending traces',
  'xray:PutTelemetryRecords': 'X-Ray has no resource-level permissions for sending telemetry',
};

const SERVICE_WIDE = /^([a-z0-9-]+:)?\*$/i;

const findingsOf = (statement: PolicyStatement): string[] => {
  if (!statement.allows) return [];
  // Its lists name what is *not* granted, so nothing below applies.
  if (statement.negated) return ['uses NotAction/NotResource, which grants everything not listed'];
  const problems: string[] = [];
  const wide = statement.actions.filter((action) => SERVICE_WIDE.test(action));
  if (wide.length > 0) problems.push(`grants ${wide.join(', ')}: name the actions it needs`);
  if (statement.resources.includes('*')) {
    const unscoped = statement.actions.filter((action) => !(action in WILDCARD_RESOURCE_EXCEPTIONS));
    if (unscoped.length > 0) problems.push(`grants ${unscoped.join(', ')} on Resource "*": name the resources`);
  }
  return problems;
};

export const leastPrivilege: StackCheck = {
  name: 'least-privilege',
  rule: 'No IAM action `*` or `service:*`, no NotAction/NotResource, no Resource `*` except the documented exceptions.',
  run: ({ template }) =>
    policyStatementsOf(template).flatMap((statement) =>
      findingsOf(statement).map((message) => ({ resource: statement.where, message })),
    ),
};
