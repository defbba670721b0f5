import { createDynamoDbService } from '../dynamodb/dynamodb-service.js';
import { createEventBridgeService } from '../eventbridge/eventbridge-service.js';
import { createSnsService } from '../sns/sns-service.js';
import { createSqsService } from '../sqs/sqs-service.js';
import type { ServiceFactory } from './emulated-service.js';

/** The services the edge serves unless told otherwise, by SigV4 signing name. */
export const defaultServices: Readonly<Record<string, ServiceFactory>> = {
  sqs: createSqsService,
  dynamodb: createDynamoDbService,
  sns: createSnsService,
  events: createEventBridgeService,
};
