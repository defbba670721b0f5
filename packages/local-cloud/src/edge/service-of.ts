import type { IncomingMessage } from 'node:http';

/**
 * The AWS service a request is for, read from its SigV4 credential scope
 * (`Credential=<key>/<date>/<region>/<service>/aws4_request`), which every signed SDK request
 * carries whatever its protocol: SNS speaks awsQuery, SQS, DynamoDB and EventBridge JSON.
 * See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
 */
export const serviceOf = (request: IncomingMessage): string | undefined =>
  /Credential=[^/,\s]+\/\d{8}\/[^/,\s]+\/([^/,\s]+)\/aws4_request/.exec(request.headers.authorization ?? '')?.[1];
