import { listEntries, routeOf } from '@commerce/contracts/catalog';
import type { Finding, StackCheck } from '../check.js';
import { grants, policyStatementsOf } from '../policy/statements.js';
import { isObject, referenceOf, resourcesOfType, type Stack } from '../template.js';

type TransportKind = 'sns' | 'eventbridge';

const ACTION: Record<TransportKind, string> = { sns: 'sns:Publish', eventbridge: 'events:PutEvents' };
/** The variables a function's config reads its publisher's destination from (see each service's src/config.ts). */
const DESTINATION_VARIABLE: Record<TransportKind, string> = { sns: 'EVENTS_TOPIC_ARN', eventbridge: 'EVENT_BUS_NAME' };
const DESCRIPTION: Record<TransportKind, string> = { sns: 'on its SNS topic', eventbridge: 'on the bus' };

/** The roles that may publish on each transport (publish-rights checks where to). */
const publishingRoles = (stack: Stack, kind: TransportKind): Set<string> =>
  new Set(
    policyStatementsOf(stack.template)
      .filter((statement) => grants(statement, ACTION[kind]))
      .map((statement) => statement.owner),
  );

/** Functions that are handed a destination but whose role may not publish there: AccessDenied on their first event. */
const unwiredFunctions = (stack: Stack, kind: TransportKind, roles: Set<string>): Finding[] =>
  resourcesOfType(stack.template, 'AWS::Lambda::Function')
    .filter(({ properties }) => {
      const environment = properties['Environment'];
      const variables = isObject(environment) ? environment['Variables'] : undefined;
      return isObject(variables) && DESTINATION_VARIABLE[kind] in variables;
    })
    .filter(({ properties }) => !roles.has(referenceOf(properties['Role'])?.logicalId ?? ''))
    .map(({ logicalId }) => ({
      resource: logicalId,
      message: `is given ${DESTINATION_VARIABLE[kind]} but its role may not ${ACTION[kind]}: its first event would be denied`,
    }));

/**
 * A producer's rights match its catalog entries: it may publish on a transport exactly when the
 * catalog lists an event it sends there, and every function handed a destination may publish on it.
 * (Which event *types* it publishes is checked by the compiler: publishers take catalog types only.)
 */
export const producerTransports: StackCheck = {
  name: 'producer-transports',
  rule: 'A service may publish on SNS or EventBridge exactly when the catalog lists an event it produces on that transport, and each function given a destination may publish there.',
  run: (stack) =>
    (['sns', 'eventbridge'] as const).flatMap((kind) => {
      const produced = listEntries().filter(
        (entry) => entry.producer === stack.service && routeOf(entry).kind === kind,
      );
      const roles = publishingRoles(stack, kind);
      const findings = unwiredFunctions(stack, kind, roles);
      if (produced.length > 0 && roles.size === 0) {
        findings.push({
          resource: stack.service,
          message: `produces ${produced.map((entry) => entry.type).join(', ')} ${DESCRIPTION[kind]} (catalog), but no role may ${ACTION[kind]}`,
        });
      }
      if (produced.length === 0 && roles.size > 0) {
        findings.push({
          resource: [...roles].join(', '),
          message: `may ${ACTION[kind]}, but the catalog lists no event ${stack.service} publishes ${DESCRIPTION[kind]}: catalog the event or drop the right`,
        });
      }
      return findings;
    }),
};
