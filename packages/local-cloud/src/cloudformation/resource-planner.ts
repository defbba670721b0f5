import type { FieldReader } from './field-reader.js';
import type { StackPlan } from './stack-plan.js';

/** One resource of the template, as a planner sees it. */
export interface ResourceInput {
  readonly stackName: string;
  readonly logicalId: string;
  readonly type: string;
  /** Its physical name, declared or generated. */
  readonly name: string;
  /** Its resolved properties. */
  readonly fields: FieldReader;
  /** Its own Ref and Fn::GetAtt, so ARNs and URLs are minted in one place (resource-kinds.ts). */
  ref(): string;
  getAtt(attribute: string): string;
  queueUrl(queueName: string): string;
}

type PlanLists = Pick<
  StackPlan,
  | 'queues'
  | 'tables'
  | 'topics'
  | 'subscriptions'
  | 'eventBuses'
  | 'rules'
  | 'eventSourceMappings'
  | 'functions'
  | 'unsupported'
>;

/** What one resource adds to the plan. */
export type PlanContribution = { readonly [K in keyof PlanLists]?: PlanLists[K] } & {
  readonly ssmParameters?: Readonly<Record<string, string>>;
};

/** @internal */
export type ResourcePlanner = (resource: ResourceInput) => PlanContribution;
