import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  freeServicePorts,
  silentProgress,
  startSystem,
  type Progress,
  type RunningSystem,
} from '@commerce/local-cloud/testing';

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

/**
 * The saga services as `pnpm dev` runs them (sls package, stacks on the local cloud, sls offline,
 * event source mappings), on free ports, with a small client for their HTTP APIs. `progress` hears
 * the runner and every service's output (its log lines, its pollers' reports); silent by default.
 */
export const startSagaSystem = async ({ progress = silentProgress }: { progress?: Progress } = {}) => {
  // notifications' local "email": a folder of JSON files, this run's own (read when `sls package` runs).
  const mailbox = mkdtempSync(join(tmpdir(), 'e2e-mailbox-'));
  process.env['NOTIFICATIONS_MAILBOX_DIR'] = mailbox;
  const ports = await freeServicePorts(SAGA_SERVICES);
  const system: RunningSystem = await startSystem({
    root,
    stage: 'local',
    only: SAGA_SERVICES,
    edgePort: 0,
    ports,
    progress,
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

  /** `read` again until `done` holds for what it returns, or throws with the last value seen. */
  const eventually = async <T>(read: () => Promise<T>, done: (value: T) => boolean, waitMs = 60_000): Promise<T> => {
    const deadline = Date.now() + waitMs;
    let last = await read();
    while (!done(last)) {
      if (Date.now() > deadline) throw new Error(`still not there after ${waitMs} ms: ${JSON.stringify(last)}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
      last = await read();
    }
    return last;
  };

  const order = (orderId: string) => call<OrderView>('orders', 'GET', `/orders/${orderId}`);
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
    order,
    trace: (correlationId: string) =>
      call<TraceView>('platform', 'GET', `/events?correlationId=${encodeURIComponent(correlationId)}`),
    /** The order once the saga has ended it (CONFIRMED or CANCELLED). */
    settledOrder: async (orderId: string, waitMs?: number) =>
      (
        await eventually(
          () => order(orderId),
          ({ status, body }) => status === 200 && (body.status === 'CONFIRMED' || body.status === 'CANCELLED'),
          waitMs,
        )
      ).body,
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
    /** The messages in the local mailbox about an order. */
    mailboxOf: (orderId: string) =>
      readdirSync(mailbox)
        .filter((file) => file.endsWith('.json'))
        .map((file) => JSON.parse(readFileSync(join(mailbox, file), 'utf8')) as { orderId: string; template: string })
        .filter((message) => message.orderId === orderId),
    stop: async () => {
      await system.stop();
      rmSync(mailbox, { recursive: true, force: true });
    },
  };
};

export type SagaSystem = Awaited<ReturnType<typeof startSagaSystem>>;
