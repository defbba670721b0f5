import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { whenConditionHolds } from '../../../src/idempotency/index.js';

const refused = () => new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });

describe('whenConditionHolds', () => {
  it('says true when the write went through', async () => {
    await expect(whenConditionHolds(async () => ({}))).resolves.toBe(true);
  });

  it('says false when DynamoDB refused the write on its condition', async () => {
    await expect(
      whenConditionHolds(async () => {
        throw refused();
      }),
    ).resolves.toBe(false);
  });

  it('lets every other failure through, for the caller to retry or report', async () => {
    await expect(
      whenConditionHolds(async () => {
        throw new Error('ProvisionedThroughputExceededException');
      }),
    ).rejects.toThrow('ProvisionedThroughputExceededException');
  });
});
