import type { SQSRecord } from 'aws-lambda';
import { issuesOf, type EventContract } from './contract.js';
import type { EventEnvelope } from './envelope.js';
import { validateEnvelope } from './envelope-validator.js';
import { PoisonRecordError } from './errors.js';
import { unwrapRecord, type Transport } from './unwrap.js';

const keyOf = (type: string, version: number) => `${type}@${version}`;

export interface AcceptedContracts {
  byKey: ReadonlyMap<string, EventContract>;
  /** For error messages: `OrderPlaced@1, PaymentFailed@1`. */
  described: string;
}

/** Indexes a receiver's contracts once, at cold start. */
export const acceptedContracts = (accepts: readonly EventContract[]): AcceptedContracts => {
  const byKey = new Map(accepts.map((contract) => [keyOf(contract.type, contract.version), contract]));
  return { byKey, described: [...byKey.keys()].join(', ') };
};

/**
 * Unwraps a record and checks it: the envelope against its schema, the type and version against the
 * accepted contracts, the data against its contract. Anything wrong is a PoisonRecordError: no retry
 * can fix it.
 */
export const openRecord = (
  record: SQSRecord,
  accepted: AcceptedContracts,
): { event: EventEnvelope; transport: Transport } => {
  const { transport, envelope } = unwrapRecord(record);
  if (!validateEnvelope(envelope)) {
    throw new PoisonRecordError('INVALID_EVENT', 'Message is not a valid event envelope', {
      issues: issuesOf(validateEnvelope),
    });
  }
  const key = keyOf(envelope.type, envelope.version);
  const contract = accepted.byKey.get(key);
  if (!contract) {
    throw new PoisonRecordError('UNKNOWN_EVENT', `${key} is not accepted here (accepts ${accepted.described})`, {
      eventId: envelope.id,
    });
  }
  if (!contract.validate(envelope.data)) {
    throw new PoisonRecordError('INVALID_EVENT', `${key} data breaks its contract`, {
      issues: issuesOf(contract.validate),
      eventId: envelope.id,
    });
  }
  return { event: envelope, transport };
};
