import { SSMClient } from '@aws-sdk/client-ssm';
import { LOCAL_CREDENTIALS, startEdge, type Edge } from '@commerce/local-cloud/testing';
import { PreflightCheckFailedError } from '../../src/errors.js';
import { checkDeployDependencies } from '../../src/preflight.js';

/**
 * The local cloud serves SQS, SNS, EventBridge and DynamoDB, not SSM (its runner keeps the stacks'
 * parameters in memory), so what this checks against it is the real SDK path over HTTP when SSM
 * cannot answer: the deploy stops, and says so. Missing and present parameters are covered in
 * test/unit/preflight.test.ts, on aws-sdk-client-mock.
 */
describe('the deploy preflight against an endpoint without SSM (the local cloud)', () => {
  let edge: Edge;
  let ssm: SSMClient;
  beforeAll(async () => {
    edge = await startEdge({ port: 0 });
    ssm = new SSMClient({ endpoint: edge.url, region: edge.region, credentials: LOCAL_CREDENTIALS, maxAttempts: 1 });
  });
  afterAll(async () => {
    ssm.destroy();
    await edge.stop();
  });

  it('stops the deploy with the endpoint’s own answer rather than deploying unchecked', async () => {
    const failure = await checkDeployDependencies({
      service: 'orders',
      stage: 'local',
      region: edge.region,
      template: { Resources: { Fn: { Properties: { V: '{{resolve:ssm:/commerce/local/platform/event-bus-name}}' } } } },
      ssm,
    }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(PreflightCheckFailedError);
    expect((failure as Error).message).toMatch(
      /^Could not check the SSM parameters this stack reads \(NotImplemented: .*does not serve "ssm"\)\. Nothing was deployed/,
    );
  });
});
