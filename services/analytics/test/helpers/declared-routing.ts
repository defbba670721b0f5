import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

/** CloudFormation's short-form tags, read as their long forms (enough to load the file). */
const CLOUDFORMATION_TAGS = yaml.DEFAULT_SCHEMA.extend(
  ['Ref', 'GetAtt', 'Sub'].map(
    (tag) =>
      new yaml.Type(`!${tag}`, {
        kind: 'scalar',
        construct: (data: string) => ({ [tag === 'Ref' ? 'Ref' : `Fn::${tag}`]: data }),
      }),
  ),
);

interface Resource {
  Type: string;
  Properties: Record<string, unknown>;
}

const resources = (): Record<string, Resource> =>
  (
    yaml.load(readFileSync(join(import.meta.dirname, '../../resources/record-event.yml'), 'utf8'), {
      schema: CLOUDFORMATION_TAGS,
    }) as { Resources: Record<string, Resource> }
  ).Resources;

/**
 * What resources/record-event.yml routes to the queue: each subscription's topic (`orders`, from
 * `${self:custom.topics.orders}`) with its filter policy, and the rule's event pattern. Tests build
 * the local cloud from these, so they hold the deployed routing, not a copy of it.
 */
export const declaredRouting = () => {
  const all = Object.values(resources());
  return {
    subscriptions: all
      .filter((resource) => resource.Type === 'AWS::SNS::Subscription')
      .map(({ Properties }) => ({
        topic: /topics\.(\w+)\}/.exec(String(Properties['TopicArn']))?.[1] ?? '',
        filterPolicy: Properties['FilterPolicy'],
        filterPolicyScope: String(Properties['FilterPolicyScope']),
      })),
    eventPatterns: all
      .filter((resource) => resource.Type === 'AWS::Events::Rule')
      .map(({ Properties }) => Properties['EventPattern']),
  };
};
