import { SNS_TOPICS, type ServiceName } from '@commerce/contracts/catalog';
import {
  parseEventPattern,
  parseFilterPolicy,
  type EventPattern,
  type FilterPolicy,
  type FilterPolicyScope,
} from '@commerce/local-cloud/tooling';
import { busArnExport, busNameParameter, topicArnParameter } from '../agreements.js';
import type { Finding } from '../check.js';
import { eventSubscriptionsOf } from '../event-subscriptions.js';
import {
  importedNamesIn,
  referenceOf,
  resourceById,
  resourcesOfType,
  ssmNamesIn,
  type Json,
  type Stack,
} from '../template.js';

/** What a stack subscribes to, read from its template as SNS and EventBridge will apply it. */
export type Route =
  | {
      readonly kind: 'sns';
      readonly resource: string;
      /** The producer whose hand-off topic this subscription is on. */
      readonly producer: ServiceName;
      /** Undefined when the subscription has no filter policy: it receives everything on the topic. */
      readonly policy: FilterPolicy | undefined;
    }
  | { readonly kind: 'eventbridge'; readonly resource: string; readonly pattern: EventPattern };

export interface StackRoutes {
  readonly routes: readonly Route[];
  /** Subscriptions and rules that could not be read: each is a finding of its own. */
  readonly unreadable: readonly Finding[];
}

const PRODUCERS = Object.keys(SNS_TOPICS) as ServiceName[];

/** The producer of the topic a subscription names: by platform's SSM parameter, or (in platform) by the topic it creates. */
const producerOfTopic = (stack: Stack, topicArn: Json | undefined): ServiceName | undefined => {
  const names = ssmNamesIn(topicArn);
  const byParameter = PRODUCERS.find((producer) => names.includes(topicArnParameter(stack.stage, producer)));
  if (byParameter) return byParameter;
  const topic = resourceById(stack.template, referenceOf(topicArn)?.logicalId);
  return PRODUCERS.find((producer) => topic?.properties['TopicName'] === `${producer}-${stack.stage}-events`);
};

const isPlatformsBus = (stack: Stack, busName: Json | undefined): boolean =>
  ssmNamesIn(busName).includes(busNameParameter(stack.stage)) ||
  importedNamesIn(busName).includes(busArnExport(stack.stage)) ||
  resourceById(stack.template, referenceOf(busName)?.logicalId)?.type === 'AWS::Events::EventBus';

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const snsRoutes = (stack: Stack): (Route | Finding)[] =>
  eventSubscriptionsOf(stack).map(({ logicalId, properties }) => {
    const producer = producerOfTopic(stack, properties['TopicArn']);
    if (!producer) {
      return { resource: logicalId, message: "subscribes to a topic that is not a producer's hand-off topic" };
    }
    const scope = (properties['FilterPolicyScope'] ?? 'MessageAttributes') as FilterPolicyScope;
    const policy = properties['FilterPolicy'];
    try {
      return {
        kind: 'sns' as const,
        resource: logicalId,
        producer,
        policy: policy === undefined ? undefined : parseFilterPolicy(policy as object, scope),
      };
    } catch (error) {
      return { resource: logicalId, message: `has a filter policy SNS would refuse: ${reasonOf(error)}` };
    }
  });

const eventBridgeRoutes = (stack: Stack): (Route | Finding)[] =>
  resourcesOfType(stack.template, 'AWS::Events::Rule').map(({ logicalId, properties }) => {
    if (!isPlatformsBus(stack, properties['EventBusName'])) {
      return { resource: logicalId, message: "is not on platform's bus: no catalog event would reach it" };
    }
    try {
      return {
        kind: 'eventbridge' as const,
        resource: logicalId,
        pattern: parseEventPattern(properties['EventPattern'] as object),
      };
    } catch (error) {
      return { resource: logicalId, message: `has an event pattern EventBridge would refuse: ${reasonOf(error)}` };
    }
  });

export const routesOf = (stack: Stack): StackRoutes => {
  const all = [...snsRoutes(stack), ...eventBridgeRoutes(stack)];
  return {
    routes: all.filter((item): item is Route => 'kind' in item),
    unreadable: all.filter((item): item is Finding => !('kind' in item)),
  };
};
