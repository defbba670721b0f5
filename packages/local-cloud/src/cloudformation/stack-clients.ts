import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import type { SNSClient } from '@aws-sdk/client-sns';
import type { SQSClient } from '@aws-sdk/client-sqs';

/** SDK v3 clients pointed at the local edge, which create a stack's resources. */
export interface StackClients {
  readonly sqs: SQSClient;
  readonly dynamodb: DynamoDBClient;
  readonly sns: SNSClient;
  readonly eventBridge: EventBridgeClient;
}
