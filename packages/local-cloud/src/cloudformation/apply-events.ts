import {
  CreateEventBusCommand,
  PutRuleCommand,
  PutTargetsCommand,
  type EventBridgeClient,
  type Target,
} from '@aws-sdk/client-eventbridge';
import { isAwsError } from './aws-errors.js';
import type { EventBusPlan, RulePlan, RuleTargetPlan } from './stack-plan.js';

/** @internal */
export const createEventBuses = async (eventBridge: EventBridgeClient, buses: readonly EventBusPlan[]) => {
  for (const bus of buses) {
    try {
      await eventBridge.send(new CreateEventBusCommand({ Name: bus.name }));
    } catch (error) {
      if (!isAwsError(error, 'ResourceAlreadyExistsException')) throw error;
    }
  }
};

const targetOf = ({ id, arn, input, inputPath, inputTransformer }: RuleTargetPlan): Target => ({
  Id: id,
  Arn: arn,
  ...(input !== undefined && { Input: input }),
  ...(inputPath !== undefined && { InputPath: inputPath }),
  ...(inputTransformer && {
    InputTransformer: { InputTemplate: inputTransformer.inputTemplate, InputPathsMap: inputTransformer.inputPathsMap },
  }),
});

/**
 * PutRule and PutTargets both create or replace, so applying a plan again updates in place.
 * PutTargets reports failures per target instead of throwing; any failure fails the stack.
 * See https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutTargets.html
 *
 * @internal
 */
export const createRules = async (eventBridge: EventBridgeClient, rules: readonly RulePlan[]) => {
  for (const rule of rules) {
    await eventBridge.send(
      new PutRuleCommand({
        Name: rule.name,
        EventBusName: rule.eventBusName,
        EventPattern: rule.eventPattern,
        ScheduleExpression: rule.scheduleExpression,
        State: rule.state,
        Description: rule.description,
      }),
    );
    if (rule.targets.length === 0) continue;
    const { FailedEntryCount, FailedEntries = [] } = await eventBridge.send(
      new PutTargetsCommand({ Rule: rule.name, EventBusName: rule.eventBusName, Targets: rule.targets.map(targetOf) }),
    );
    if (FailedEntryCount) {
      const reasons = FailedEntries.map((entry) => `${entry.TargetId}: ${entry.ErrorMessage}`).join('; ');
      throw new Error(`rule ${rule.name}: ${FailedEntryCount} target(s) refused (${reasons})`);
    }
  }
};
