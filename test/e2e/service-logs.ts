import { silentProgress, type Progress } from '@commerce/local-cloud/testing';

/** One JSON log line of a service (pino, `message` its text: shared-core's logger), as its function wrote it. */
export type LogRecord = Record<string, unknown> & { message?: string };

/**
 * Whether a service's output line reports a failure: a function's error log (pino level 50 and
 * up) or a poller's batch whose messages go back to the queue until its visibility timeout.
 */
export const isFailure = (line: string): boolean =>
  line.includes('return after the visibility timeout') || /"level":(5\d|60)\b/.test(line);

/**
 * Keeps every line the services print under `sls offline` (their functions' JSON log lines, their
 * request logs and the event source mappings' reports), so a test can read a consumer's log for a
 * message as an operator would, or look for what must never be logged. Nothing is printed.
 */
export const recordServiceLogs = (alsoTo?: Progress['serviceOutput']) => {
  const lines: { service: string; line: string }[] = [];
  const progress: Progress = {
    ...silentProgress,
    serviceOutput: (service, line) => {
      lines.push({ service, line });
      alsoTo?.(service, line);
    },
  };
  const parsed = (line: string): LogRecord[] => {
    const start = line.indexOf('{');
    if (start < 0) return [];
    try {
      const value: unknown = JSON.parse(line.slice(start));
      return typeof value === 'object' && value !== null ? [value as LogRecord] : [];
    } catch {
      return [];
    }
  };
  return {
    progress,
    /** Every line so far, with the service that wrote it. */
    lines: (): readonly { service: string; line: string }[] => lines,
    /** The JSON log records `service` has written, oldest first. */
    records: (service: string): LogRecord[] =>
      lines.filter((entry) => entry.service === service).flatMap(({ line }) => parsed(line)),
  };
};
