import { ALL_CONTRACTS } from '@commerce/contracts';
import { issuesOf, unwrapRecord, validateEnvelope, type EventEnvelope } from '@commerce/shared-core/events';
import type { SQSRecord } from 'aws-lambda';

export type Diagnosis =
  | { poison: true; reason: string; event?: Pick<EventEnvelope, 'id' | 'type' | 'version' | 'correlationId'> }
  | { poison: false; reason: string; event: Pick<EventEnvelope, 'id' | 'type' | 'version' | 'correlationId'> };

const identity = ({ id, type, version, correlationId }: EventEnvelope) => ({ id, type, version, correlationId });

const describeIssues = (issues: readonly { path: string; message: string }[]) =>
  issues.map((issue) => `${issue.path} ${issue.message}`).join('; ');

/**
 * Why a message is in a DLQ, as far as the message itself tells: opened exactly as every receiver
 * opens a record (shared-core's unwrap, the envelope schema, the catalog's contract of its type and
 * version). A message that fails there is poison: no retry helps, the producer or the catalog must
 * change. A message that passes was a good event its consumer failed on (its table or a dependency
 * was down, or a bug): the consumer's log lines for this message id say which, and a redrive after
 * the fix completes it.
 */
export const diagnose = (body: string): Diagnosis => {
  let envelope: unknown;
  try {
    envelope = unwrapRecord({ body } as SQSRecord).envelope;
  } catch (error) {
    return { poison: true, reason: (error as Error).message };
  }
  if (!validateEnvelope(envelope)) {
    return { poison: true, reason: `not an event envelope: ${describeIssues(issuesOf(validateEnvelope))}` };
  }
  const contract = ALL_CONTRACTS.find((known) => known.type === envelope.type && known.version === envelope.version);
  if (!contract) {
    return {
      poison: true,
      reason: `${envelope.type} v${envelope.version} is not in the catalog`,
      event: identity(envelope),
    };
  }
  if (!contract.validate(envelope.data)) {
    return {
      poison: true,
      reason: `its data breaks the contract of ${envelope.type} v${envelope.version}: ${describeIssues(issuesOf(contract.validate))}`,
      event: identity(envelope),
    };
  }
  return {
    poison: false,
    reason: `a valid ${envelope.type} v${envelope.version} that its consumer failed on; its log lines for this message id say why`,
    event: identity(envelope),
  };
};
