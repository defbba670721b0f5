import { startLocalEvents, type LocalEvents } from './local-events.js';

/**
 * The awsJson1_1 wire format for what the SDK never sends: an unknown action and a body that is
 * not JSON. The edge routes by the SigV4 credential scope and checks no signature, so a plain
 * request with that scope reaches the engine.
 */
describe('the EventBridge awsJson1_1 protocol', () => {
  let cloud: LocalEvents;

  beforeAll(async () => {
    cloud = await startLocalEvents();
  });

  afterAll(async () => {
    await cloud?.stop();
  });

  const post = async (target: string, body: string) => {
    const response = await fetch(cloud.edge.url, {
      method: 'POST',
      headers: {
        authorization: 'AWS4-HMAC-SHA256 Credential=local/20261123/us-east-1/events/aws4_request, Signature=0',
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': target,
      },
      body,
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: (await response.json()) as unknown,
    };
  };

  it('answers an action it does not serve with UnknownOperationException', async () => {
    expect(await post('AWSEvents.CreateArchive', '{}')).toEqual({
      status: 400,
      type: 'application/x-amz-json-1.1',
      body: { __type: 'UnknownOperationException', message: expect.stringContaining('AWSEvents.CreateArchive') },
    });
  });

  it('answers a body that is not JSON with SerializationException', async () => {
    expect(await post('AWSEvents.ListEventBuses', '{not json')).toMatchObject({
      status: 400,
      body: { __type: 'SerializationException' },
    });
  });

  it('answers a field of the wrong type with SerializationException', async () => {
    expect(await post('AWSEvents.PutEvents', '{"Entries":"many"}')).toMatchObject({
      status: 400,
      body: { __type: 'SerializationException', message: 'entries must be a list of objects' },
    });
  });
});
