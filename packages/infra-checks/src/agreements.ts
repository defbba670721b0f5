import { eventBridgeSourceOf, SNS_TOPICS, type ServiceName } from '@commerce/contracts/catalog';

/**
 * What services agree to share (ADR 0004): the only names one service's template may use to reach
 * another's resources. Everything here is resolved by CloudFormation at deploy time, so no template
 * holds an account, a region or another stack's physical names.
 */

/** The SSM parameter platform publishes a producer's hand-off topic ARN under. */
export const topicArnParameter = (stage: string, producer: string): string =>
  `/commerce/${stage}/${producer}/events-topic-arn`;

/** The SSM parameter platform publishes the bus's name under. */
export const busNameParameter = (stage: string): string => `/commerce/${stage}/platform/event-bus-name`;

/** The stack export of the bus's ARN, for templates that need the ARN itself. */
export const busArnExport = (stage: string): string => `commerce-${stage}-event-bus-arn`;

/** The SSM parameter platform publishes the alerts topic's ARN under: every alarm's action. */
export const alertsTopicParameter = (stage: string): string => `/commerce/${stage}/platform/alerts-topic-arn`;

/** The alerts topic's name, in platform's own template. */
export const alertsTopicName = (stage: string): string => `platform-${stage}-alerts`;

/** Who publishes each shared SSM parameter, and so what must be deployed before a stack that reads it. */
export const sharedParameters = (stage: string): ReadonlyMap<string, ServiceName | 'identity provider'> =>
  new Map<string, ServiceName | 'identity provider'>([
    [busNameParameter(stage), 'platform'],
    [alertsTopicParameter(stage), 'platform'],
    ...Object.keys(SNS_TOPICS).map((producer) => [topicArnParameter(stage, producer), 'platform'] as const),
    [`/commerce/${stage}/auth/jwt-issuer`, 'identity provider'],
    [`/commerce/${stage}/auth/jwt-audience`, 'identity provider'],
  ]);

/** The only export names a template may import. */
export const sharedExports = (stage: string): readonly string[] => [busArnExport(stage)];

/** A service's own parameters live under its own prefix; only it reads and writes them. */
export const ownParameterPrefix = (stage: string, service: string): string => `/commerce/${stage}/${service}/`;

/** The `events:source` a service may put events with: its own, so no service can speak for another. */
export const ownSource = eventBridgeSourceOf;
