import { startEdge, type Edge } from '../edge/edge-server.js';
import type { DeliveryChaos, DuplicateTally } from '../lambda/delivery-chaos.js';
import { discoverServices, selectServices, type ServiceFolder } from './discover-services.js';
import { loadStacks } from './load-stacks.js';
import { packageServices } from './package-services.js';
import { startOfflineService, type OfflineService } from './offline-service.js';
import { startPollers, type Pollers } from './pollers.js';
import type { Progress } from './progress.js';
import { assignPorts, type ServicePorts } from './service-ports.js';
import { seedService } from './seed.js';

export interface SystemOptions {
  /** The repository root: services are the folders under `<root>/services`. */
  root: string;
  stage: string;
  /** Services whose `sls offline` runs; every stack is still created, so their queues fill up. */
  only?: readonly string[];
  /** The local cloud's port; 0 picks a free one. */
  edgePort: number;
  /** Ports per service instead of the documented ones (tests pick free ports). */
  ports?: ReadonlyMap<string, ServicePorts>;
  progress: Progress;
  /** Tests only: every event source mapping delivers each message more than once, shuffled (DeliveryChaos). */
  deliveryChaos?: DeliveryChaos;
}

export interface RunningSystem {
  readonly edge: Edge;
  /** The HTTP URL of each running service. */
  readonly urls: ReadonlyMap<string, string>;
  /** Stops one service's `sls offline` (its queues keep their messages) and starts it again. */
  stopService(name: string): Promise<void>;
  startService(name: string): Promise<void>;
  /** The duplicates `deliveryChaos` has injected so far (zeros without it). */
  duplicates(): DuplicateTally;
  summary(): string;
  stop(): Promise<void>;
}

const packageAll = async (services: readonly ServiceFolder[], stage: string, progress: Progress) => {
  await packageServices(services, { stage, onStart: (service) => progress.step(`packaging ${service.name}`) });
  progress.done(`packaged ${services.map((service) => service.name).join(', ')}`);
};

/**
 * Starts the whole system: the local cloud, every service's resources from its packaged template,
 * each selected service's `sls offline`, and the event source mappings that feed its receivers.
 * On failure everything already started is stopped before the error is thrown.
 */
export const startSystem = async (options: SystemOptions): Promise<RunningSystem> => {
  const { stage, progress } = options;
  const all = discoverServices(options.root);
  const selected = selectServices(all, options.only);
  const ports = options.ports ?? assignPorts(all.map((service) => service.name));

  const edge = await startEdge({ port: options.edgePort });
  const offline = new Map<string, OfflineService>();
  let pollers: Pollers | undefined;
  const stop = async () => {
    await pollers?.stop();
    await Promise.all([...offline.values()].map((service) => service.stop()));
    offline.clear();
    await edge.stop();
  };

  try {
    progress.done(`local cloud on ${edge.url}`);
    if (all.length === 0) progress.step(`no services under ${options.root}/services yet: the local cloud runs alone`);
    else await packageAll(all, stage, progress);
    const stacks = await loadStacks({ services: all, stage, edge, progress });
    const startService = async (name: string) => {
      const service = all.find((candidate) => candidate.name === name);
      const servicePorts = ports.get(name);
      if (!service || !servicePorts) throw new Error(`No service named ${name}`);
      progress.step(`starting ${name} on port ${servicePorts.http}`);
      const running = await startOfflineService({
        ...service,
        stage,
        ports: servicePorts,
        endpointUrl: edge.url,
        region: edge.region,
        output: progress.serviceOutput,
      });
      offline.set(name, running);
      progress.done(`${name} ready on ${running.url}`);
    };
    const seed = async (service: ServiceFolder) => {
      const url = offline.get(service.name)?.url;
      const seeded = url ? await seedService(service.name, service.dir, url) : 0;
      if (seeded > 0) progress.done(`seeded ${service.name} (${seeded} requests)`);
    };
    // allSettled: a service that fails must not leave its siblings starting after stop() has run.
    const runnable = selected.filter((service) => stacks.withFunctions.has(service.name));
    for (const service of selected.filter((candidate) => !runnable.includes(candidate))) {
      progress.done(`${service.name} declares resources only: nothing to run`);
    }
    const started = await Promise.allSettled(runnable.map((service) => startService(service.name)));
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    pollers = startPollers({ edge, mappings: stacks.mappings, ports, progress, deliveryChaos: options.deliveryChaos });
    for (const service of runnable) await seed(service);

    return {
      edge,
      get urls() {
        return new Map([...offline].map(([name, service]) => [name, service.url]));
      },
      stopService: async (name) => {
        await pollers?.pause(name);
        await offline.get(name)?.stop();
        offline.delete(name);
      },
      startService: async (name) => {
        await startService(name);
        pollers?.resume(name);
      },
      duplicates: () => ({ repeated: 0, resent: 0, ...pollers?.duplicates }),
      summary: () =>
        [
          `  local cloud   ${edge.url}   (AWS_ENDPOINT_URL)`,
          ...[...offline].map(([name, service]) => `  ${name.padEnd(13)} ${service.url}`),
        ].join('\n'),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
};
