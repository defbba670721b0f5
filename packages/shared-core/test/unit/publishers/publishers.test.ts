import {
  PublishError,
  UnpublishableEventError,
  createEventBridgePublisher,
  createSnsPublisher,
} from '../../../src/publishers/index.js';
import { envelope } from '../../helpers/aws-events.js';
import { events, harnesses, resetMocks } from './harness.js';

beforeEach(resetMocks);

/** Awaits a publish that should fail and hands back its error. */
const failureOf = async (publishing: Promise<void>): Promise<PublishError> => {
  const error: unknown = await publishing.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof PublishError)) throw new Error(`expected a PublishError, got ${String(error)}`);
  return error;
};

describe.each(harnesses)('the %s publisher', (_name, harness) => {
  it.each([1, 10, 11, 25])('publishes %i small events in ceil(N/10) API calls, in order', async (count) => {
    harness.respond();

    await harness.make().publish(events(count));

    expect(harness.calls()).toHaveLength(Math.ceil(count / 10));
    expect(harness.calls().flat()).toEqual(events(count).map((event) => event.id));
  });

  it('makes no call for an empty list', async () => {
    harness.respond();

    await harness.make().publish([]);

    expect(harness.calls()).toEqual([]);
  });

  it('splits requests so that none carries more than 256 KiB', async () => {
    harness.respond();

    await harness.make().publish(events(5, 100 * 1024));

    expect(harness.calls()).toEqual([['evt-1', 'evt-2'], ['evt-3', 'evt-4'], ['evt-5']]);
  });

  it('fills a request up to exactly 256 KiB, counting UTF-8 bytes as AWS documents', async () => {
    harness.respond();
    const [first, second] = events(2, 0).map((event) => ({ ...event, data: { note: 'é' } }));
    // Pad the second note (2 bytes per é) so that both entries together weigh exactly 256 KiB.
    const room = 256 * 1024 - harness.documentedSize(first!) - harness.documentedSize(second!);
    const exact = { ...second!, data: { note: 'é'.repeat(1 + room / 2) } };
    const oneByteOver = { ...second!, data: { note: `${exact.data.note}x` } };

    await harness.make().publish([first!, exact]);
    await harness.make().publish([first!, oneByteOver]);

    expect(room % 2).toBe(0);
    expect(harness.calls()).toEqual([['evt-1', 'evt-2'], ['evt-1'], ['evt-2']]);
  });

  it('refuses an event over 256 KiB before any call, naming it and its position', async () => {
    harness.respond();
    const huge = envelope({ id: 'evt-huge', data: { note: 'x'.repeat(256 * 1024) } });

    const publishing = harness.make().publish([...events(2), huge]);

    await expect(publishing).rejects.toBeInstanceOf(UnpublishableEventError);
    await expect(publishing).rejects.toMatchObject({
      code: 'INVALID_OUTGOING_EVENT',
      retryable: false,
      message: expect.stringMatching(/evt-huge is \d+ bytes, over the 262144-byte limit/),
      details: { issues: [{ path: '/2', message: expect.stringContaining('evt-huge') }] },
    });
    expect(harness.calls()).toEqual([]);
  });

  it('sends an event repeated in one publish once', async () => {
    harness.respond();
    const [first, second] = events(2);

    await harness.make().publish([first!, second!, { ...first! }]);

    expect(harness.calls()).toEqual([['evt-1', 'evt-2']]);
  });

  it('refuses two different events with the same id before any call', async () => {
    harness.respond();
    const [first, second] = events(2);

    const publishing = harness.make().publish([first!, second!, { ...second!, data: { other: true } }]);

    await expect(publishing).rejects.toMatchObject({
      name: 'UnpublishableEventError',
      details: { issues: [{ path: '/2', message: 'two different events have the id evt-2' }] },
    });
    expect(harness.calls()).toEqual([]);
  });

  it('re-sends only the entries reported failed, with the backoff of each attempt in between', async () => {
    harness.respond({ 'evt-2': 'transient', 'evt-3': 'transient' }, { 'evt-3': 'transient' });
    const waitedBefore: number[] = [];
    const backoff = (attempt: number) => {
      waitedBefore.push(attempt);
      return 0;
    };

    await harness.make({ backoff }).publish(events(3));

    expect(harness.calls()).toEqual([['evt-1', 'evt-2', 'evt-3'], ['evt-2', 'evt-3'], ['evt-3']]);
    expect(waitedBefore).toEqual([2, 3]);
  });

  it('throws a retryable PublishError naming the events still failing after the last attempt', async () => {
    harness.respond({ 'evt-2': 'transient' }, { 'evt-2': 'transient' });

    const error = await failureOf(harness.make({ maxAttempts: 2 }).publish(events(3)));

    expect(error).toMatchObject({ name: 'PublishError', code: 'PUBLISH_FAILED', status: 502, retryable: true });
    expect(error.message).toContain(`evt-2 (${harness.codes.transient})`);
    expect(error.details?.unpublished).toEqual([
      { id: 'evt-2', errorCode: harness.codes.transient, errorMessage: 'transient failure', retryable: true },
    ]);
    expect(harness.calls()).toHaveLength(2);
  });

  it('reports an entry that can never succeed at once, without retrying it', async () => {
    harness.respond({ 'evt-1': 'permanent', 'evt-2': 'transient' });

    const error = await failureOf(harness.make().publish(events(3)));

    expect(harness.calls()).toEqual([['evt-1', 'evt-2', 'evt-3'], ['evt-2']]);
    expect(error.retryable).toBe(false);
    expect(error.details?.unpublished).toEqual([
      { id: 'evt-1', errorCode: harness.codes.permanent, errorMessage: 'permanent failure', retryable: false },
    ]);
  });

  it('still sends the next requests when entries of one keep failing, and reports them at the end', async () => {
    harness.respond({ 'evt-1': 'transient' }, { 'evt-1': 'transient' });

    const error = await failureOf(harness.make({ maxAttempts: 2 }).publish(events(12)));

    expect(harness.calls().flat()).toEqual(expect.arrayContaining(['evt-11', 'evt-12']));
    expect(error.details?.unpublished.map(({ id }) => id)).toEqual(['evt-1']);
  });

  it('wraps an SDK error in a PublishError with its cause and every id of the request', async () => {
    const hangUp = new Error('socket hang up');
    harness.reject(hangUp);

    const error = await failureOf(harness.make().publish(events(3)));

    expect(error).toMatchObject({ code: 'PUBLISH_FAILED', retryable: true, cause: hangUp });
    expect(error.details?.unpublished).toEqual(
      events(3).map(({ id }) => ({ id, errorCode: 'Error', errorMessage: 'socket hang up', retryable: true })),
    );
  });

  it('wraps an SDK error for a single event too', async () => {
    const throttled = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
    harness.reject(throttled);

    const error = await failureOf(harness.make().publish(envelope({ id: 'evt-9' })));

    expect(error.cause).toBe(throttled);
    expect(error.details?.unpublished).toEqual([
      { id: 'evt-9', errorCode: 'ThrottlingException', errorMessage: 'Rate exceeded', retryable: true },
    ]);
  });

  it('stops at a failed call, naming its events and those never sent', async () => {
    harness.reject(Object.assign(new Error('connect ECONNREFUSED'), { name: 'ECONNREFUSED' }));

    const error = await failureOf(harness.make().publish(events(12)));

    expect(harness.calls()).toHaveLength(1);
    expect(error.details?.unpublished.map(({ id, errorCode }) => `${id}:${errorCode}`)).toEqual([
      ...events(10).map(({ id }) => `${id}:ECONNREFUSED`),
      'evt-11:NotAttempted',
      'evt-12:NotAttempted',
    ]);
  });
});

describe('creating a publisher', () => {
  it.each([0, 1.5, -1])('refuses maxAttempts %p at once with a ConfigError', (maxAttempts) => {
    const creating = () => createSnsPublisher({ topicArn: 'arn:aws:sns:eu-west-1:123456789012:t', maxAttempts });

    expect(creating).toThrow(expect.objectContaining({ name: 'ConfigError', code: 'CONFIG_INVALID' }));
  });

  it('refuses an empty destination at once', () => {
    const creating = () => createEventBridgePublisher({ eventBusName: '' });

    expect(creating).toThrow('eventBusName is required');
  });
});
