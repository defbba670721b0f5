export { issuesOf, type DataOf, type EventContract, type RawSchemaIssue, type SchemaValidator } from './contract.js';
export { derivedUuid } from './derived-id.js';
export { createEvent, deriveEvent, type EnvelopeOf, type EventEnvelope, type Origin } from './envelope.js';
export { recordEvent, systemIdentities, type EventIdentities, type RecordedEvent } from './recorded-event.js';
export { validateEnvelope } from './envelope-validator.js';
export { BatchFailedError, PoisonRecordError } from './errors.js';
export { createReceiver, type ReceivedContext, type ReceiverHandler, type ReceiverOptions } from './receiver.js';
export { unwrapRecord, type Transport, type Unwrapped } from './unwrap.js';
