import { createRequestHandler } from 'local-aws-sqs';
import type { ServiceFactory } from '../edge/emulated-service.js';

/**
 * SQS through local-aws-sqs, mounted in-process. Queue URLs are built from the edge's host and
 * port, and ARNs from the local account, so both match what the other engines mint.
 */
export const createSqsService: ServiceFactory = ({ url, region, accountId }) => {
  const { hostname, port } = new URL(url);
  const sqs = createRequestHandler({
    port: Number(port),
    hostname,
    region,
    accountId,
    emulateQueueCreationLifecycle: false,
  });
  return { handle: sqs.requestHandler };
};
