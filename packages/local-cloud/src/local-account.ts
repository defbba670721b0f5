/**
 * The one account and default region of the local cloud. Every ARN it mints uses them, so an ARN a
 * service reads from its packaged template (`arn:aws:sqs:us-east-1:000000000000:orders-dev-queue`)
 * names the same resource the engines hold. 000000000000 is the placeholder account local AWS
 * emulators conventionally use; it can never be a real account.
 */
export const LOCAL_ACCOUNT_ID = '000000000000';
export const LOCAL_REGION = 'us-east-1';

/** Credentials the local cloud accepts (it checks signatures only for the service name). */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

/** The last segment of an ARN: a queue's, topic's or table's name. */
export const resourceNameOf = (arn: string): string => {
  const name = arn.split(':').at(-1);
  if (!name || !arn.startsWith('arn:')) throw new Error(`"${arn}" is not an ARN`);
  return name;
};
