/** CreateTopic, DeleteTopic, ListTopics and GetTopicAttributes (https://docs.aws.amazon.com/sns/latest/api/API_Operations.html). */
import type { EdgeContext } from '../../edge/emulated-service.js';
import type { ActionTable } from './actions.js';
import { pageOf } from './pagination.js';
import type { QueryParams } from './query-params.js';
import type { Registry } from './registry.js';
import { topicAttributesOf } from './topic-attributes.js';
import { entries, members } from './xml.js';

/** `Tags.member.N.Key` / `Tags.member.N.Value`: stored with the topic, not otherwise used. */
const tagsOf = (params: QueryParams): Record<string, string> =>
  Object.fromEntries(params.items('Tags', 'member').map((tag) => [tag.get('Key') ?? '', tag.get('Value') ?? '']));

export const topicActions = (registry: Registry, { accountId }: EdgeContext): ActionTable => ({
  CreateTopic: (params) => {
    const topic = registry.createTopic(params.require('Name'), params.stringMap('Attributes'), tagsOf(params));
    return { TopicArn: topic.arn };
  },

  DeleteTopic: (params) => {
    registry.deleteTopic(params.require('TopicArn'));
    return undefined;
  },

  ListTopics: (params) => {
    const page = pageOf(registry.topics(), params.get('NextToken'));
    return { Topics: members(page.items.map(({ arn }) => ({ TopicArn: arn }))), NextToken: page.nextToken };
  },

  GetTopicAttributes: (params) => {
    const { arn, attributes } = registry.topic(params.require('TopicArn'));
    const confirmedSubscriptions = registry.subscriptionsOf(arn).length;
    return { Attributes: entries(topicAttributesOf({ arn, accountId, attributes, confirmedSubscriptions })) };
  },
});
