import type { StackCheck } from '../check.js';
import { isObject, resourcesOfType, type Json } from '../template.js';

/** The properties that name a resource account-wide (per region): two stages must never share one. */
const NAME_PROPERTIES: Readonly<Record<string, string>> = {
  'AWS::SQS::Queue': 'QueueName',
  'AWS::DynamoDB::Table': 'TableName',
  'AWS::SNS::Topic': 'TopicName',
  'AWS::Lambda::Function': 'FunctionName',
  'AWS::Logs::LogGroup': 'LogGroupName',
  'AWS::CloudWatch::Alarm': 'AlarmName',
  'AWS::Events::EventBus': 'Name',
  'AWS::Events::Rule': 'Name',
  'AWS::Events::Archive': 'ArchiveName',
  'AWS::SSM::Parameter': 'Name',
  'AWS::IAM::Role': 'RoleName',
};

/** The written text of a name: a literal, or the template of a Fn::Sub; undefined when CloudFormation computes it. */
const textOf = (name: Json | undefined): string | undefined => {
  if (typeof name === 'string') return name;
  const sub = isObject(name) ? name['Fn::Sub'] : undefined;
  if (typeof sub === 'string') return sub;
  return Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
};

/**
 * Stages share an account (dev and staging, say): a physical name without the stage makes the
 * second stage's deploy fail, or worse, makes two stages share one queue or table.
 */
export const stageScopedNames: StackCheck = {
  name: 'stage-scoped-names',
  rule: 'Every physical name a template sets (queues, tables, topics, functions, log groups, alarms, buses, rules, archives, parameters, roles) contains the stage as a segment.',
  run: ({ template, stage }) =>
    Object.entries(NAME_PROPERTIES).flatMap(([type, property]) =>
      resourcesOfType(template, type).flatMap(({ logicalId, properties }) => {
        const name = textOf(properties[property]);
        const scoped = name === undefined || name.split(/[-/_.:]/).includes(stage);
        return scoped
          ? []
          : [
              {
                resource: logicalId,
                message: `is named ${name} (${property}), without the stage ${stage}: two stages would collide`,
              },
            ];
      }),
    ),
};
