import type { Finding, StackCheck } from '../check.js';
import { asList, isObject, referenceOf, resourcesOfType, type Json, type Template } from '../template.js';

type Sender = 'sns.amazonaws.com' | 'events.amazonaws.com';

/** A value's identity for comparison: the logical id it points at, or its text (a dynamic reference). */
const identityOf = (value: Json): string => {
  const reference = referenceOf(value);
  return reference ? `#${reference.logicalId}` : typeof value === 'string' ? value : JSON.stringify(value);
};

interface Grant {
  readonly where: string;
  readonly queues: readonly string[];
  readonly principal: Json | undefined;
  /** `aws:SourceArn` values under ArnEquals/ArnLike; empty when the statement has none. */
  readonly sources: readonly string[];
}

const grantsOf = (template: Template): Grant[] =>
  resourcesOfType(template, 'AWS::SQS::QueuePolicy').flatMap(({ logicalId, properties }) => {
    const document = properties['PolicyDocument'];
    const queues = asList(properties['Queues']).map((queue) => referenceOf(queue)?.logicalId ?? '');
    return asList(isObject(document) ? document['Statement'] : undefined)
      .filter(isObject)
      .filter((statement) => statement['Effect'] === 'Allow')
      .map((statement) => {
        const condition = isObject(statement['Condition']) ? statement['Condition'] : {};
        const sources = ['ArnEquals', 'ArnLike'].flatMap((operator) => {
          const values = condition[operator];
          return isObject(values) ? asList(values['aws:SourceArn']).map(identityOf) : [];
        });
        const sid = statement['Sid'];
        return {
          where: typeof sid === 'string' ? `${logicalId} (Sid ${sid})` : logicalId,
          queues,
          principal: statement['Principal'],
          sources,
        };
      });
  });

const allows = (grants: readonly Grant[], queue: string, sender: Sender, source: string): boolean =>
  grants.some(
    (grant) =>
      grant.queues.includes(queue) &&
      isObject(grant.principal) &&
      asList(grant.principal['Service']).includes(sender) &&
      grant.sources.includes(source),
  );

/** Every subscription and rule that feeds a queue, with what the queue's policy must let in. */
const feedsOf = (template: Template): { resource: string; queue: string; sender: Sender; source: string }[] => [
  ...resourcesOfType(template, 'AWS::SNS::Subscription').map(({ logicalId, properties }) => ({
    resource: logicalId,
    queue: referenceOf(properties['Endpoint'])?.logicalId ?? '',
    sender: 'sns.amazonaws.com' as const,
    source: identityOf(properties['TopicArn'] ?? null),
  })),
  ...resourcesOfType(template, 'AWS::Events::Rule').flatMap(({ logicalId, properties }) =>
    asList(properties['Targets'])
      .filter(isObject)
      .map((target) => ({
        resource: logicalId,
        queue: referenceOf(target['Arn'])?.logicalId ?? '',
        sender: 'events.amazonaws.com' as const,
        source: `#${logicalId}`,
      })),
  ),
];

const openGrantFindings = (grants: readonly Grant[]): Finding[] =>
  grants
    .filter((grant) => grant.sources.length === 0 || !isObject(grant.principal) || !('Service' in grant.principal))
    .map((grant) => ({
      resource: grant.where,
      message:
        'lets a principal write to the queue without an aws:SourceArn condition on a service principal: any topic or rule could feed it',
    }));

/**
 * A queue's policy is what lets SNS and EventBridge deliver to it. One that misses a feed drops
 * that feed's events in AWS (the local cloud does not enforce queue policies, so `pnpm dev` would
 * not show it); one without a source condition lets anything in the account write to it.
 */
export const queuePolicies: StackCheck = {
  name: 'queue-policies',
  rule: "Each queue's policy lets in every subscription and rule of its stack that feeds it, and only by aws:SourceArn on a service principal.",
  run: ({ template }) => {
    const grants = grantsOf(template);
    const missing = feedsOf(template)
      .filter((feed) => feed.queue !== '' && !allows(grants, feed.queue, feed.sender, feed.source))
      .map((feed) => ({
        resource: feed.resource,
        message: `feeds ${feed.queue}, whose policy does not let ${feed.sender} send from ${feed.source.replace(/^#/, '')}: AWS would drop its deliveries`,
      }));
    return [...missing, ...openGrantFindings(grants)];
  },
};
