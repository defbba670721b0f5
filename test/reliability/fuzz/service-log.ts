/**
 * Listens to every service's output (startSagaSystem's `serviceOutput`) for two things:
 * - each record a receiver logged as permanent (`permanent: true`, its message id and receive
 *   count), proof that poison is logged, every time it is received;
 * - each invocation that failed as a whole for a reason other than BatchFailedError (which a
 *   receiver throws on purpose when every record of a batch failed): a crashed batch;
 * - each batch the event source mapping saw fail without the function's own verdict (a timeout
 *   under `sls offline`, an invoke that never reached the function). Its messages were received
 *   and counted, but the function may have logged nothing for them, as in Lambda after a timeout.
 */
const parsed = (line: string): { messageId?: string; receiveCount?: number } | undefined => {
  try {
    return JSON.parse(line) as { messageId?: string; receiveCount?: number };
  } catch {
    return undefined;
  }
};

export const listenToServices = () => {
  const permanent = new Map<string, number[]>();
  const crashes: string[] = [];
  let unhandledIn: string | undefined;
  const lostDeliveries = new Map<string, number>();

  const hear = (service: string, line: string) => {
    // local-cloud's poller: "<n> messages failed: <reason>; they return after the visibility timeout".
    const failedBatch = /^(\d+) messages? failed: (.*)$/.exec(line.trim());
    if (failedBatch && !failedBatch[2]!.includes('BatchFailedError')) {
      lostDeliveries.set(service, (lostDeliveries.get(service) ?? 0) + Number(failedBatch[1]));
      return;
    }
    if (line.startsWith('{') && line.includes('"permanent":true')) {
      // A line that does not parse counts no receive; the receive counts it lacks then show.
      const entry = parsed(line);
      if (entry?.messageId)
        permanent.set(entry.messageId, [...(permanent.get(entry.messageId) ?? []), entry.receiveCount ?? 0]);
      return;
    }
    // sls offline: "× Unhandled exception in handler 'audit'." then "× <ErrorName>: <message>".
    if (line.includes('Unhandled exception in handler')) {
      unhandledIn = `${service}: ${line}`;
      return;
    }
    const thrown = /^× (\w+): /.exec(line.trim());
    if (unhandledIn && thrown) {
      if (thrown[1] !== 'BatchFailedError') crashes.push(`${unhandledIn} ${line.trim()}`);
      unhandledIn = undefined;
    }
  };

  return {
    /** For startSagaSystem's `serviceOutput`. */
    hear,
    /** The receive counts logged for a message, in the order they were logged. */
    receivesLogged: (messageId: string): readonly number[] => permanent.get(messageId) ?? [],
    crashes: (): readonly string[] => crashes,
    /** Messages delivered to `service` in batches that failed whole without the function's verdict (see above). */
    lostDeliveries: (service: string): number => lostDeliveries.get(service) ?? 0,
  };
};
