/**
 * Listens to every service's output (startSagaSystem's `serviceOutput`) for two things:
 * - each record a receiver logged as permanent (`permanent: true`, its message id and receive
 *   count), proof that poison is logged, every time it is received;
 * - each invocation that failed as a whole for a reason other than BatchFailedError (which a
 *   receiver throws on purpose when every record of a batch failed): a crashed batch.
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

  const hear = (service: string, line: string) => {
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
  };
};
