import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

let shared: DynamoDBDocumentClient | undefined;

/**
 * One document client per process, made on first use, with the SDK's default configuration:
 * region and credentials from the environment, and the endpoint from AWS_ENDPOINT_URL_DYNAMODB or
 * AWS_ENDPOINT_URL (the local cloud), which the SDK reads itself.
 */
export const defaultDocumentClient = (): DynamoDBDocumentClient =>
  (shared ??= DynamoDBDocumentClient.from(new DynamoDBClient({})));
