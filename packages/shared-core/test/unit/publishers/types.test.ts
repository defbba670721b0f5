import type { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import type { SNSClient } from '@aws-sdk/client-sns';
import { expectTypeOf } from 'expect-type';
import type { EventEnvelope } from '../../../src/events/index.js';
import {
  PublishError,
  type UnpublishableEventError,
  createEventBridgePublisher,
  createSnsPublisher,
  type EventBridgePublisherOptions,
  type Publisher,
  type SnsPublisherOptions,
  type UnpublishedEvent,
} from '../../../src/publishers/index.js';

// Checked by `tsc --noEmit` (the typecheck step); the runtime assertion keeps Jest from reporting an empty test.
describe('publisher types', () => {
  it('take one envelope or a readonly list, and type what errors carry', () => {
    expectTypeOf(createSnsPublisher).returns.toEqualTypeOf<Publisher>();
    expectTypeOf(createEventBridgePublisher).returns.toEqualTypeOf<Publisher>();
    expectTypeOf<Publisher['publish']>().toBeCallableWith({} as EventEnvelope);
    expectTypeOf<Publisher['publish']>().toBeCallableWith([] as readonly EventEnvelope[]);
    expectTypeOf<Publisher['publish']>().parameter(0).not.toEqualTypeOf<unknown>();
    expectTypeOf<SnsPublisherOptions['client']>().toEqualTypeOf<SNSClient | undefined>();
    expectTypeOf<EventBridgePublisherOptions['client']>().toEqualTypeOf<EventBridgeClient | undefined>();
    expectTypeOf<PublishError['details']>().toEqualTypeOf<
      { destination: string; unpublished: UnpublishedEvent[] } | undefined
    >();
    expectTypeOf<NonNullable<UnpublishableEventError['details']>>().toHaveProperty('issues');

    expect(new PublishError('topic', [])).toBeInstanceOf(Error);
  });
});
