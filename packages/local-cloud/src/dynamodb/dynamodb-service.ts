import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatedService, RequestHandler, ServiceFactory } from '../edge/emulated-service.js';
import { startEmbeddedDynalite, TARGET_PREFIX, type EmbeddedDynalite } from './embedded-dynalite.js';
import { readJsonBody, sendError, sendJson } from './http-json.js';
import { IdempotencyTokens } from './idempotency-tokens.js';
import { TimeToLiveSettings } from './time-to-live-settings.js';
import { createTransactReader } from './transact-get.js';
import { createTransactWriter } from './transact-write.js';
import { sweepExpiredItems } from './ttl-sweeper.js';
import type { JsonObject } from './wire-types.js';
import { WriteGate } from './write-gate.js';

export interface DynamoDbServiceOptions {
  /** How often expired TTL items are deleted; 5000 ms by default, 0 to sweep only when asked. */
  readonly ttlSweepMs?: number;
}

/** The DynamoDB engine, with its TTL sweep callable directly so tests need not wait for the timer. */
export interface DynamoDbService extends EmulatedService {
  /** Deletes every expired item of the tables with TTL enabled; answers how many. */
  sweepExpiredItems(): Promise<number>;
  stop(): Promise<void>;
}

type Operation = (body: JsonObject) => Promise<JsonObject>;

/** The operation an SDK request names in `x-amz-target`, read without touching the body. */
const operationOf = (request: IncomingMessage): string | undefined => {
  const target = request.headers['x-amz-target'];
  return typeof target === 'string' && target.startsWith(TARGET_PREFIX)
    ? target.slice(TARGET_PREFIX.length)
    : undefined;
};

const serve = async (operation: Operation, request: IncomingMessage, response: ServerResponse): Promise<void> => {
  try {
    sendJson(response, 200, await operation(await readJsonBody(request)));
  } catch (error) {
    sendError(response, error);
  }
};

/**
 * Hands a request to dynalite holding the gate shared, until its response closes (finished or
 * aborted), so no transaction runs while it does. Reads hold it too: a cancelled transaction's
 * writes are undone before anyone can read them.
 */
const forwardHoldingGate =
  (gate: WriteGate, dynalite: EmbeddedDynalite): RequestHandler =>
  (request, response) => {
    let closed = false;
    const granted = gate.shared();
    response.once('close', () => {
      closed = true;
      void granted.then((release) => release());
    });
    void granted.then(() => {
      if (!closed) dynalite.forward(request, response);
    });
  };

/**
 * DynamoDB as an in-memory dynalite, plus what dynalite lacks: TransactWriteItems,
 * TransactGetItems, UpdateTimeToLive / DescribeTimeToLive and a TTL sweeper. Every other operation
 * reaches dynalite unchanged.
 *
 * @example
 * const edge = await startEdge({ services: { dynamodb: createDynamoDbServiceWith({ ttlSweepMs: 1000 }) } });
 */
export const createDynamoDbServiceWith =
  ({ ttlSweepMs = 5000 }: DynamoDbServiceOptions = {}) =>
  async (): Promise<DynamoDbService> => {
    const dynalite = await startEmbeddedDynalite();
    const { call } = dynalite;
    const gate = new WriteGate();
    const settings = new TimeToLiveSettings(call);
    const ownOperations = new Map<string, Operation>([
      ['TransactWriteItems', createTransactWriter({ call, gate, tokens: new IdempotencyTokens() })],
      ['TransactGetItems', createTransactReader({ call, gate })],
      ['UpdateTimeToLive', (body) => settings.update(body)],
      ['DescribeTimeToLive', (body) => settings.describe(body)],
    ]);
    const forward = forwardHoldingGate(gate, dynalite);
    const sweep = () => sweepExpiredItems({ call, gate, settings });

    let sweeping: Promise<unknown> | undefined;
    const timer =
      ttlSweepMs > 0
        ? setInterval(() => {
            sweeping ??= sweep()
              .catch((error: unknown) => console.error(`local-cloud: DynamoDB TTL sweep failed: ${String(error)}`))
              .finally(() => (sweeping = undefined));
          }, ttlSweepMs).unref()
        : undefined;

    return {
      handle: (request, response) => {
        const operation = ownOperations.get(operationOf(request) ?? '');
        return operation ? serve(operation, request, response) : forward(request, response);
      },
      sweepExpiredItems: sweep,
      stop: async () => {
        clearInterval(timer);
        await sweeping;
        await dynalite.close();
      },
    };
  };

/** DynamoDB with the default options. */
export const createDynamoDbService: ServiceFactory = createDynamoDbServiceWith();
