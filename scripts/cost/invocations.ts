/**
 * Lambda invocations as `sls offline` (serverless-offline 13) reports each one it completes:
 * `(λ: <functionKey>) RequestId: <id>  Duration: 12.34 ms  Billed Duration: 13 ms`. A failed
 * invocation prints no such line, so failures are not counted (none occur in the cost workload).
 */
export interface Invocation {
  readonly service: string;
  readonly functionKey: string;
  readonly billedMs: number;
  /** The handler's own run time, as sls offline timed it. */
  readonly durationMs: number;
}

const REPORT = /\(λ: ([\w-]+)\) RequestId: \S+\s+Duration: ([\d.]+) ms\s+Billed Duration: (\d+) ms/;

/** The invocation a service's output line reports, if it reports one. */
export const invocationOf = (service: string, line: string): Invocation | undefined => {
  const match = REPORT.exec(line);
  return match
    ? { service, functionKey: match[1] as string, durationMs: Number(match[2]), billedMs: Number(match[3]) }
    : undefined;
};

/** HTTP API functions: every service names its API function `router` (DESIGN.md). */
export const isRouter = (invocation: Invocation): boolean => invocation.functionKey === 'router';
