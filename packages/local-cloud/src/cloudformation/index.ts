/**
 * Local resources from each service's packaged CloudFormation: `loadStackFile` reads what
 * `sls package` wrote, `planStack` resolves it into resources, `applyStack` creates them.
 */
export { applyStack } from './apply-stack.js';
export { loadStackFile } from './load-stack-file.js';
export { planStack } from './plan-stack.js';
export type { StackClients } from './stack-clients.js';
export {
  MissingStackInputError,
  NoLocalValueError,
  StackApplyError,
  StackError,
  StackTemplateError,
  type StackInputKind,
} from './stack-errors.js';
export type { StackInputs } from './stack-inputs.js';
export type {
  EventBusPlan,
  EventSourceMappingPlan,
  FunctionPlan,
  QueuePlan,
  RulePlan,
  RuleTargetPlan,
  SkippedResource,
  StackOutput,
  StackPlan,
  SubscriptionPlan,
  TablePlan,
  TimeToLivePlan,
  TopicPlan,
} from './stack-plan.js';
export type { CloudFormationTemplate, JsonValue } from './template-types.js';
