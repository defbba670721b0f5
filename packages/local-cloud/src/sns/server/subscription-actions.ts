/**
 * Subscribe, Unsubscribe, ListSubscriptions, ListSubscriptionsByTopic, GetSubscriptionAttributes
 * and SetSubscriptionAttributes (https://docs.aws.amazon.com/sns/latest/api/API_Operations.html).
 */
import type { EdgeContext } from '../../edge/emulated-service.js';
import type { ActionTable } from './actions.js';
import { pageOf } from './pagination.js';
import type { Registry, Subscription } from './registry.js';
import { attributesOf, withAttribute } from './subscription-settings.js';
import { entries, members, type XmlStruct } from './xml.js';

export const subscriptionActions = (registry: Registry, { accountId }: EdgeContext): ActionTable => {
  const summaryOf = ({ arn, protocol, endpoint, topicArn }: Subscription): XmlStruct => ({
    SubscriptionArn: arn,
    Owner: accountId,
    Protocol: protocol,
    Endpoint: endpoint,
    TopicArn: topicArn,
  });
  const listed = (all: readonly Subscription[], nextToken: string | undefined): XmlStruct => {
    const page = pageOf(all, nextToken);
    return { Subscriptions: members(page.items.map(summaryOf)), NextToken: page.nextToken };
  };

  return {
    Subscribe: (params) => {
      const subscription = registry.subscribe({
        topicArn: params.require('TopicArn'),
        protocol: params.require('Protocol'),
        endpoint: params.get('Endpoint') ?? '',
        attributes: params.stringMap('Attributes'),
      });
      return { SubscriptionArn: subscription.arn };
    },

    Unsubscribe: (params) => {
      registry.unsubscribe(params.require('SubscriptionArn'));
      return undefined;
    },

    ListSubscriptions: (params) => listed(registry.subscriptions(), params.get('NextToken')),

    ListSubscriptionsByTopic: (params) =>
      listed(registry.subscriptionsOf(params.require('TopicArn')), params.get('NextToken')),

    GetSubscriptionAttributes: (params) => {
      const subscription = registry.subscription(params.require('SubscriptionArn'));
      const { arn, topicArn, protocol, endpoint, settings } = subscription;
      return {
        Attributes: entries({
          SubscriptionArn: arn,
          TopicArn: topicArn,
          Owner: accountId,
          Protocol: protocol,
          Endpoint: endpoint,
          // Confirmed at Subscribe: an SQS queue of the same account needs no confirmation step.
          ConfirmationWasAuthenticated: 'true',
          PendingConfirmation: 'false',
          ...attributesOf(settings),
        }),
      };
    },

    SetSubscriptionAttributes: (params) => {
      const subscription = registry.subscription(params.require('SubscriptionArn'));
      const name = params.require('AttributeName');
      subscription.settings = withAttribute(
        subscription.settings,
        name,
        params.get('AttributeValue') ?? '',
        'SetSubscriptionAttributes',
      );
      return undefined;
    },
  };
};
