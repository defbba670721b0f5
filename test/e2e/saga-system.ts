import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freeServicePorts, startSystem, type DeliveryChaos, type Progress } from '@commerce/local-cloud/testing';
import { eventually, eventuallyEach } from './eventually.js';
import { localFaults } from './local-faults.js';
import { isFailure, recordServiceLogs } from './service-logs.js';
import { lockSagaSystem } from './system-lock.js';

/** The services that carry an order from placement to confirmation or compensation, and the ones that listen. */
export const SAGA_SERVICES = ['orders', 'inventory', 'payments', 'notifications', 'analytics', 'platform'] as const;
type SagaService = (typeof SAGA_SERVICES)[number];

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface OrderView {
  orderId: string;
  customerId: string;
  status: 'PENDING' | 'CONFIRMED' | 'CANCELLED';
  items: { sku: string; quantity: number; unitPrice?: number }[];
  total?: number;
  reason?: string;
  currency?: string;
  correlationId: string;
  timeline: { type: string; eventId: string }[];
}

export interface TraceView {
  correlationId: string;
  events: {
    eventId: string;
    type: string;
    version: number;
    service: string;
    time: string;
    causationId: string;
    deliveryLatencyMs: number;
  }[];
}

export interface StockView {
  sku: string;
  available: number;
  reserved: number;
  price: number;
}

export interface PaymentView {
  orderId: string;
  status: string;
  amount: number;
  reason?: string;
  attempts: { outcome: string }[];
}

/** `GET /analytics/summary`, the parts the tests compare. */
export interface AnalyticsSummary {
  orders: { placed: number; confirmed: number; cancelled: number; pending: number };
  revenue: Record<string, number>;
  cancellations: Record<string, number>;
  eventsByType: Record<string, number>;
  latencyMs: { count: number; p50: number | null; p95: number | null; p99: number | null };
}

export interface ApiResponse<T> {
  status: number;
  body: T;
}

export interface SagaSystemOptions {
  /** Every event delivered more than once and out of order (local-cloud's DeliveryChaos). */
  deliveryChaos?: DeliveryChaos;
  /** Hears every service's output line as it comes, besides the system's own record (`logsOf`). */
  serviceOutput?: Progress['serviceOutput'];
}

/**
 * The saga services as `pnpm dev` runs them (sls package, stacks on the local cloud, sls offline,
 * event source mappings), on free ports, with a small client for their HTTP APIs and switches for
 * the faults the local stage can play (the payment provider down, the mailbox unwritable). Waits
 * its turn: one system at a time per checkout (system-lock.ts), so callers allow minutes for it.
 */
export const startSagaSystem = async (options: SagaSystemOptions = {}) => {
  const unlock = await lockSagaSystem(join(root, 'artifacts', 'saga-system.lock'));
  const files = mkdtempSync(join(tmpdir(), 'e2e-system-'));
  const logs = recordServiceLogs(options.serviceOutput);
  const startOnce = async () => {
    const faults = localFaults(files);
    const ports = await freeServicePorts(SAGA_SERVICES);
    const system = await startSystem({
      root,
      stage: 'local',
      only: SAGA_SERVICES,
      edgePort: 0,
      ports,
      progress: logs.progress,
      ...(options.deliveryChaos && { deliveryChaos: options.deliveryChaos }),
    });
    return { faults, ports, system };
  };
  // Ports are picked free and bound a moment later; on a machine shared with other test runs another
  // process may take one in between. The runner then stops what it started and says the port is in
  // use (or sls offline fails with EADDRINUSE): start again, on other ports.
  const started = async (attempt = 1): Promise<Awaited<ReturnType<typeof startOnce>>> => {
    try {
      return await startOnce();
    } catch (error) {
      if (attempt >= 3 || !/is already in use|EADDRINUSE/.test(String(error))) throw error;
      return started(attempt + 1);
    }
  };
  const { faults, ports, system } = await started().catch((error: unknown) => {
    rmSync(files, { recursive: true, force: true });
    unlock();
    throw error;
  });

  /** Requests whose function timed out under `sls offline` (see `call`): slow, not wrong. */
  const timeouts: string[] = [];
  const call = async <T>(
    service: SagaService,
    method: string,
    path: string,
    init: RequestInit = {},
    attempt = 1,
  ): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${system.urls.get(service)}${path}`, {
      method,
      ...init,
      headers: { 'content-type': 'application/json', ...init.headers },
    });
    const text = await response.text();
    const body = (text ? JSON.parse(text) : undefined) as T;
    // sls offline answers a function that ran past its timeout with 200 and Lambda's error object;
    // API Gateway answers 503. Seen as AWS would show it, so callers retry instead of reading it as data.
    if (response.status === 200 && (body as { errorType?: string } | undefined)?.errorType === 'LambdaTimeoutError') {
      timeouts.push(`${method} ${service} ${path}`);
      // A read is safe to repeat, as a client would; anything else answers the 503.
      if (method === 'GET' && attempt < 5) return call<T>(service, method, path, init, attempt + 1);
      return { status: 503, body };
    }
    return { status: response.status, body };
  };

  const order = (orderId: string) => call<OrderView>('orders', 'GET', `/orders/${orderId}`);
  const trace = (correlationId: string) =>
    call<TraceView>('platform', 'GET', `/events?correlationId=${encodeURIComponent(correlationId)}`);
  const isSettled = ({ status, body }: ApiResponse<OrderView>) =>
    status === 200 && (body.status === 'CONFIRMED' || body.status === 'CANCELLED');
  /** Every order the API accepted (202), in the order they were placed. */
  const accepted = new Set<string>();

  return {
    system,
    /** Each service's Lambda Invoke API (`sls offline`), where the pollers deliver its receivers' batches. */
    lambdaUrl: (service: SagaService) => `http://127.0.0.1:${ports.get(service)!.lambda}`,
    call,
    eventually,
    setStock: (sku: string, available: number, price: number) =>
      call<StockView>('inventory', 'PUT', `/inventory/${sku}`, { body: JSON.stringify({ available, price }) }),
    stock: async (sku: string) => (await call<StockView>('inventory', 'GET', `/inventory/${sku}`)).body,
    placeOrder: async (body: unknown, idempotencyKey?: string) => {
      const response = await call<{ orderId: string; status: string }>('orders', 'POST', '/orders', {
        body: JSON.stringify(body),
        headers: idempotencyKey ? { 'idempotency-key': idempotencyKey } : {},
      });
      if (response.status === 202) accepted.add(response.body.orderId);
      return response;
    },
    accepted: () => [...accepted],
    timeouts,
    /** What the services have logged so far, line by line. */
    serviceLogs: logs.lines,
    order,
    trace,
    eventuallyEach,
    /**
     * The order once the saga has ended it (CONFIRMED or CANCELLED). If it does not end in time,
     * the error says where it stopped: its trace, its payment, and every failure the services and
     * the pollers reported (a failed delivery returns only after the queue's visibility timeout).
     */
    settledOrder: async (orderId: string, waitMs?: number) => {
      try {
        return (await eventually(() => order(orderId), isSettled, waitMs)).body;
      } catch (error) {
        const { body } = await order(orderId);
        const events = body?.correlationId ? (await trace(body.correlationId)).body.events : undefined;
        const payment = (await call<PaymentView>('payments', 'GET', `/payments/${orderId}`)).body;
        const failures = logs
          .lines()
          .filter(({ line }) => isFailure(line) || (line.includes(orderId) && /"level":[4-6]\d\b/.test(line)))
          .slice(-20)
          .map(({ service, line }) => `  ${service}: ${line.slice(0, 400)}`);
        throw new Error(
          [
            (error as Error).message,
            `trace: ${events?.map((event) => `${event.type}@${event.time}`).join(' → ') ?? 'none'}`,
            `payment: ${JSON.stringify(payment)}`,
            'what the services logged about it, and every failure:',
            ...failures,
          ].join('\n'),
        );
      }
    },
    /** The orders once the saga has ended every one, read one request at a time. */
    settledOrders: async (orderIds: readonly string[], waitMs?: number) =>
      (await eventuallyEach(orderIds, order, isSettled, waitMs)).map(({ body }) => body),
    payment: (orderId: string) => call<PaymentView>('payments', 'GET', `/payments/${orderId}`),
    notifications: (orderId: string) =>
      call<{ notifications: { template: string; status: string }[] }>(
        'notifications',
        'GET',
        `/notifications?orderId=${orderId}`,
      ),
    analytics: async () =>
      (
        await eventually(
          () => call<AnalyticsSummary>('analytics', 'GET', '/analytics/summary'),
          ({ status }) => status === 200,
        )
      ).body,
    dashboardUrl: () => `${system.urls.get('analytics')}/dashboard`,
    /** The JSON log records a service has written, oldest first. */
    logsOf: logs.records,
    paymentProvider: faults.paymentProvider,
    mailbox: faults.mailbox,
    /** The messages in the local mailbox about an order. */
    mailboxOf: (orderId: string) =>
      readdirSync(faults.mailboxDir)
        .filter((file) => file.endsWith('.json'))
        .map(
          (file) =>
            JSON.parse(readFileSync(join(faults.mailboxDir, file), 'utf8')) as { orderId: string; template: string },
        )
        .filter((message) => message.orderId === orderId),
    stop: async () => {
      try {
        await system.stop();
        rmSync(files, { recursive: true, force: true });
      } finally {
        unlock();
      }
    },
  };
};

export type SagaSystem = Awaited<ReturnType<typeof startSagaSystem>>;
