import { LOCAL_CREDENTIALS, LOCAL_REGION } from '@commerce/local-cloud/testing';

/** An AWS SDK client's settings for the local cloud, or for a service's Lambda endpoint under `sls offline`. */
export const localClient = (endpoint: string) => ({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
