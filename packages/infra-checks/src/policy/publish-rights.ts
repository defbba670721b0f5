import { busArnExport, busNameParameter, ownSource, topicArnParameter } from '../agreements.js';
import type { Finding, StackCheck } from '../check.js';
import { importedNamesIn, isObject, referenceOf, ssmNamesIn, type Json, type Stack } from '../template.js';
import { grants, policyStatementsOf, type PolicyStatement } from './statements.js';

const isOwnTopic = (resource: Json, { stage, service }: Stack): boolean =>
  typeof resource === 'string' && resource === `{{resolve:ssm:${topicArnParameter(stage, service)}}}`;

const isTheBus = (resource: Json, { stage }: Stack): boolean =>
  ssmNamesIn(resource).includes(busNameParameter(stage)) ||
  importedNamesIn(resource).includes(busArnExport(stage)) ||
  referenceOf(resource)?.logicalId === 'EventBus';

/** The `events:source` values a PutEvents statement is conditioned on (StringEquals only: anything looser is not a bound). */
const sourcesAllowed = (statement: PolicyStatement): Json[] | undefined => {
  const equals = statement.condition?.['StringEquals'];
  const source = isObject(equals) ? equals['events:source'] : undefined;
  if (source === undefined) return undefined;
  return Array.isArray(source) ? (source as Json[]) : [source as Json];
};

const snsFindings = (statement: PolicyStatement, stack: Stack): Finding[] =>
  grants(statement, 'sns:Publish') && !statement.resources.every((resource) => isOwnTopic(resource, stack))
    ? [
        {
          resource: statement.where,
          message: `may publish on ${JSON.stringify(statement.resources)}: only on its own topic, {{resolve:ssm:${topicArnParameter(stack.stage, stack.service)}}}`,
        },
      ]
    : [];

const eventBridgeFindings = (statement: PolicyStatement, stack: Stack): Finding[] => {
  if (!grants(statement, 'events:PutEvents')) return [];
  const findings: Finding[] = [];
  const sources = sourcesAllowed(statement);
  const own = ownSource(stack.service);
  if (sources?.length !== 1 || sources[0] !== own) {
    findings.push({
      resource: statement.where,
      message: `may put events with any source but its own: condition it on StringEquals events:source = ${own}`,
    });
  }
  if (!statement.resources.every((resource) => isTheBus(resource, stack))) {
    findings.push({ resource: statement.where, message: "may put events on a bus other than platform's" });
  }
  return findings;
};

/**
 * A service speaks only for itself: it publishes hand-offs on its own topic and puts outcomes on
 * the bus under its own `source`, so no consumer can be sent another service's events by mistake.
 */
export const publishRights: StackCheck = {
  name: 'publish-rights',
  rule: "sns:Publish only on the service's own topic; events:PutEvents only on platform's bus, conditioned on its own events:source.",
  run: (stack) =>
    policyStatementsOf(stack.template).flatMap((statement) => [
      ...snsFindings(statement, stack),
      ...eventBridgeFindings(statement, stack),
    ]),
};
