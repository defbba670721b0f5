export { MAX_ENTRIES, MAX_REQUEST_BYTES } from './batching.js';
export { PublishError, type UnpublishedEvent } from './errors.js';
export { createEventBridgePublisher, eventBridgeSource, type EventBridgePublisherOptions } from './eventbridge.js';
export type { Publisher } from './publisher.js';
export { createSnsPublisher, type SnsPublisherOptions } from './sns.js';
