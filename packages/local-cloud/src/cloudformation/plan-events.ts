import type { FieldReader } from './field-reader.js';
import type { ResourcePlanner } from './resource-planner.js';
import type { RuleTargetPlan } from './stack-plan.js';

/** EventBusName may be a name or an ARN (`arn:aws:events:…:event-bus/<name>`); the engine matches names. */
const busNameOf = (nameOrArn: string | undefined): string => nameOrArn?.split('event-bus/').at(-1) ?? 'default';

/**
 * A target as PutTargets takes it. RoleArn, DeadLetterConfig and RetryPolicy are left out: IAM has
 * no local meaning, and the local engine delivers to queues synchronously.
 */
const targetOf = (fields: FieldReader): RuleTargetPlan => {
  const transformer = fields.optionalObject('InputTransformer');
  const input = fields.optionalString('Input');
  const inputPath = fields.optionalString('InputPath');
  const inputPathsMap = transformer?.optionalStringMap('InputPathsMap');
  return {
    id: fields.string('Id'),
    arn: fields.string('Arn'),
    ...(input !== undefined && { input }),
    ...(inputPath !== undefined && { inputPath }),
    ...(transformer && {
      inputTransformer: { inputTemplate: transformer.string('InputTemplate'), ...(inputPathsMap && { inputPathsMap }) },
    }),
  };
};

/** @internal */
export const planEventBus: ResourcePlanner = (bus) => ({
  eventBuses: [{ logicalId: bus.logicalId, name: bus.name, arn: bus.getAtt('Arn') }],
});

/**
 * A rule and its targets. AWS::Events::Rule creates both in one resource; the API needs PutRule
 * then PutTargets.
 * See https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-events-rule.html
 *
 * @internal
 */
export const planRule: ResourcePlanner = (rule) => {
  const { fields } = rule;
  const eventPattern = fields.optionalJsonText('EventPattern');
  const scheduleExpression = fields.optionalString('ScheduleExpression');
  const description = fields.optionalString('Description');
  return {
    rules: [
      {
        logicalId: rule.logicalId,
        name: rule.name,
        eventBusName: busNameOf(fields.optionalString('EventBusName')),
        arn: rule.getAtt('Arn'),
        ...(eventPattern !== undefined && { eventPattern }),
        ...(scheduleExpression !== undefined && { scheduleExpression }),
        state: fields.optionalOneOf('State', ['ENABLED', 'DISABLED']) ?? 'ENABLED',
        ...(description !== undefined && { description }),
        targets: fields.objects('Targets').map(targetOf),
      },
    ],
  };
};
