import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/** An SQS queue, with the attributes CreateQueue takes (numbers and policies as strings). */
export interface QueuePlan {
  readonly logicalId: string;
  readonly name: string;
  readonly url: string;
  readonly arn: string;
  readonly attributes: Readonly<Record<string, string>>;
}

export interface TimeToLivePlan {
  readonly attributeName: string;
  readonly enabled: boolean;
}

export interface TablePlan {
  readonly logicalId: string;
  readonly definition: CreateTableCommandInput & { TableName: string };
  readonly timeToLive?: TimeToLivePlan;
}

export interface TopicPlan {
  readonly logicalId: string;
  readonly name: string;
  readonly arn: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/** An SNS subscription, with the attributes Subscribe takes (FilterPolicy as JSON text). */
export interface SubscriptionPlan {
  readonly logicalId: string;
  readonly topicArn: string;
  readonly protocol: string;
  readonly endpoint: string;
  readonly attributes: Readonly<Record<string, string>>;
}

export interface EventBusPlan {
  readonly logicalId: string;
  readonly name: string;
  readonly arn: string;
}

export interface RuleTargetPlan {
  readonly id: string;
  readonly arn: string;
  readonly input?: string;
  readonly inputPath?: string;
  readonly inputTransformer?: {
    readonly inputTemplate: string;
    readonly inputPathsMap?: Readonly<Record<string, string>>;
  };
}

export interface RulePlan {
  readonly logicalId: string;
  readonly name: string;
  /** The bus's name, also when the template gives its ARN. */
  readonly eventBusName: string;
  readonly arn: string;
  /** JSON text. */
  readonly eventPattern?: string;
  readonly scheduleExpression?: string;
  readonly state: 'ENABLED' | 'DISABLED';
  readonly description?: string;
  readonly targets: readonly RuleTargetPlan[];
}

/** An SQS event source mapping, named as `startEventSourceMapping` takes it. */
export interface EventSourceMappingPlan {
  readonly logicalId: string;
  readonly queueArn: string;
  readonly queueUrl: string;
  /** The deployed function name (`orders-dev-receiver`), also when the template gives an ARN. */
  readonly functionName: string;
  readonly batchSize: number;
  readonly maximumBatchingWindowInSeconds: number;
  readonly reportBatchItemFailures: boolean;
  readonly enabled: boolean;
}

export interface FunctionPlan {
  readonly logicalId: string;
  readonly name: string;
  readonly arn: string;
  /** `Environment.Variables`, resolved. */
  readonly environment: Readonly<Record<string, string>>;
}

export interface StackOutput {
  readonly value: string;
  readonly description?: string;
  readonly exportName?: string;
}

/** A resource the plan does not create, and why. */
export interface SkippedResource {
  readonly logicalId: string;
  readonly type: string;
  readonly reason: string;
}

/** The local resources a stack's template declares, with every intrinsic function resolved. */
export interface StackPlan {
  readonly stackName: string;
  readonly queues: readonly QueuePlan[];
  readonly tables: readonly TablePlan[];
  readonly topics: readonly TopicPlan[];
  readonly subscriptions: readonly SubscriptionPlan[];
  readonly eventBuses: readonly EventBusPlan[];
  readonly rules: readonly RulePlan[];
  readonly eventSourceMappings: readonly EventSourceMappingPlan[];
  readonly functions: readonly FunctionPlan[];
  /** AWS::SSM::Parameter resources, by name: what later stacks may `{{resolve:ssm:…}}`. */
  readonly ssmParameters: Readonly<Record<string, string>>;
  readonly outputs: Readonly<Record<string, StackOutput>>;
  /** Export name to value: what later stacks may Fn::ImportValue. */
  readonly exports: Readonly<Record<string, string>>;
  /** Resources with no local runtime meaning (IAM, logs, alarms, the HTTP API…) or whose condition is false. */
  readonly ignored: readonly SkippedResource[];
  /** Resources the local cloud cannot create: the service will not behave as deployed. */
  readonly unsupported: readonly SkippedResource[];
  /** Outputs whose value needs a resource with no local counterpart (an HTTP API's URL). */
  readonly omittedOutputs: readonly { readonly name: string; readonly reason: string }[];
}
