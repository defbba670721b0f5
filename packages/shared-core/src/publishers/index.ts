/**
 * `@commerce/shared-core/publishers`: SNS and EventBridge publishers of event envelopes, with
 * batching by count and bytes and retries of only the entries AWS reports failed.
 */
export { MAX_ENTRIES, MAX_REQUEST_BYTES } from './batching.js';
export { PublishError, UnpublishableEventError, type UnpublishedEvent } from './errors.js';
export { createEventBridgePublisher, eventBridgeSource, type EventBridgePublisherOptions } from './eventbridge.js';
export { createSnsPublisher, type SnsPublisherOptions } from './sns.js';
export type { Backoff, Publisher, PublisherOptions } from './publisher.js';
