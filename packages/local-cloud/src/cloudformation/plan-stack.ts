import { fieldReader } from './field-reader.js';
import { isIgnoredResource } from './ignored-resource-types.js';
import { planEventSourceMapping } from './plan-event-source-mapping.js';
import { planEventBus, planRule } from './plan-events.js';
import { planFunction, planSsmParameter } from './plan-functions.js';
import { planOutputs } from './plan-outputs.js';
import { planQueue } from './plan-queue.js';
import { planSubscription, planTopic } from './plan-sns.js';
import { planTable } from './plan-table.js';
import type { ResourceInput, ResourcePlanner } from './resource-planner.js';
import type { StackInputs } from './stack-inputs.js';
import type { StackPlan } from './stack-plan.js';
import { createStackResolver, type StackResolver } from './stack-resolver.js';
import type { TemplateResource } from './template-types.js';

/** The resource types with a local runtime meaning, by the planner that reads them. */
const planners: Readonly<Record<string, ResourcePlanner>> = {
  'AWS::SQS::Queue': planQueue,
  'AWS::SNS::Topic': planTopic,
  'AWS::SNS::Subscription': planSubscription,
  'AWS::DynamoDB::Table': planTable,
  'AWS::Events::EventBus': planEventBus,
  'AWS::Events::Rule': planRule,
  'AWS::Lambda::Function': planFunction,
  'AWS::Lambda::EventSourceMapping': planEventSourceMapping,
  'AWS::SSM::Parameter': planSsmParameter,
};

const inputOf = (inputs: StackInputs, resolver: StackResolver, logicalId: string, type: string): ResourceInput => {
  const identity = resolver.identity(logicalId);
  return {
    stackName: inputs.stackName,
    logicalId,
    type,
    get name() {
      return identity.name;
    },
    fields: fieldReader(inputs.stackName, `${logicalId} (${type})`, identity.property),
    ref: () => String(resolver.context.ref(logicalId)),
    getAtt: (attribute) => String(resolver.context.getAtt(logicalId, attribute)),
    queueUrl: inputs.queueUrl,
  };
};

const skipped = (logicalId: string, { Type, Condition }: TemplateResource, resolver: StackResolver) => {
  const ignore = (reason: string): Partial<StackPlan> => ({
    ignored: [{ logicalId, type: Type, reason }],
  });
  if (!resolver.exists(logicalId)) return ignore(`its condition ${Condition} is false`);
  if (isIgnoredResource(logicalId, Type)) return ignore('no local runtime meaning');
  return undefined;
};

const emptyPlan = (stackName: string): StackPlan => ({
  stackName,
  queues: [],
  tables: [],
  topics: [],
  subscriptions: [],
  eventBuses: [],
  rules: [],
  eventSourceMappings: [],
  functions: [],
  ssmParameters: {},
  outputs: {},
  exports: {},
  ignored: [],
  unsupported: [],
  omittedOutputs: [],
});

const merge = (plan: StackPlan, part: Partial<StackPlan>): StackPlan => ({
  ...plan,
  queues: [...plan.queues, ...(part.queues ?? [])],
  tables: [...plan.tables, ...(part.tables ?? [])],
  topics: [...plan.topics, ...(part.topics ?? [])],
  subscriptions: [...plan.subscriptions, ...(part.subscriptions ?? [])],
  eventBuses: [...plan.eventBuses, ...(part.eventBuses ?? [])],
  rules: [...plan.rules, ...(part.rules ?? [])],
  eventSourceMappings: [...plan.eventSourceMappings, ...(part.eventSourceMappings ?? [])],
  functions: [...plan.functions, ...(part.functions ?? [])],
  ssmParameters: { ...plan.ssmParameters, ...part.ssmParameters },
  ignored: [...plan.ignored, ...(part.ignored ?? [])],
  unsupported: [...plan.unsupported, ...(part.unsupported ?? [])],
});

/**
 * Turns a packaged CloudFormation template into the local resources it declares, resolving every
 * intrinsic function, with the stack's Outputs, Exports and SSM parameters for the stacks loaded
 * after it. Pure: nothing is created until `applyStack`. Resource types with no local meaning are
 * listed in `ignored`; any other type the local cloud cannot create is listed in `unsupported`.
 *
 * @example
 * const plan = planStack({
 *   stackName: 'orders-dev',
 *   template: await loadStackFile('services/orders/.serverless/cloudformation-template-update-stack.json'),
 *   region: edge.region,
 *   accountId: edge.accountId,
 *   exports: {},
 *   parameters: {},
 *   queueUrl: (name) => `${edge.url}/${edge.accountId}/${name}`,
 * });
 */
export const planStack = (inputs: StackInputs): StackPlan => {
  const resolver = createStackResolver(inputs);
  const resources = Object.entries(inputs.template.Resources).map(([logicalId, resource]): Partial<StackPlan> => {
    const planner = planners[resource.Type];
    const skip = skipped(logicalId, resource, resolver);
    if (skip) return skip;
    if (!planner) {
      return { unsupported: [{ logicalId, type: resource.Type, reason: 'the local cloud cannot create this type' }] };
    }
    return planner(inputOf(inputs, resolver, logicalId, resource.Type));
  });
  const plan = resources.reduce(merge, emptyPlan(inputs.stackName));
  return { ...plan, ...planOutputs(inputs.template, resolver) };
};
