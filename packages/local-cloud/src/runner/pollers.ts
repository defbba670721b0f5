import { LambdaClient } from '@aws-sdk/client-lambda';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { EventSourceMappingPlan } from '../cloudformation/stack-plan.js';
import type { Edge } from '../edge/edge-server.js';
import type { DeliveryChaos, DuplicateTally } from '../lambda/delivery-chaos.js';
import { startEventSourceMapping, type EventSourceMappingHandle } from '../lambda/event-source-mapping.js';
import { LOCAL_CREDENTIALS } from '../local-account.js';
import type { Progress } from './progress.js';
import type { ServicePorts } from './service-ports.js';

export interface ServiceMapping {
  /** The service whose `sls offline` serves the function. */
  service: string;
  mapping: EventSourceMappingPlan;
}

export interface Pollers {
  /** Stops one service's mappings, so nothing is received for it while it is down. */
  pause(service: string): Promise<void>;
  /** Starts one service's mappings again. */
  resume(service: string): void;
  /** The duplicates `deliveryChaos` has injected so far, over every mapping (zeros without it). */
  readonly duplicates: Readonly<DuplicateTally>;
  stop(): Promise<void>;
}

/**
 * One poller per enabled event source mapping of every stack, whether or not its service runs:
 * a service that is down is waited for, and its messages stay in its queue until it is back.
 * A service stopped on purpose is paused first, so no message is received (and a receive spent)
 * in the moment its `sls offline` goes away.
 */
export const startPollers = ({
  edge,
  mappings,
  ports,
  progress,
  deliveryChaos,
}: {
  edge: Edge;
  mappings: readonly ServiceMapping[];
  ports: ReadonlyMap<string, ServicePorts>;
  progress: Progress;
  deliveryChaos?: DeliveryChaos;
}): Pollers => {
  const config = { region: edge.region, credentials: LOCAL_CREDENTIALS };
  // The app id tells the edge's request meter these receives and deletes are Lambda's pollers'.
  const sqs = new SQSClient({ ...config, endpoint: edge.url, userAgentAppId: 'local-cloud-lambda' });
  const lambdas = new Map<string, LambdaClient>();
  const lambdaOf = (service: string): LambdaClient => {
    let lambda = lambdas.get(service);
    if (!lambda) {
      const port = ports.get(service)?.lambda;
      if (!port) throw new Error(`No ports for ${service}`);
      // One attempt: a failed invocation is retried through the queue, as Lambda's poller does.
      lambda = new LambdaClient({ ...config, endpoint: `http://127.0.0.1:${port}`, maxAttempts: 1 });
      lambdas.set(service, lambda);
    }
    return lambda;
  };
  const enabled = mappings.filter(({ mapping }) => mapping.enabled);
  const duplicates: DuplicateTally = { repeated: 0, resent: 0 };
  const start = ({ service, mapping }: ServiceMapping): EventSourceMappingHandle =>
    startEventSourceMapping({
      queueArn: mapping.queueArn,
      queueUrl: mapping.queueUrl,
      functionName: mapping.functionName,
      batchSize: mapping.batchSize,
      maximumBatchingWindowInSeconds: mapping.maximumBatchingWindowInSeconds,
      reportBatchItemFailures: mapping.reportBatchItemFailures,
      region: edge.region,
      sqs,
      lambda: lambdaOf(service),
      log: (line) => progress.serviceOutput(service, line),
      ...(deliveryChaos && { deliveryChaos, duplicates }),
    });
  const running = new Map<string, EventSourceMappingHandle[]>();
  const resume = (service: string) => {
    if (running.has(service)) return;
    running.set(service, enabled.filter((entry) => entry.service === service).map(start));
  };
  const pause = async (service: string) => {
    const handles = running.get(service) ?? [];
    running.delete(service);
    await Promise.all(handles.map((handle) => handle.stop()));
  };
  new Set(enabled.map(({ service }) => service)).forEach(resume);
  return {
    pause,
    resume,
    duplicates,
    async stop() {
      await Promise.all([...running.keys()].map(pause));
      sqs.destroy();
      lambdas.forEach((lambda) => lambda.destroy());
    },
  };
};
