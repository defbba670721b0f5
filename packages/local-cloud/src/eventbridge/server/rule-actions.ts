/**
 * PutRule, DescribeRule, ListRules and DeleteRule
 * (https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_Operations.html). A rule lives
 * on one bus, named by `EventBusName` (a name or an ARN, `default` when omitted).
 */
import type { ActionTable } from './actions.js';
import { BUS_NAME_OR_ARN, RULE_NAME } from './arns.js';
import { validation } from './eventbridge-error.js';
import { pageOf, withNamePrefix } from './pagination.js';
import type { Registry, Rule } from './registry.js';
import type { RequestFields } from './request-fields.js';
import { ruleSettingsOf } from './rule-settings.js';

const describe = (rule: Rule) => ({
  Name: rule.name,
  Arn: rule.arn,
  EventBusName: rule.busName,
  EventPattern: rule.eventPatternText,
  State: rule.state,
  Description: rule.description,
});

const busOf = (request: RequestFields): string | undefined => request.optionalString('EventBusName', BUS_NAME_OR_ARN);

export const ruleActions = (registry: Registry): ActionTable => ({
  PutRule: (request) => ({ RuleArn: registry.putRule(busOf(request), ruleSettingsOf(request)).arn }),
  DescribeRule: (request) => describe(registry.rule(busOf(request), request.string('Name', RULE_NAME))),
  ListRules: (request) => {
    const page = pageOf(withNamePrefix([...registry.bus(busOf(request)).rules.values()], request), request);
    return { Rules: page.items.map(describe), NextToken: page.nextToken };
  },
  /**
   * "Before you can delete the rule, you must remove all targets"
   * (https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_DeleteRule.html); a rule that
   * does not exist is no error.
   */
  DeleteRule: (request) => {
    const rule = registry.findRule(busOf(request), request.string('Name', RULE_NAME));
    if (rule && rule.targets.size > 0) throw validation("Rule can't be deleted since it has targets.");
    if (rule) registry.deleteRule(rule);
    return {};
  },
});
