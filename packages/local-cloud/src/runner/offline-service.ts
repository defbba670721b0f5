import type { ChildProcess } from 'node:child_process';
import { LOCAL_CREDENTIALS } from '../local-account.js';
import { stopGroup } from './process-group.js';
import { portVariableOf, type ServicePorts } from './service-ports.js';
import { eachLine } from './each-line.js';
import { OutputTail, spawnSls } from './sls-cli.js';
import { isListening, waitForPorts } from './wait-for-port.js';

export interface OfflineServiceOptions {
  name: string;
  dir: string;
  stage: string;
  ports: ServicePorts;
  /** The local cloud's URL, given to the service's AWS SDK clients as AWS_ENDPOINT_URL. */
  endpointUrl: string;
  region: string;
  /** Where the service's own output goes (its request logs); dropped when absent. */
  output?: (name: string, line: string) => void;
  readyTimeoutMs?: number;
}

export interface OfflineService {
  readonly name: string;
  readonly url: string;
  readonly lambdaUrl: string;
  stop(): Promise<void>;
}

/** The environment every service gets locally: the SDK talks to the local cloud, never to AWS. */
const localAwsEnvironment = (endpointUrl: string, region: string): NodeJS.ProcessEnv => ({
  AWS_ENDPOINT_URL: endpointUrl,
  AWS_REGION: region,
  AWS_DEFAULT_REGION: region,
  AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
  AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
  AWS_SESSION_TOKEN: undefined,
  AWS_PROFILE: undefined,
});

/**
 * Runs one service's `sls offline` on 127.0.0.1 at its fixed ports and resolves once both its
 * HTTP API and its Lambda Invoke API accept connections.
 */
export const startOfflineService = async (options: OfflineServiceOptions): Promise<OfflineService> => {
  const { name, dir, stage, ports, output } = options;
  // A port already held (a run left over, another program) would look ready at once.
  for (const port of [ports.http, ports.lambda]) {
    if (await isListening(port)) {
      throw new Error(`${name}: port ${port} is already in use; stop what holds it or set ${portVariableOf(name)}`);
    }
  }
  const tail = new OutputTail();
  const child: ChildProcess = spawnSls({
    cwd: dir,
    args: [
      'offline',
      'start',
      '--stage',
      stage,
      '--host',
      '127.0.0.1',
      '--httpPort',
      String(ports.http),
      '--lambdaPort',
      String(ports.lambda),
      '--websocketPort',
      String(ports.websocket),
    ],
    env: { ...process.env, ...localAwsEnvironment(options.endpointUrl, options.region) },
  });

  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (chunk: Buffer) => tail.push(chunk));
    if (stream && output) eachLine(stream, (line) => output(name, line));
  }

  const stop = () => stopGroup(child);
  try {
    await waitForPorts([ports.http, ports.lambda], {
      timeoutMs: options.readyTimeoutMs ?? 120_000,
      failed: () =>
        child.exitCode !== null || child.signalCode !== null
          ? `${name}: sls offline exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${tail}`
          : undefined,
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    name,
    url: `http://127.0.0.1:${ports.http}`,
    lambdaUrl: `http://127.0.0.1:${ports.lambda}`,
    stop,
  };
};
