import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { SQSClient } from '@aws-sdk/client-sqs';
import fc from 'fast-check';
import type { EventEnvelope } from '@commerce/shared-core/events';
import { textRecord } from '@commerce/testing';
import { drained } from '../e2e/queues.js';
import { startSagaSystem, type SagaSystem } from '../e2e/saga-system.js';
import { deadLetterIds, depthOf, queuePair, sendEach, setVisibility } from './fuzz/dead-letters.js';
import { declaredReceivers, declaredRoutes } from './fuzz/declared.js';
import { effectChecks } from './fuzz/effects.js';
import { send } from './fuzz/http.js';
import { judge } from './fuzz/http-judge.js';
import { deliverBatch } from './fuzz/invoke.js';
import { localClient } from './fuzz/system.js';
import { poisonFor, sqsCanCarry } from './fuzz/poison.js';
import { expectSeenByEveryReceiver, handoffsOfTwoOrders, realOrders, type RealEvents } from './fuzz/real-orders.js';
import {
  CATALOG_TYPES,
  RECEIVERS,
  deliveredAsCatalogSays,
  examplesFor,
  freshEvent,
  functionOf,
  queueOf,
  type ReceiverFuzz,
} from './fuzz/receivers.js';
import { oddValidOrder } from './fuzz/route-bodies.js';
import { ROUTES } from './fuzz/routes.js';
import { FUZZ_SEED, RUNS, checkProperty, seedFor } from './fuzz/seed.js';
import { listenToServices } from './fuzz/service-log.js';
import {
  countAnswer,
  countKinds,
  fuzzFigures,
  receiverTally,
  routeTally,
  type OrderTally,
  type QueueTally,
  type ReceiverTally,
  type RouteTally,
} from './fuzz/tallies.js';
import { recordFigures } from './figures.js';

/**
 * Bad input on every route and every receiver of the running system (issue #7), as `pnpm dev`
 * runs it. Routes get odd requests over HTTP through the API Gateway emulation; receivers get
 * batches of malformed records with one valid record among them, delivered to their functions as
 * their pollers deliver them, and then malformed messages on their real queues, left to the
 * redrive policy while real orders go through. Inputs come from fast-check with one seed
 * (`FUZZ_SEED`), a fixed number per route and receiver.
 */
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe('bad input on every route and every receiver', () => {
  const started = Date.now();
  const services = listenToServices();
  let saga: SagaSystem;
  /** What every test saw, for the figures; a test adds its name to `passed` once its assertions held. */
  const passed = new Set<string>();
  const routes = new Map<string, RouteTally>();
  const receivers = new Map<string, ReceiverTally>();
  const orders: OrderTally = { accepted: 0, settled: 0 };
  const queued: QueueTally = { sent: 0, deadLettered: 0, receivesLogged: 0, unlogged: 0 };

  beforeAll(async () => {
    saga = await startSagaSystem({ serviceOutput: services.hear });
  }, 600_000);

  afterAll(async () => {
    await saga?.stop();
  }, 120_000);

  it('fuzzes every route and every receiver the services declare', () => {
    expect(ROUTES.map((route) => `${route.service} ${route.key}`).sort()).toEqual(declaredRoutes());
    expect(RECEIVERS.map((receiver) => `${receiver.service} ${receiver.name}`).sort()).toEqual(declaredReceivers());
  });

  describe('routes, over HTTP', () => {
    it.each(ROUTES)(
      '$key never answers 5xx, answers JSON, and answers bad input with a 4xx problem',
      async (route) => {
        const tally = routeTally();
        routes.set(route.key, tally);
        const baseUrl = saga.system.urls.get(route.service)!;

        await checkProperty(
          route.key,
          fc.asyncProperty(route.requests, async (request) => {
            const answer = await send(baseUrl, request);
            let by: 'service' | 'gateway' | undefined;
            try {
              by = judge(request, answer, { page: route.page });
            } finally {
              countAnswer(tally, answer, by);
            }
          }),
          RUNS.route,
        );

        expect(tally.serverErrors).toBe(0);
        passed.add(route.key);
      },
      600_000,
    );
  });

  // A body the API accepts must not start a saga that cannot end: what it let in, every service
  // downstream must be able to carry (each line's quantity, the total, the token) to an outcome.
  it('ends every order POST /orders accepts, however odd, CONFIRMED or CANCELLED', async () => {
    const { stockedSku } = realOrders(saga);
    // Prices low enough that 50 lines of 999 stay within InventoryReserved's total (10^10 minor
    // units). Above it an accepted order is stuck PENDING: InventoryReserved cannot carry the total
    // and InventoryReservationFailed has no reason for it. Open, it needs a catalog decision.
    const stocked = await Promise.all([stockedSku(5000, 1), stockedSku(5000, 100_000), stockedSku(1, 999)]);

    await checkProperty(
      'POST /orders, accepted',
      fc.asyncProperty(oddValidOrder(stocked), async (body) => {
        const { status, body: placed } = await saga.placeOrder(body);
        expect(status).toBe(202);
        orders.accepted += 1;
        const order = await saga.settledOrder(placed.orderId, 45_000);
        expect(['CONFIRMED', 'CANCELLED']).toContain(order.status);
        orders.settled += 1;
      }),
      RUNS.order,
      // Each run waits for a saga; an order that never ends would make every shrinking step wait too.
      { shrink: false },
    );
    passed.add('accepted orders');
  }, 600_000);

  describe('receivers, a batch at a time', () => {
    /** A confirmed and a rejected order's hand-offs, for the receivers that get them again. */
    let real: RealEvents;

    beforeAll(async () => {
      real = await handoffsOfTwoOrders(saga);
    }, 300_000);

    /** The body of the valid record of a batch, and the fresh event in it (if it is one). */
    const validRecordFor = (receiver: ReceiverFuzz, run: number): { body: string; fresh?: EventEnvelope } => {
      if ('again' in receiver.valid) {
        return { body: deliveredAsCatalogSays(real[receiver.valid.of].get(receiver.valid.again)!) };
      }
      const type = receiver.valid.fresh === 'any' ? CATALOG_TYPES[run % CATALOG_TYPES.length]! : receiver.valid.fresh;
      const fresh = freshEvent(type);
      return { body: deliveredAsCatalogSays(fresh), fresh };
    };

    it.each(RECEIVERS)(
      '$service $name reports each malformed record as failed, never crashes the batch, and handles the valid record in it',
      async (receiver) => {
        const tally = receiverTally();
        receivers.set(`${receiver.service} ${receiver.name}`, tally);
        const { accepted, others } = examplesFor(receiver);
        const lambda = new LambdaClient({ ...localClient(saga.lambdaUrl(receiver.service)), maxAttempts: 1 });
        const dynamo = new DynamoDBClient(localClient(saga.system.edge.url));
        const fresh: EventEnvelope[] = [];

        try {
          await checkProperty(
            `${receiver.service} ${receiver.name}`,
            fc.asyncProperty(
              fc.array(poisonFor(accepted, others), { minLength: 1, maxLength: 9 }),
              fc.nat(),
              async (poisons, at) => {
                const malformed = poisons.map(({ body }) => textRecord(body));
                const valid = validRecordFor(receiver, tally.batches);
                const batch = [...malformed];
                batch.splice(at % (malformed.length + 1), 0, textRecord(valid.body));

                const outcome = await deliverBatch(lambda, functionOf(receiver), batch);

                tally.batches += 1;
                countKinds(
                  tally,
                  poisons.map(({ kind }) => kind),
                );
                if ('crashed' in outcome) tally.crashes += 1;
                if (valid.fresh) fresh.push(valid.fresh);
                expect(outcome).toEqual({ failed: malformed.map((record) => record.messageId).sort() });
              },
            ),
            RUNS.batch,
          );
          // Each fresh valid record took effect: it is where its receiver keeps what it handled.
          const tookEffect = effectChecks(saga, dynamo);
          const unseen = [];
          for (const event of fresh) if (!(await tookEffect(receiver.name, event))) unseen.push(event.id);
          expect(unseen).toEqual([]);
        } finally {
          lambda.destroy();
          dynamo.destroy();
        }
        passed.add(`${receiver.service} ${receiver.name}`);
      },
      300_000,
    );
  });

  describe('receivers, on their queues', () => {
    /**
     * Short enough that maxReceiveCount receives take seconds, not the 90 s × 5 the stage declares;
     * long enough that a real order's event that arrives before what it waits for (two queues, no
     * order between them) is still retried for half a minute before it could be dead-lettered.
     */
    const FUZZ_VISIBILITY_SECONDS = 6;

    it('moves each malformed message to its DLQ after maxReceiveCount receives, logged as permanent, while real orders go through', async () => {
      const sqs = new SQSClient(localClient(saga.system.edge.url));
      const queues = await Promise.all(RECEIVERS.map((receiver) => queuePair(sqs, queueOf(receiver))));
      const before = await Promise.all(queues.map((queue) => depthOf(sqs, queue.dlqUrl)));
      try {
        // The redrive policy counts receives; the visibility timeout only spaces them.
        await Promise.all(queues.map((queue) => setVisibility(sqs, queue, FUZZ_VISIBILITY_SECONDS)));
        const sent: string[][] = [];
        for (const [index, receiver] of RECEIVERS.entries()) {
          const { accepted, others } = examplesFor(receiver);
          const poison = fc.sample(poisonFor(accepted, others).filter(sqsCanCarry), {
            seed: seedFor(queueOf(receiver)),
            numRuns: RUNS.queued,
          });
          sent.push(
            await sendEach(
              sqs,
              queues[index]!,
              poison.map(({ body }) => body),
            ),
          );
        }
        queued.sent = sent.flat().length;

        // Two real orders through every receiver's queue while the poison goes round in them.
        const { stockedSku, placed } = realOrders(saga);
        const sku = await stockedSku(5);
        const orderIds = await Promise.all(['tok_ok', 'tok_decline'].map((token) => placed(sku, 2, token)));
        const settled = await Promise.all(orderIds.map((orderId) => saga.settledOrder(orderId, 180_000)));
        expect(settled.map(({ status, reason }) => reason ?? status)).toEqual(['CONFIRMED', 'PAYMENT_DECLINED']);

        await saga.eventually(
          () => Promise.all(queues.map((queue) => depthOf(sqs, queue.dlqUrl))),
          (depths) => depths.every((depth, index) => depth >= before[index]! + sent[index]!.length),
          240_000,
        );
        await drained(
          saga.system.edge,
          queues.map((queue) => queue.name),
          120_000,
        );

        for (const [index, queue] of queues.entries()) {
          const poison = sent[index]!;
          const dead = await deadLetterIds(sqs, queue);
          const receivesOf = (id: string) => [...new Set(services.receivesLogged(id))].sort((a, b) => a - b);
          const everyReceive = Array.from({ length: queue.maxReceiveCount }, (_, n) => n + 1);
          const unlogged = sum(poison.map((id) => queue.maxReceiveCount - receivesOf(id).length));
          // Every poison message in the DLQ, nothing else there (no valid event of the real orders),
          // and each logged as permanent, with a receive count within maxReceiveCount. Not on every
          // receive: sls offline runs handlers in worker threads whose output reaches the parent
          // asynchronously, and on a busy machine a batch's lines now and then never arrive (CI lost
          // all ten of one batch). The lines that did not arrive are counted in the figures.
          expect({
            queue: queue.name,
            deadLetters: dead.length,
            poisonNotThere: poison.filter((id) => !dead.includes(id)),
            receivesLogged: poison.map((id) => receivesOf(id).every((count) => everyReceive.includes(count))),
            neverLogged: poison.filter((id) => receivesOf(id).length === 0),
          }).toEqual({
            queue: queue.name,
            deadLetters: before[index]! + poison.length,
            poisonNotThere: [],
            receivesLogged: poison.map(() => true),
            neverLogged: [],
          });
          queued.unlogged += unlogged;
          queued.deadLettered += poison.length;
          queued.receivesLogged += sum(poison.map((id) => services.receivesLogged(id).length));
        }
        await expectSeenByEveryReceiver(saga, settled);
      } finally {
        await Promise.all(queues.map((queue) => setVisibility(sqs, queue, queue.visibilityTimeout)));
        sqs.destroy();
      }
      passed.add('queues');
    }, 480_000);
  });

  it('records its figures once every property held', () => {
    expect([...passed].sort()).toEqual(
      [
        ...ROUTES.map((route) => route.key),
        'accepted orders',
        ...RECEIVERS.map((r) => `${r.service} ${r.name}`),
        'queues',
      ].sort(),
    );
    const figures = fuzzFigures(routes, receivers, orders, queued, services.crashes().length);
    expect(figures).toMatchObject({ '5xx seen': 0, 'batch crashes': 0, 'poison elsewhere': 0 });

    recordFigures('fuzz', {
      seed: FUZZ_SEED,
      ...figures,
      'run time (s)': Math.round((Date.now() - started) / 1000),
    });
  });
});
