/**
 * PutTargets, ListTargetsByRule and RemoveTargets
 * (https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutTargets.html). PutTargets
 * takes 1 to 10 targets; "each rule can have up to five (5) targets associated with it at one
 * time", so a request that would leave more is refused whole with LimitExceededException and
 * changes nothing. A target put again under its Id replaces the old one.
 */
import type { ActionTable } from './actions.js';
import { BUS_NAME_OR_ARN, RULE_NAME } from './arns.js';
import { EventBridgeError } from './eventbridge-error.js';
import { pageOf } from './pagination.js';
import type { Registry, Rule, Target } from './registry.js';
import type { RequestFields } from './request-fields.js';
import { isFailedTarget, targetOf } from './target-settings.js';

const MAX_TARGETS_PER_RULE = 5;

const ruleOf = (registry: Registry, request: RequestFields): Rule =>
  registry.rule(request.optionalString('EventBusName', BUS_NAME_OR_ARN), request.string('Rule', RULE_NAME));

export const targetActions = (registry: Registry): ActionTable => ({
  PutTargets: (request) => {
    const rule = ruleOf(registry, request);
    const outcomes = request.list('Targets', 1, 10).map(targetOf);
    const accepted = outcomes.filter((outcome): outcome is Target => !isFailedTarget(outcome));
    const ids = new Set([...rule.targets.keys(), ...accepted.map(({ Id }) => Id)]);
    if (ids.size > MAX_TARGETS_PER_RULE) {
      throw new EventBridgeError(
        'LimitExceededException',
        'The requested resource exceeds the maximum number allowed.',
      );
    }
    for (const target of accepted) rule.targets.set(target.Id, target);
    const failed = outcomes.filter(isFailedTarget);
    return { FailedEntryCount: failed.length, FailedEntries: failed };
  },
  ListTargetsByRule: (request) => {
    const page = pageOf([...ruleOf(registry, request).targets.values()], request);
    return { Targets: page.items, NextToken: page.nextToken };
  },
  RemoveTargets: (request) => {
    const rule = ruleOf(registry, request);
    const ids = request.stringList('Ids', 1, 100);
    const failed = ids
      .filter((id) => !rule.targets.delete(id))
      .map((id) => ({
        TargetId: id,
        ErrorCode: 'ResourceNotFoundException',
        ErrorMessage: `Rule '${rule.name}' does not have a target with the Id '${id}'.`,
      }));
    return { FailedEntryCount: failed.length, FailedEntries: failed };
  },
});
