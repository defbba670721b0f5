import { DependencyError } from '@commerce/shared-core';
import type { EventEnvelope } from '@commerce/shared-core/events';
import type { Publisher } from '@commerce/shared-core/publishers';

/** A publisher that keeps what it was given, and can be told to fail the next few publishes. */
export interface RecordingPublisher extends Publisher {
  readonly published: EventEnvelope[];
  failNext(times?: number): void;
}

export const createRecordingPublisher = (): RecordingPublisher => {
  const published: EventEnvelope[] = [];
  let failuresLeft = 0;
  return {
    published,
    failNext(times = 1) {
      failuresLeft = times;
    },
    async publish(events) {
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        throw new DependencyError('The topic is unreachable (simulated)');
      }
      published.push(...structuredClone(Array.isArray(events) ? events : [events]));
    },
  };
};
